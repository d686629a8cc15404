using FluentValidation;

namespace ItsmCore.Incidents;

/// <summary>
/// Checks the <see cref="ResolveIncident"/> command:
/// <list type="bullet">
/// <item><see cref="ResolveIncident.ResolutionCode"/>: not null, a valid record id (1 to 100 characters, no white space).</item>
/// <item><see cref="ResolveIncident.ResolutionNotes"/>: not null, not blank, not padded with white space, at most 10,000 characters.</item>
/// </list>
/// Immutable after construction and thread-safe: share one instance.
/// </summary>
/// <remarks>Every failure names the property and the reason and carries an error code <c>Incident.{Field}.{Reason}</c>.</remarks>
internal sealed class ResolveIncidentValidator : AbstractValidator<ResolveIncident>
{
    /// <summary>Creates the validator.</summary>
    public ResolveIncidentValidator()
    {
        RuleFor(c => c.ResolutionCode).ValidId();
        RuleFor(c => c.ResolutionNotes).ValidText(10_000);
    }
}
