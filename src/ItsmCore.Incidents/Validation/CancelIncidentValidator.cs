using FluentValidation;

namespace ItsmCore.Incidents;

/// <summary>
/// Checks the <see cref="CancelIncident"/> command:
/// <list type="bullet">
/// <item><see cref="CancelIncident.Reason"/>: not null, not blank, not padded with white space, at most 1,000 characters.</item>
/// </list>
/// Immutable after construction and thread-safe: share one instance.
/// </summary>
/// <remarks>Every failure names the property and the reason and carries an error code <c>Incident.{Field}.{Reason}</c>.</remarks>
internal sealed class CancelIncidentValidator : AbstractValidator<CancelIncident>
{
    /// <summary>Creates the validator.</summary>
    public CancelIncidentValidator()
    {
        RuleFor(c => c.Reason).ValidText(1_000);
    }
}
