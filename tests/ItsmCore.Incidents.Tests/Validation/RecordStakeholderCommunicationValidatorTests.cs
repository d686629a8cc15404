
namespace ItsmCore.Incidents.Tests.Validation;

public sealed class RecordStakeholderCommunicationValidatorTests
{
    private readonly RecordStakeholderCommunicationValidator validator = new();

    [Fact]
    public void Validate_ValidCommand_Passes() =>
        ValidationAssert.Passes(validator.Validate(ValidCommands.RecordStakeholderCommunication));

    [Fact]
    public void Validate_UndefinedAudience_FailsAsUndefined() =>
        ValidationAssert.Fails(validator.Validate(ValidCommands.RecordStakeholderCommunication with { Audience = (StakeholderAudience)42 }), "Audience", "Incident.Audience.Undefined", "is 42", "not a defined StakeholderAudience value");

    [Fact]
    public void Validate_UndefinedDirection_FailsAsUndefined() =>
        ValidationAssert.Fails(validator.Validate(ValidCommands.RecordStakeholderCommunication with { Direction = (CommunicationDirection)42 }), "Direction", "Incident.Direction.Undefined", "is 42", "not a defined CommunicationDirection value");

    [Theory]
    [MemberData(nameof(TextCases.Refused), 200, MemberType = typeof(TextCases), DisableDiscoveryEnumeration = true)]
    public void Validate_BadParty_FailsOnParty(string? value, string reason, string message) =>
        ValidationAssert.Fails(validator.Validate(ValidCommands.RecordStakeholderCommunication with { Party = value! }), "Party", "Incident.Party." + reason, message);

    [Theory]
    [MemberData(nameof(TextCases.Accepted), 200, MemberType = typeof(TextCases), DisableDiscoveryEnumeration = true)]
    public void Validate_GoodParty_Passes(string value) =>
        ValidationAssert.Passes(validator.Validate(ValidCommands.RecordStakeholderCommunication with { Party = value }));

    [Theory]
    [MemberData(nameof(TextCases.Refused), 2000, MemberType = typeof(TextCases), DisableDiscoveryEnumeration = true)]
    public void Validate_BadSummary_FailsOnSummary(string? value, string reason, string message) =>
        ValidationAssert.Fails(validator.Validate(ValidCommands.RecordStakeholderCommunication with { Summary = value! }), "Summary", "Incident.Summary." + reason, message);

    [Theory]
    [MemberData(nameof(TextCases.Accepted), 2000, MemberType = typeof(TextCases), DisableDiscoveryEnumeration = true)]
    public void Validate_GoodSummary_Passes(string value) =>
        ValidationAssert.Passes(validator.Validate(ValidCommands.RecordStakeholderCommunication with { Summary = value }));
}
