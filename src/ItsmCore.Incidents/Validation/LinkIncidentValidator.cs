using FluentValidation;

namespace ItsmCore.Incidents;

/// <summary>
/// Checks the <see cref="LinkIncident"/> command:
/// <list type="bullet">
/// <item><see cref="LinkIncident.Kind"/>: a defined <see cref="IncidentLinkKind"/>.</item>
/// <item><see cref="LinkIncident.TargetId"/>: not null, a valid record id (1 to 100 characters, no white space).</item>
/// </list>
/// That the target is not the incident itself is the incident's check.
/// Immutable after construction and thread-safe: share one instance.
/// </summary>
/// <remarks>Every failure names the property and the reason and carries an error code <c>Incident.{Field}.{Reason}</c>.</remarks>
internal sealed class LinkIncidentValidator : AbstractValidator<LinkIncident>
{
    /// <summary>Creates the validator.</summary>
    public LinkIncidentValidator()
    {
        RuleFor(c => c.Kind).Defined();
        RuleFor(c => c.TargetId).ValidId();
    }
}
