using FluentValidation;

namespace ItsmCore.Problems;

/// <summary>
/// Checks <see cref="UnlinkIncident"/>: the incident id is not empty; a given reason follows the text rule.
/// Public so hosts check commands at their API edge; <see cref="Problem"/> runs it on every command. Stateless and
/// thread-safe once constructed.
/// </summary>
public sealed class UnlinkIncidentValidator : AbstractValidator<UnlinkIncident>
{
    /// <summary>Creates the validator.</summary>
    public UnlinkIncidentValidator()
    {
        RuleFor(c => c.Incident).NotEmptyId(id => id.Value);
        RuleFor(c => c.Reason).Text(Problem.MaxReasonLength, optional: true);
    }
}
