
namespace ItsmCore.Incidents.Tests.Validation;

public sealed class EscalateIncidentValidatorTests
{
    private readonly EscalateIncidentValidator validator = new();

    [Fact]
    public void Validate_ValidCommand_Passes() =>
        ValidationAssert.Passes(validator.Validate(ValidCommands.EscalateIncident));

    [Fact]
    public void Validate_NullReplyWithin_Passes() =>
        ValidationAssert.Passes(validator.Validate(ValidCommands.EscalateIncident with { ReplyWithin = null }));

    [Fact]
    public void Validate_UndefinedKind_FailsAsUndefined() =>
        ValidationAssert.Fails(validator.Validate(ValidCommands.EscalateIncident with { Kind = (EscalationKind)42 }), "Kind", "Incident.Kind.Undefined", "is 42", "not a defined EscalationKind value");

    [Fact]
    public void Validate_NullTo_FailsAsRequired() =>
        ValidationAssert.Fails(validator.Validate(ValidCommands.EscalateIncident with { To = null! }), "To", "Incident.To.Required", "must not be null");

    [Theory]
    [MemberData(nameof(IdCases.Refused), MemberType = typeof(IdCases), DisableDiscoveryEnumeration = true)]
    public void Validate_InvalidTo_FailsAsInvalidId(string value) =>
        ValidationAssert.Fails(validator.Validate(ValidCommands.EscalateIncident with { To = value }), "To", "Incident.To.InvalidId", "not a valid id", "no white space");

    [Theory]
    [MemberData(nameof(IdCases.Accepted), MemberType = typeof(IdCases), DisableDiscoveryEnumeration = true)]
    public void Validate_ValidTo_Passes(string value) =>
        ValidationAssert.Passes(validator.Validate(ValidCommands.EscalateIncident with { To = value }));

    [Theory]
    [MemberData(nameof(TextCases.Refused), 1000, MemberType = typeof(TextCases), DisableDiscoveryEnumeration = true)]
    public void Validate_BadReason_FailsOnReason(string? value, string reason, string message) =>
        ValidationAssert.Fails(validator.Validate(ValidCommands.EscalateIncident with { Reason = value! }), "Reason", "Incident.Reason." + reason, message);

    [Theory]
    [MemberData(nameof(TextCases.Accepted), 1000, MemberType = typeof(TextCases), DisableDiscoveryEnumeration = true)]
    public void Validate_GoodReason_Passes(string value) =>
        ValidationAssert.Passes(validator.Validate(ValidCommands.EscalateIncident with { Reason = value }));
}
