
namespace ItsmCore.Incidents.Tests.Validation;

public sealed class ResolveIncidentValidatorTests
{
    private readonly ResolveIncidentValidator validator = new();

    [Fact]
    public void Validate_ValidCommand_Passes() =>
        ValidationAssert.Passes(validator.Validate(ValidCommands.ResolveIncident));

    [Fact]
    public void Validate_NullResolutionCode_FailsAsRequired() =>
        ValidationAssert.Fails(validator.Validate(ValidCommands.ResolveIncident with { ResolutionCode = null! }), "ResolutionCode", "Incident.ResolutionCode.Required", "must not be null");

    [Theory]
    [MemberData(nameof(IdCases.Refused), MemberType = typeof(IdCases), DisableDiscoveryEnumeration = true)]
    public void Validate_InvalidResolutionCode_FailsAsInvalidId(string value) =>
        ValidationAssert.Fails(validator.Validate(ValidCommands.ResolveIncident with { ResolutionCode = value }), "ResolutionCode", "Incident.ResolutionCode.InvalidId", "not a valid id", "no white space");

    [Theory]
    [MemberData(nameof(IdCases.Accepted), MemberType = typeof(IdCases), DisableDiscoveryEnumeration = true)]
    public void Validate_ValidResolutionCode_Passes(string value) =>
        ValidationAssert.Passes(validator.Validate(ValidCommands.ResolveIncident with { ResolutionCode = value }));

    [Theory]
    [MemberData(nameof(TextCases.Refused), 10000, MemberType = typeof(TextCases), DisableDiscoveryEnumeration = true)]
    public void Validate_BadResolutionNotes_FailsOnResolutionNotes(string? value, string reason, string message) =>
        ValidationAssert.Fails(validator.Validate(ValidCommands.ResolveIncident with { ResolutionNotes = value! }), "ResolutionNotes", "Incident.ResolutionNotes." + reason, message);

    [Theory]
    [MemberData(nameof(TextCases.Accepted), 10000, MemberType = typeof(TextCases), DisableDiscoveryEnumeration = true)]
    public void Validate_GoodResolutionNotes_Passes(string value) =>
        ValidationAssert.Passes(validator.Validate(ValidCommands.ResolveIncident with { ResolutionNotes = value }));
}
