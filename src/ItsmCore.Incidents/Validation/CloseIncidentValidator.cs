using FluentValidation;

namespace ItsmCore.Incidents;

/// <summary>
/// Checks the <see cref="CloseIncident"/> command:
/// <list type="bullet">
/// <item><see cref="CloseIncident.Note"/>: optional; when given, not blank, not padded with white space, at most 1,000 characters.</item>
/// </list>
/// Immutable after construction and thread-safe: share one instance.
/// </summary>
/// <remarks>Every failure names the property and the reason and carries an error code <c>Incident.{Field}.{Reason}</c>.</remarks>
internal sealed class CloseIncidentValidator : AbstractValidator<CloseIncident>
{
    /// <summary>Creates the validator.</summary>
    public CloseIncidentValidator()
    {
        RuleFor(c => c.Note).ValidText(1_000, TextAllows.Null);
    }
}
