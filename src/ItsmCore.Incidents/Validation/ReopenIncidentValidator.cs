using FluentValidation;

namespace ItsmCore.Incidents;

/// <summary>
/// Checks the <see cref="ReopenIncident"/> command:
/// <list type="bullet">
/// <item><see cref="ReopenIncident.Reason"/>: not null, not blank, not padded with white space, at most 1,000 characters.</item>
/// </list>
/// Immutable after construction and thread-safe: share one instance.
/// </summary>
/// <remarks>Every failure names the property and the reason and carries an error code <c>Incident.{Field}.{Reason}</c>.</remarks>
internal sealed class ReopenIncidentValidator : AbstractValidator<ReopenIncident>
{
    /// <summary>Creates the validator.</summary>
    public ReopenIncidentValidator()
    {
        RuleFor(c => c.Reason).ValidText(1_000);
    }
}
