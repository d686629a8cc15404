using FluentValidation;
using ItsmCore.Classification;

namespace ItsmCore.Problems;

/// <summary>
/// Checks <see cref="RecordProblem"/>: title and description follow the text rule, impact and urgency are levels of the
/// priority matrix, and the initial incident and configuration-item lists have no empty or repeated ids. Internal: hosts
/// get it as <see cref="IValidator{T}"/> from <see cref="ProblemRules"/>' validators or the DI container; <see cref="Problem.Record"/> runs it. Stateless and thread-safe once constructed.
/// </summary>
internal sealed class RecordProblemValidator : AbstractValidator<RecordProblem>
{
    /// <summary>Creates the validator.</summary>
    /// <param name="priorityMatrix">The matrix whose impact and urgency levels are accepted.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="priorityMatrix"/> is null.</exception>
    public RecordProblemValidator(PriorityMatrix priorityMatrix)
    {
        PriorityMatrix matrix = ValidationRules.Require(priorityMatrix, nameof(priorityMatrix));
        RuleFor(c => c.Title).Text(Problem.MaxTitleLength);
        RuleFor(c => c.Description).Text(Problem.MaxTextLength);
        RuleFor(c => c.Impact).ImpactOf(matrix);
        RuleFor(c => c.Urgency).UrgencyOf(matrix);
        RuleFor(c => c.LinkedIncidents).DistinctIds(id => id.Value);
        RuleFor(c => c.AffectedConfigurationItems).DistinctIds(id => id.Value);
    }
}
