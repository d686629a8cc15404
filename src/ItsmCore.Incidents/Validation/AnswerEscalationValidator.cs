using FluentValidation;

namespace ItsmCore.Incidents;

/// <summary>Checks a <see cref="AnswerEscalation"/> command (TODO: rules being written).</summary>
public sealed class AnswerEscalationValidator : AbstractValidator<AnswerEscalation>
{
    /// <summary>Creates the validator.</summary>
    public AnswerEscalationValidator()
    {
    }
}
