using ItsmCore.Sla;

namespace ItsmCore.Incidents;

/// <summary>
/// Command: escalate, with an answer deadline computed on a business calendar. Checked by
/// <see cref="EscalateIncidentValidator"/>.
/// </summary>
/// <param name="Kind">Functional (reassigns to <paramref name="To"/>) or hierarchical (informs <paramref name="To"/>).</param>
/// <param name="To">The group (functional) or the manager (hierarchical); 1 to 100 characters, no white space.</param>
/// <param name="Reason">Why; 1 to 1,000 characters.</param>
public sealed record EscalateIncident(EscalationKind Kind, string To, string Reason)
{
    /// <summary>When the answer is due, on the target's calendar; null for <see cref="IncidentOptions.EscalationReplyTarget"/>.</summary>
    public SlaTarget? ReplyWithin { get; init; }
}
