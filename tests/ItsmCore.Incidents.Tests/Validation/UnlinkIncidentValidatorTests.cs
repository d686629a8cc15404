
namespace ItsmCore.Incidents.Tests.Validation;

public sealed class UnlinkIncidentValidatorTests
{
    private readonly UnlinkIncidentValidator validator = new();

    [Fact]
    public void Validate_ValidCommand_Passes() =>
        ValidationAssert.Passes(validator.Validate(ValidCommands.UnlinkIncident));

    [Fact]
    public void Validate_UndefinedKind_FailsAsUndefined() =>
        ValidationAssert.Fails(validator.Validate(ValidCommands.UnlinkIncident with { Kind = (IncidentLinkKind)42 }), "Kind", "Incident.Kind.Undefined", "is 42", "not a defined IncidentLinkKind value");

    [Fact]
    public void Validate_NullTargetId_FailsAsRequired() =>
        ValidationAssert.Fails(validator.Validate(ValidCommands.UnlinkIncident with { TargetId = null! }), "TargetId", "Incident.TargetId.Required", "must not be null");

    [Theory]
    [MemberData(nameof(IdCases.Refused), MemberType = typeof(IdCases), DisableDiscoveryEnumeration = true)]
    public void Validate_InvalidTargetId_FailsAsInvalidId(string value) =>
        ValidationAssert.Fails(validator.Validate(ValidCommands.UnlinkIncident with { TargetId = value }), "TargetId", "Incident.TargetId.InvalidId", "not a valid id", "no white space");

    [Theory]
    [MemberData(nameof(IdCases.Accepted), MemberType = typeof(IdCases), DisableDiscoveryEnumeration = true)]
    public void Validate_ValidTargetId_Passes(string value) =>
        ValidationAssert.Passes(validator.Validate(ValidCommands.UnlinkIncident with { TargetId = value }));

    [Theory]
    [MemberData(nameof(TextCases.Refused), 1000, MemberType = typeof(TextCases), DisableDiscoveryEnumeration = true)]
    public void Validate_BadReason_FailsOnReason(string? value, string reason, string message) =>
        ValidationAssert.Fails(validator.Validate(ValidCommands.UnlinkIncident with { Reason = value! }), "Reason", "Incident.Reason." + reason, message);

    [Theory]
    [MemberData(nameof(TextCases.Accepted), 1000, MemberType = typeof(TextCases), DisableDiscoveryEnumeration = true)]
    public void Validate_GoodReason_Passes(string value) =>
        ValidationAssert.Passes(validator.Validate(ValidCommands.UnlinkIncident with { Reason = value }));
}
