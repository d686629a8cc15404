
namespace ItsmCore.Incidents.Tests.Validation;

public sealed class CancelIncidentValidatorTests
{
    private readonly CancelIncidentValidator validator = new();

    [Fact]
    public void Validate_ValidCommand_Passes() =>
        ValidationAssert.Passes(validator.Validate(ValidCommands.CancelIncident));

    [Theory]
    [MemberData(nameof(TextCases.Refused), 1000, MemberType = typeof(TextCases), DisableDiscoveryEnumeration = true)]
    public void Validate_BadReason_FailsOnReason(string? value, string reason, string message) =>
        ValidationAssert.Fails(validator.Validate(ValidCommands.CancelIncident with { Reason = value! }), "Reason", "Incident.Reason." + reason, message);

    [Theory]
    [MemberData(nameof(TextCases.Accepted), 1000, MemberType = typeof(TextCases), DisableDiscoveryEnumeration = true)]
    public void Validate_GoodReason_Passes(string value) =>
        ValidationAssert.Passes(validator.Validate(ValidCommands.CancelIncident with { Reason = value }));
}
