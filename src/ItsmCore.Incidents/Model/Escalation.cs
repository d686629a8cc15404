using ItsmCore.Primitives;
using ItsmCore.Sla;
using NodaTime;

namespace ItsmCore.Incidents;

/// <summary>An escalation of an incident and its answer deadline, computed on a business calendar.</summary>
/// <param name="Number">1 for the incident's first escalation, then 2, 3, ...</param>
/// <param name="Kind">Functional (the incident was reassigned to <paramref name="To"/>) or hierarchical.</param>
/// <param name="To">The group or manager escalated to.</param>
/// <param name="Reason">Why.</param>
/// <param name="At">When.</param>
/// <param name="By">Who escalated.</param>
/// <param name="ReplyDueAt">When the answer is due: the reply target's deadline from <paramref name="At"/> on its calendar.</param>
public sealed record Escalation(int Number, EscalationKind Kind, string To, string Reason, Instant At, Actor By, Instant ReplyDueAt)
{
    /// <summary>The number of the major-incident task the escalation belongs to (<see cref="Incident.EscalateTask"/>); null for an escalation of the incident itself.</summary>
    public int? Task { get; init; }

    /// <summary>The reply target the deadline was computed from (on the calendar it was measured on); null when not recorded.</summary>
    public SlaTarget? ReplyWithin { get; init; }

    /// <summary>The zone of the reply target's calendar, in which the journal shows <see cref="ReplyDueAt"/>; null for UTC.</summary>
    public DateTimeZone? ReplyZone { get; init; }

    /// <summary>When the answer came; null while unanswered.</summary>
    public Instant? AnsweredAt { get; init; }

    /// <summary>The answer; null while unanswered.</summary>
    public string? Answer { get; init; }

    private readonly Instant? overdueFrom;

    /// <summary>
    /// The first instant at which the reply target's working time is exceeded: just after the first working instant at or after
    /// <see cref="ReplyDueAt"/> (like <c>SlaClock.BreachedAt</c>). When <see cref="ReplyDueAt"/> is the close before a named
    /// deadline outside working hours (e.g. Friday 18:00 for "next business day 09:00"), an answer before the next opening is on
    /// time, since no working time passed. Without a value given, the first instant after <see cref="ReplyDueAt"/>.
    /// </summary>
    public Instant OverdueFrom
    {
        get => overdueFrom ?? ReplyDueAt + Duration.Epsilon;
        init => overdueFrom = value;
    }

    /// <summary>
    /// Whether the answer is late at <paramref name="now"/>: unanswered at or after <see cref="OverdueFrom"/>, or answered at or after it
    /// (a late answer stays late; <see cref="OutcomeAt"/> tells a late answer from a missing one).
    /// </summary>
    /// <param name="now">The instant to judge at.</param>
    /// <returns>True when late.</returns>
    public bool IsOverdueAt(Instant now) => (AnsweredAt ?? now) >= OverdueFrom;

    /// <summary>The escalation's outcome at <paramref name="now"/>.</summary>
    /// <param name="now">The instant to judge at (used only while unanswered).</param>
    /// <returns>Answered on time or late, or unanswered and awaiting or overdue.</returns>
    public EscalationOutcome OutcomeAt(Instant now) => AnsweredAt is { } answered
        ? answered >= OverdueFrom ? EscalationOutcome.AnsweredLate : EscalationOutcome.AnsweredOnTime
        : now >= OverdueFrom ? EscalationOutcome.UnansweredOverdue : EscalationOutcome.Awaiting;
}
