using ItsmCore.Classification;
using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Incidents;

/// <summary>
/// The impact, urgency or priority changed. Journal action <c>Priority changed</c>: impact, urgency, priority and
/// whether it is overridden, each from and to when changed; the entry's reason is <see cref="Reason"/>. Immutable and
/// thread-safe.
/// </summary>
/// <param name="Incident">The incident.</param>
/// <param name="Version">The incident's version after the event.</param>
/// <param name="At">When it happened.</param>
/// <param name="Actor">Who caused it.</param>
/// <param name="Impact">The impact after the step.</param>
/// <param name="Urgency">The urgency after the step.</param>
/// <param name="Priority">The priority after the step (the matrix's, or the override).</param>
/// <param name="Overridden">Whether <see cref="Priority"/> was set by hand rather than by the matrix.</param>
/// <param name="Reason">Why, when a reason was given (required for an override).</param>
/// <param name="PreviousImpact">The impact before.</param>
/// <param name="PreviousUrgency">The urgency before.</param>
/// <param name="PreviousPriority">The priority before.</param>
/// <param name="PreviousOverridden">Whether the priority was overridden before.</param>
public sealed record IncidentPriorityChanged(
    IncidentId Incident,
    long Version,
    Instant At,
    Actor Actor,
    string Impact,
    string Urgency,
    Priority Priority,
    bool Overridden,
    string? Reason,
    string PreviousImpact,
    string PreviousUrgency,
    Priority PreviousPriority,
    bool PreviousOverridden)
    : IncidentEvent(Incident, Version, At, Actor)
{
    /// <summary>
    /// When a clock starts (a new cycle) at this change, because its definition has a target for the new priority and
    /// its metric is still due: each attached SLA definition, the ones starting here in the version in force at the
    /// change (the cycle measures against it; the target rules chosen at recording stay), the others as they were.
    /// Empty when no starting clock's version changed since it was attached.
    /// </summary>
    /// <value>The default value is empty.</value>
    public EquatableArray<IncidentSlaAttachment> SlaVersions { get; init; } = EquatableArray<IncidentSlaAttachment>.Empty;

    /// <inheritdoc />
    private protected override JournalEntry Journal() =>
        Entry(
            "Priority changed",
            new JournalChanges()
                .Field("Impact", PreviousImpact, Impact)
                .Field("Urgency", PreviousUrgency, Urgency)
                .Field("Priority", PreviousPriority.ToString(), Priority.ToString())
                .Field("PriorityOverridden", PreviousOverridden ? "yes" : "no", Overridden ? "yes" : "no"),
            Reason);
}
