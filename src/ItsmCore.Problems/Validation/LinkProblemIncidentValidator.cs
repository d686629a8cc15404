using FluentValidation;

namespace ItsmCore.Problems;

/// <summary>
/// Checks <see cref="LinkProblemIncident"/>: the incident id is not empty.
/// Internal: hosts get it as <see cref="IValidator{T}"/> from the DI container; <see cref="Problem"/> runs it on every command. Stateless and
/// thread-safe once constructed.
/// </summary>
internal sealed class LinkProblemIncidentValidator : AbstractValidator<LinkProblemIncident>
{
    /// <summary>Creates the validator.</summary>
    public LinkProblemIncidentValidator()
    {
        RuleFor(c => c.Incident).NotEmptyId(id => id.Value);
    }
}
