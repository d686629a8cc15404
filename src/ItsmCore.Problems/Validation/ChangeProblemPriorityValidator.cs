using System;
using System.Linq;
using FluentValidation;
using ItsmCore.Classification;

namespace ItsmCore.Problems;

/// <summary>
/// Checks <see cref="ChangeProblemPriority"/>: impact and urgency are levels of the priority matrix, an override names
/// a level of the matrix's scale and comes with a reason, and a given reason follows the text rule. Internal: hosts
/// get it as <see cref="IValidator{T}"/> from <see cref="ProblemRules"/>' validators or the DI container; <see cref="Problem.ChangePriority"/> runs it. Stateless and thread-safe once
/// constructed.
/// </summary>
internal sealed class ChangeProblemPriorityValidator : AbstractValidator<ChangeProblemPriority>
{
    /// <summary>Creates the validator.</summary>
    /// <param name="priorityMatrix">The matrix whose impact, urgency and priority levels are accepted.</param>
    /// <exception cref="ArgumentNullException"><paramref name="priorityMatrix"/> is null.</exception>
    public ChangeProblemPriorityValidator(PriorityMatrix priorityMatrix)
    {
        PriorityMatrix matrix = ValidationRules.Require(priorityMatrix, nameof(priorityMatrix));
        RuleFor(c => c.Impact).ImpactOf(matrix);
        RuleFor(c => c.Urgency).UrgencyOf(matrix);
        RuleFor(c => c.OverridePriority)
            .Must(name => matrix.Scale.Levels.Any(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)))
            .When(c => c.OverridePriority is not null)
            .WithErrorCode(ValidationRules.Code(nameof(ChangeProblemPriority.OverridePriority), ValidationRules.Reason.Unknown))
            .WithMessage(c => $"OverridePriority '{c.OverridePriority}' is not a level of the priority scale; the levels are {string.Join(", ", matrix.Scale.Levels.Select(p => p.Name))}.");
        RuleFor(c => c.Reason).Text(Problem.MaxReasonLength, optional: true);
        RuleFor(c => c.Reason)
            .NotNull()
            .When(c => c.OverridePriority is not null)
            .WithErrorCode(ValidationRules.Code(nameof(ChangeProblemPriority.Reason), ValidationRules.Reason.Required))
            .WithMessage("Reason is required when the priority is overridden.");
    }
}
