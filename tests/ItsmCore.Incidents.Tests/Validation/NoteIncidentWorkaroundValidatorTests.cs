using ItsmCore.Primitives;

namespace ItsmCore.Incidents.Tests.Validation;

public sealed class NoteIncidentWorkaroundValidatorTests
{
    private readonly NoteIncidentWorkaroundValidator validator = new();

    [Fact]
    public void Validate_ValidCommand_Passes() =>
        ValidationAssert.Passes(validator.Validate(ValidCommands.NoteIncidentWorkaround));

    [Fact]
    public void Validate_DefaultProblem_FailsAsDefaultId() =>
        ValidationAssert.Fails(validator.Validate(ValidCommands.NoteIncidentWorkaround with { Problem = default }), "Problem", "Incident.Problem.DefaultId", "default (empty) ProblemId");

    [Theory]
    [MemberData(nameof(TextCases.Refused), 10000, MemberType = typeof(TextCases), DisableDiscoveryEnumeration = true)]
    public void Validate_BadWorkaround_FailsOnWorkaround(string? value, string reason, string message) =>
        ValidationAssert.Fails(validator.Validate(ValidCommands.NoteIncidentWorkaround with { Workaround = value! }), "Workaround", "Incident.Workaround." + reason, message);

    [Theory]
    [MemberData(nameof(TextCases.Accepted), 10000, MemberType = typeof(TextCases), DisableDiscoveryEnumeration = true)]
    public void Validate_GoodWorkaround_Passes(string value) =>
        ValidationAssert.Passes(validator.Validate(ValidCommands.NoteIncidentWorkaround with { Workaround = value }));
}
