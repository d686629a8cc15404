
namespace ItsmCore.Incidents.Tests.Validation;

public sealed class CloseIncidentValidatorTests
{
    private readonly CloseIncidentValidator validator = new();

    [Fact]
    public void Validate_ValidCommand_Passes() =>
        ValidationAssert.Passes(validator.Validate(ValidCommands.CloseIncident));

    [Fact]
    public void Validate_NullNote_Passes() =>
        ValidationAssert.Passes(validator.Validate(ValidCommands.CloseIncident with { Note = null }));

    [Theory]
    [MemberData(nameof(TextCases.RefusedOptional), 1000, MemberType = typeof(TextCases), DisableDiscoveryEnumeration = true)]
    public void Validate_BadNote_FailsOnNote(string? value, string reason, string message) =>
        ValidationAssert.Fails(validator.Validate(ValidCommands.CloseIncident with { Note = value }), "Note", "Incident.Note." + reason, message);

    [Theory]
    [MemberData(nameof(TextCases.Accepted), 1000, MemberType = typeof(TextCases), DisableDiscoveryEnumeration = true)]
    public void Validate_GoodNote_Passes(string value) =>
        ValidationAssert.Passes(validator.Validate(ValidCommands.CloseIncident with { Note = value }));
}
