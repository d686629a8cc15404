using FluentValidation;

namespace ItsmCore.Problems;

/// <summary>
/// Checks <see cref="UnlinkProblemIncident"/>: the incident id is not empty; a given reason follows the text rule.
/// Internal: hosts get it as <see cref="IValidator{T}"/> from the DI container; <see cref="Problem"/> runs it on every command. Stateless and
/// thread-safe once constructed.
/// </summary>
internal sealed class UnlinkProblemIncidentValidator : AbstractValidator<UnlinkProblemIncident>
{
    /// <summary>Creates the validator.</summary>
    public UnlinkProblemIncidentValidator()
    {
        RuleFor(c => c.Incident).NotEmptyId(id => id.Value);
        RuleFor(c => c.Reason).Text(Problem.MaxReasonLength, optional: true);
    }
}
