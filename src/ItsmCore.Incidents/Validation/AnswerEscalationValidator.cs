using FluentValidation;

namespace ItsmCore.Incidents;

/// <summary>
/// Checks the <see cref="AnswerEscalation"/> command:
/// <list type="bullet">
/// <item><see cref="AnswerEscalation.Escalation"/>: 1 or more.</item>
/// <item><see cref="AnswerEscalation.Answer"/>: not null, not blank, not padded with white space, at most 2,000 characters.</item>
/// </list>
/// Whether the escalation exists and is still open is the incident's check.
/// Immutable after construction and thread-safe: share one instance.
/// </summary>
/// <remarks>Every failure names the property and the reason and carries an error code <c>Incident.{Field}.{Reason}</c>.</remarks>
internal sealed class AnswerEscalationValidator : AbstractValidator<AnswerEscalation>
{
    /// <summary>Creates the validator.</summary>
    public AnswerEscalationValidator()
    {
        RuleFor(c => c.Escalation).AtLeast(1);
        RuleFor(c => c.Answer).ValidText(2_000);
    }
}
