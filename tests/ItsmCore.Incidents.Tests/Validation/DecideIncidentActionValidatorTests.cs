
namespace ItsmCore.Incidents.Tests.Validation;

public sealed class DecideIncidentActionValidatorTests
{
    private readonly DecideIncidentActionValidator validator = new();

    [Fact]
    public void Validate_ValidCommand_Passes() =>
        ValidationAssert.Passes(validator.Validate(ValidCommands.DecideIncidentAction));

    [Fact]
    public void Validate_Declined_Passes() =>
        ValidationAssert.Passes(validator.Validate(ValidCommands.DecideIncidentAction with { Taken = false }));

    [Theory]
    [MemberData(nameof(TextCases.Refused), 200, MemberType = typeof(TextCases), DisableDiscoveryEnumeration = true)]
    public void Validate_BadName_FailsOnName(string? value, string reason, string message) =>
        ValidationAssert.Fails(validator.Validate(ValidCommands.DecideIncidentAction with { Name = value! }), "Name", "Incident.Name." + reason, message);

    [Theory]
    [MemberData(nameof(TextCases.Accepted), 200, MemberType = typeof(TextCases), DisableDiscoveryEnumeration = true)]
    public void Validate_GoodName_Passes(string value) =>
        ValidationAssert.Passes(validator.Validate(ValidCommands.DecideIncidentAction with { Name = value }));

    [Theory]
    [MemberData(nameof(TextCases.Refused), 2000, MemberType = typeof(TextCases), DisableDiscoveryEnumeration = true)]
    public void Validate_BadObserved_FailsOnObserved(string? value, string reason, string message) =>
        ValidationAssert.Fails(validator.Validate(ValidCommands.DecideIncidentAction with { Observed = value! }), "Observed", "Incident.Observed." + reason, message);

    [Theory]
    [MemberData(nameof(TextCases.Accepted), 2000, MemberType = typeof(TextCases), DisableDiscoveryEnumeration = true)]
    public void Validate_GoodObserved_Passes(string value) =>
        ValidationAssert.Passes(validator.Validate(ValidCommands.DecideIncidentAction with { Observed = value }));

    [Theory]
    [MemberData(nameof(TextCases.Refused), 2000, MemberType = typeof(TextCases), DisableDiscoveryEnumeration = true)]
    public void Validate_BadRationale_FailsOnRationale(string? value, string reason, string message) =>
        ValidationAssert.Fails(validator.Validate(ValidCommands.DecideIncidentAction with { Rationale = value! }), "Rationale", "Incident.Rationale." + reason, message);

    [Theory]
    [MemberData(nameof(TextCases.Accepted), 2000, MemberType = typeof(TextCases), DisableDiscoveryEnumeration = true)]
    public void Validate_GoodRationale_Passes(string value) =>
        ValidationAssert.Passes(validator.Validate(ValidCommands.DecideIncidentAction with { Rationale = value }));
}
