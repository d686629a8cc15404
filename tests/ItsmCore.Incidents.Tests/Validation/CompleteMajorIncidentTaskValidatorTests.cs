
namespace ItsmCore.Incidents.Tests.Validation;

public sealed class CompleteMajorIncidentTaskValidatorTests
{
    private readonly CompleteMajorIncidentTaskValidator validator = new();

    [Fact]
    public void Validate_ValidCommand_Passes() =>
        ValidationAssert.Passes(validator.Validate(ValidCommands.CompleteMajorIncidentTask));

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void Validate_TaskBelowOne_FailsAsOutOfRange(int task) =>
        ValidationAssert.Fails(validator.Validate(ValidCommands.CompleteMajorIncidentTask with { Task = task }), "Task", "Incident.Task.OutOfRange", "is " + task.ToString(System.Globalization.CultureInfo.InvariantCulture), "must be 1 or more");

    [Theory]
    [MemberData(nameof(TextCases.Refused), 2000, MemberType = typeof(TextCases), DisableDiscoveryEnumeration = true)]
    public void Validate_BadOutcome_FailsOnOutcome(string? value, string reason, string message) =>
        ValidationAssert.Fails(validator.Validate(ValidCommands.CompleteMajorIncidentTask with { Outcome = value! }), "Outcome", "Incident.Outcome." + reason, message);

    [Theory]
    [MemberData(nameof(TextCases.Accepted), 2000, MemberType = typeof(TextCases), DisableDiscoveryEnumeration = true)]
    public void Validate_GoodOutcome_Passes(string value) =>
        ValidationAssert.Passes(validator.Validate(ValidCommands.CompleteMajorIncidentTask with { Outcome = value }));
}
