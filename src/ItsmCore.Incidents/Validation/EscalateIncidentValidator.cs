using FluentValidation;

namespace ItsmCore.Incidents;

/// <summary>
/// Checks the <see cref="EscalateIncident"/> command:
/// <list type="bullet">
/// <item><see cref="EscalateIncident.Kind"/>: a defined <see cref="EscalationKind"/>.</item>
/// <item><see cref="EscalateIncident.To"/>: not null, a valid record id (1 to 100 characters, no white space).</item>
/// <item><see cref="EscalateIncident.Reason"/>: not null, not blank, not padded with white space, at most 1,000 characters.</item>
/// <item><see cref="EscalateIncident.ReplyWithin"/>: optional (null uses <see cref="IncidentRules.EscalationReplyTarget"/>, which the incident checks is set).</item>
/// </list>
/// Immutable after construction and thread-safe: share one instance.
/// </summary>
/// <remarks>Every failure names the property and the reason and carries an error code <c>Incident.{Field}.{Reason}</c>.</remarks>
internal sealed class EscalateIncidentValidator : AbstractValidator<EscalateIncident>
{
    /// <summary>Creates the validator.</summary>
    public EscalateIncidentValidator()
    {
        RuleFor(c => c.Kind).Defined();
        RuleFor(c => c.To).ValidId();
        RuleFor(c => c.Reason).ValidText(1_000);
    }
}
