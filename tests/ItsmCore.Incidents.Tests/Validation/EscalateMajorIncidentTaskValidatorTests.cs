
namespace ItsmCore.Incidents.Tests.Validation;

public sealed class EscalateMajorIncidentTaskValidatorTests
{
    private readonly EscalateMajorIncidentTaskValidator validator = new();

    [Fact]
    public void Validate_ValidCommand_Passes() =>
        ValidationAssert.Passes(validator.Validate(ValidCommands.EscalateMajorIncidentTask));

    [Fact]
    public void Validate_WithoutReplyWithin_Passes() =>
        ValidationAssert.Passes(validator.Validate(ValidCommands.EscalateMajorIncidentTask with { ReplyWithin = null }));

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void Validate_TaskBelowOne_FailsAsOutOfRange(int task) =>
        ValidationAssert.Fails(validator.Validate(ValidCommands.EscalateMajorIncidentTask with { Task = task }), "Task", "Incident.Task.OutOfRange", "is " + task.ToString(System.Globalization.CultureInfo.InvariantCulture), "must be 1 or more");

    [Theory]
    [MemberData(nameof(TextCases.Refused), 1000, MemberType = typeof(TextCases), DisableDiscoveryEnumeration = true)]
    public void Validate_BadReason_FailsOnReason(string? value, string reason, string message) =>
        ValidationAssert.Fails(validator.Validate(ValidCommands.EscalateMajorIncidentTask with { Reason = value! }), "Reason", "Incident.Reason." + reason, message);

    [Theory]
    [MemberData(nameof(TextCases.Accepted), 1000, MemberType = typeof(TextCases), DisableDiscoveryEnumeration = true)]
    public void Validate_GoodReason_Passes(string value) =>
        ValidationAssert.Passes(validator.Validate(ValidCommands.EscalateMajorIncidentTask with { Reason = value }));
}
