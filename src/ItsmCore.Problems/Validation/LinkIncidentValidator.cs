using FluentValidation;

namespace ItsmCore.Problems;

/// <summary>
/// Checks <see cref="LinkIncident"/>: the incident id is not empty.
/// Public so hosts check commands at their API edge; <see cref="Problem"/> runs it on every command. Stateless and
/// thread-safe once constructed.
/// </summary>
public sealed class LinkIncidentValidator : AbstractValidator<LinkIncident>
{
    /// <summary>Creates the validator.</summary>
    public LinkIncidentValidator()
    {
        RuleFor(c => c.Incident).NotEmptyId(id => id.Value);
    }
}
