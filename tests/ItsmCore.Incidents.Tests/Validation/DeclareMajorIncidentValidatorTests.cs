
namespace ItsmCore.Incidents.Tests.Validation;

public sealed class DeclareMajorIncidentValidatorTests
{
    private readonly DeclareMajorIncidentValidator validator = new();

    [Fact]
    public void Validate_ValidCommand_Passes() =>
        ValidationAssert.Passes(validator.Validate(ValidCommands.DeclareMajorIncident));

    [Fact]
    public void Validate_NullCriterion_Passes() =>
        ValidationAssert.Passes(validator.Validate(ValidCommands.DeclareMajorIncident with { Criterion = null }));

    [Theory]
    [MemberData(nameof(TextCases.Refused), 2000, MemberType = typeof(TextCases), DisableDiscoveryEnumeration = true)]
    public void Validate_BadDecision_FailsOnDecision(string? value, string reason, string message) =>
        ValidationAssert.Fails(validator.Validate(ValidCommands.DeclareMajorIncident with { Decision = value! }), "Decision", "Incident.Decision." + reason, message);

    [Theory]
    [MemberData(nameof(TextCases.Accepted), 2000, MemberType = typeof(TextCases), DisableDiscoveryEnumeration = true)]
    public void Validate_GoodDecision_Passes(string value) =>
        ValidationAssert.Passes(validator.Validate(ValidCommands.DeclareMajorIncident with { Decision = value }));

    [Theory]
    [MemberData(nameof(TextCases.RefusedOptional), 1000, MemberType = typeof(TextCases), DisableDiscoveryEnumeration = true)]
    public void Validate_BadCriterion_FailsOnCriterion(string? value, string reason, string message) =>
        ValidationAssert.Fails(validator.Validate(ValidCommands.DeclareMajorIncident with { Criterion = value }), "Criterion", "Incident.Criterion." + reason, message);

    [Theory]
    [MemberData(nameof(TextCases.Accepted), 1000, MemberType = typeof(TextCases), DisableDiscoveryEnumeration = true)]
    public void Validate_GoodCriterion_Passes(string value) =>
        ValidationAssert.Passes(validator.Validate(ValidCommands.DeclareMajorIncident with { Criterion = value }));
}
