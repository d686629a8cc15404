
namespace ItsmCore.Incidents.Tests.Validation;

public sealed class LinkIncidentValidatorTests
{
    private readonly LinkIncidentValidator validator = new();

    [Fact]
    public void Validate_ValidCommand_Passes() =>
        ValidationAssert.Passes(validator.Validate(ValidCommands.LinkIncident));

    [Fact]
    public void Validate_UndefinedKind_FailsAsUndefined() =>
        ValidationAssert.Fails(validator.Validate(ValidCommands.LinkIncident with { Kind = (IncidentLinkKind)42 }), "Kind", "Incident.Kind.Undefined", "is 42", "not a defined IncidentLinkKind value");

    [Fact]
    public void Validate_NullTargetId_FailsAsRequired() =>
        ValidationAssert.Fails(validator.Validate(ValidCommands.LinkIncident with { TargetId = null! }), "TargetId", "Incident.TargetId.Required", "must not be null");

    [Theory]
    [MemberData(nameof(IdCases.Refused), MemberType = typeof(IdCases), DisableDiscoveryEnumeration = true)]
    public void Validate_InvalidTargetId_FailsAsInvalidId(string value) =>
        ValidationAssert.Fails(validator.Validate(ValidCommands.LinkIncident with { TargetId = value }), "TargetId", "Incident.TargetId.InvalidId", "not a valid id", "no white space");

    [Theory]
    [MemberData(nameof(IdCases.Accepted), MemberType = typeof(IdCases), DisableDiscoveryEnumeration = true)]
    public void Validate_ValidTargetId_Passes(string value) =>
        ValidationAssert.Passes(validator.Validate(ValidCommands.LinkIncident with { TargetId = value }));
}
