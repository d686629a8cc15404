
namespace ItsmCore.Incidents.Tests.Validation;

public sealed class AnswerEscalationValidatorTests
{
    private readonly AnswerEscalationValidator validator = new();

    [Fact]
    public void Validate_ValidCommand_Passes() =>
        ValidationAssert.Passes(validator.Validate(ValidCommands.AnswerEscalation));

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(int.MinValue)]
    public void Validate_EscalationBelowOne_FailsAsOutOfRange(int escalation) =>
        ValidationAssert.Fails(validator.Validate(ValidCommands.AnswerEscalation with { Escalation = escalation }), "Escalation", "Incident.Escalation.OutOfRange", "must be 1 or more");

    [Theory]
    [InlineData(1)]
    [InlineData(int.MaxValue)]
    public void Validate_EscalationOneOrMore_Passes(int escalation) =>
        ValidationAssert.Passes(validator.Validate(ValidCommands.AnswerEscalation with { Escalation = escalation }));

    [Theory]
    [MemberData(nameof(TextCases.Refused), 2000, MemberType = typeof(TextCases), DisableDiscoveryEnumeration = true)]
    public void Validate_BadAnswer_FailsOnAnswer(string? value, string reason, string message) =>
        ValidationAssert.Fails(validator.Validate(ValidCommands.AnswerEscalation with { Answer = value! }), "Answer", "Incident.Answer." + reason, message);

    [Theory]
    [MemberData(nameof(TextCases.Accepted), 2000, MemberType = typeof(TextCases), DisableDiscoveryEnumeration = true)]
    public void Validate_GoodAnswer_Passes(string value) =>
        ValidationAssert.Passes(validator.Validate(ValidCommands.AnswerEscalation with { Answer = value }));
}
