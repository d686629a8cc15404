using FluentValidation;

namespace ItsmCore.Incidents;

/// <summary>
/// Checks the <see cref="PrepareIncidentAction"/> command:
/// <list type="bullet">
/// <item><see cref="PrepareIncidentAction.Name"/>: not null, not blank, not padded with white space, at most 200 characters.</item>
/// <item><see cref="PrepareIncidentAction.DecidingInformation"/>: not null, 1 to 20 items; each item not null, not blank, not padded with white space, at most 500 characters.</item>
/// <item><see cref="PrepareIncidentAction.Criterion"/>: not null, not blank, not padded with white space, at most 1,000 characters.</item>
/// </list>
/// The name's uniqueness within the incident is the incident's check.
/// Immutable after construction and thread-safe: share one instance.
/// </summary>
/// <remarks>Every failure names the property and the reason and carries an error code <c>Incident.{Field}.{Reason}</c>.</remarks>
internal sealed class PrepareIncidentActionValidator : AbstractValidator<PrepareIncidentAction>
{
    /// <summary>Creates the validator.</summary>
    public PrepareIncidentActionValidator()
    {
        RuleFor(c => c.Name).ValidText(200);
        RuleFor(c => c.DecidingInformation).ValidList(1, 20);
        RuleForEach(c => c.DecidingInformation).ValidTextItems(500);
        RuleFor(c => c.Criterion).ValidText(1_000);
    }
}
