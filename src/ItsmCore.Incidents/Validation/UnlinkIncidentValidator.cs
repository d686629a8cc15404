using FluentValidation;

namespace ItsmCore.Incidents;

/// <summary>
/// Checks the <see cref="UnlinkIncident"/> command:
/// <list type="bullet">
/// <item><see cref="UnlinkIncident.Kind"/>: a defined <see cref="IncidentLinkKind"/>.</item>
/// <item><see cref="UnlinkIncident.TargetId"/>: not null, a valid record id (1 to 100 characters, no white space).</item>
/// <item><see cref="UnlinkIncident.Reason"/>: not null, not blank, not padded with white space, at most 1,000 characters.</item>
/// </list>
/// Whether the link exists is the incident's check.
/// Immutable after construction and thread-safe: share one instance.
/// </summary>
/// <remarks>Every failure names the property and the reason and carries an error code <c>Incident.{Field}.{Reason}</c>.</remarks>
internal sealed class UnlinkIncidentValidator : AbstractValidator<UnlinkIncident>
{
    /// <summary>Creates the validator.</summary>
    public UnlinkIncidentValidator()
    {
        RuleFor(c => c.Kind).Defined();
        RuleFor(c => c.TargetId).ValidId();
        RuleFor(c => c.Reason).ValidText(1_000);
    }
}
