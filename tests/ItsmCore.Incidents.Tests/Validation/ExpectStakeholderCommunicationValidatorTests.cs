
namespace ItsmCore.Incidents.Tests.Validation;

public sealed class ExpectStakeholderCommunicationValidatorTests
{
    private readonly ExpectStakeholderCommunicationValidator validator = new();

    [Fact]
    public void Validate_ValidCommand_Passes() =>
        ValidationAssert.Passes(validator.Validate(ValidCommands.ExpectStakeholderCommunication));

    [Fact]
    public void Validate_NullWithin_FailsAsRequired() =>
        ValidationAssert.Fails(validator.Validate(ValidCommands.ExpectStakeholderCommunication with { Within = null! }), "Within", "Incident.Within.Required", "must not be null");

    [Fact]
    public void Validate_AnyFrom_Passes() =>
        ValidationAssert.Passes(validator.Validate(ValidCommands.ExpectStakeholderCommunication with { From = NodaTime.Instant.MaxValue }));

    [Fact]
    public void Validate_UndefinedAudience_FailsAsUndefined() =>
        ValidationAssert.Fails(validator.Validate(ValidCommands.ExpectStakeholderCommunication with { Audience = (StakeholderAudience)42 }), "Audience", "Incident.Audience.Undefined", "is 42", "not a defined StakeholderAudience value");

    [Fact]
    public void Validate_UndefinedDirection_FailsAsUndefined() =>
        ValidationAssert.Fails(validator.Validate(ValidCommands.ExpectStakeholderCommunication with { Direction = (CommunicationDirection)42 }), "Direction", "Incident.Direction.Undefined", "is 42", "not a defined CommunicationDirection value");

    [Theory]
    [MemberData(nameof(TextCases.Refused), 100, MemberType = typeof(TextCases), DisableDiscoveryEnumeration = true)]
    public void Validate_BadName_FailsOnName(string? value, string reason, string message) =>
        ValidationAssert.Fails(validator.Validate(ValidCommands.ExpectStakeholderCommunication with { Name = value! }), "Name", "Incident.Name." + reason, message);

    [Theory]
    [MemberData(nameof(TextCases.Accepted), 100, MemberType = typeof(TextCases), DisableDiscoveryEnumeration = true)]
    public void Validate_GoodName_Passes(string value) =>
        ValidationAssert.Passes(validator.Validate(ValidCommands.ExpectStakeholderCommunication with { Name = value }));
}
