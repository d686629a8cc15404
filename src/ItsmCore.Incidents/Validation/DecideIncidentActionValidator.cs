using FluentValidation;

namespace ItsmCore.Incidents;

/// <summary>
/// Checks the <see cref="DecideIncidentAction"/> command:
/// <list type="bullet">
/// <item><see cref="DecideIncidentAction.Name"/>: not null, not blank, not padded with white space, at most 200 characters.</item>
/// <item><see cref="DecideIncidentAction.Observed"/> and <see cref="DecideIncidentAction.Rationale"/>: each not null, not blank, not padded with white space, at most 2,000 characters.</item>
/// </list>
/// Whether an action of that name was prepared is the incident's check.
/// Immutable after construction and thread-safe: share one instance.
/// </summary>
/// <remarks>Every failure names the property and the reason and carries an error code <c>Incident.{Field}.{Reason}</c>.</remarks>
internal sealed class DecideIncidentActionValidator : AbstractValidator<DecideIncidentAction>
{
    /// <summary>Creates the validator.</summary>
    public DecideIncidentActionValidator()
    {
        RuleFor(c => c.Name).ValidText(200);
        RuleFor(c => c.Observed).ValidText(2_000);
        RuleFor(c => c.Rationale).ValidText(2_000);
    }
}
