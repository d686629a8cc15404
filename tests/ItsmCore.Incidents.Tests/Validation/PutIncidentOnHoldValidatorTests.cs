
namespace ItsmCore.Incidents.Tests.Validation;

public sealed class PutIncidentOnHoldValidatorTests
{
    private readonly PutIncidentOnHoldValidator validator = new();

    [Fact]
    public void Validate_ValidCommand_Passes() =>
        ValidationAssert.Passes(validator.Validate(ValidCommands.PutIncidentOnHold));

    [Fact]
    public void Validate_NullNote_Passes() =>
        ValidationAssert.Passes(validator.Validate(ValidCommands.PutIncidentOnHold with { Note = null }));

    [Fact]
    public void Validate_UndefinedReason_FailsAsUndefined() =>
        ValidationAssert.Fails(validator.Validate(ValidCommands.PutIncidentOnHold with { Reason = (HoldReason)42 }), "Reason", "Incident.Reason.Undefined", "is 42", "not a defined HoldReason value");

    [Theory]
    [MemberData(nameof(TextCases.RefusedOptional), 1000, MemberType = typeof(TextCases), DisableDiscoveryEnumeration = true)]
    public void Validate_BadNote_FailsOnNote(string? value, string reason, string message) =>
        ValidationAssert.Fails(validator.Validate(ValidCommands.PutIncidentOnHold with { Note = value }), "Note", "Incident.Note." + reason, message);

    [Theory]
    [MemberData(nameof(TextCases.Accepted), 1000, MemberType = typeof(TextCases), DisableDiscoveryEnumeration = true)]
    public void Validate_GoodNote_Passes(string value) =>
        ValidationAssert.Passes(validator.Validate(ValidCommands.PutIncidentOnHold with { Note = value }));
}
