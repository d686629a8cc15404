using ItsmCore.Classification;
using ItsmCore.Primitives;
using ItsmCore.Sla;
using NodaTime;

namespace ItsmCore.Incidents;

/// <summary>
/// A major-incident task was opened with its deadline target (given or taken from the configured task targets, kept
/// here). Journal action <c>Task opened</c>. Immutable and thread-safe.
/// </summary>
/// <param name="Incident">The incident.</param>
/// <param name="Version">The incident's version after the event.</param>
/// <param name="At">When it happened.</param>
/// <param name="Actor">Who caused it.</param>
/// <param name="Number">The task's number (1, 2, ...).</param>
/// <param name="Title">What the task is.</param>
/// <param name="Priority">Its priority.</param>
/// <param name="Owner">Who owns it.</param>
/// <param name="EscalationTarget">Where it escalates.</param>
/// <param name="Target">Its deadline target; its clock starts at <paramref name="At"/>.</param>
public sealed record MajorIncidentTaskOpened(IncidentId Incident, long Version, Instant At, Actor Actor, int Number, string Title, Priority Priority, string Owner, string EscalationTarget, SlaTarget Target)
    : IncidentEvent(Incident, Version, At, Actor)
{
    /// <summary>The reply deadline of the task's escalations; null for the rules' escalation reply target.</summary>
    public SlaTarget? EscalationReplyWithin { get; init; }

    /// <inheritdoc />
    private protected override JournalEntry Journal() =>
        Entry("Task opened", new JournalChanges().Set(JournalChanges.Invariant($"Task #{Number}"), null, $"{Title} ({Priority.Name}, {Owner}, escalate to {EscalationTarget}{(EscalationReplyWithin is { } reply ? ", answer within " + reply.Describe() : string.Empty)}, target {Target.Describe()})"));
}
