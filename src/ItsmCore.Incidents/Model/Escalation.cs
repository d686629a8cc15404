using ItsmCore.Primitives;
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
    /// <summary>When the answer came; null while unanswered.</summary>
    public Instant? AnsweredAt { get; init; }

    /// <summary>The answer; null while unanswered.</summary>
    public string? Answer { get; init; }

    /// <summary>Whether the answer is late at <paramref name="now"/>: unanswered after <see cref="ReplyDueAt"/>, or answered after it.</summary>
    /// <param name="now">The instant to judge at.</param>
    /// <returns>True when late.</returns>
    public bool IsOverdueAt(Instant now) => AnsweredAt is { } answered ? answered > ReplyDueAt : now > ReplyDueAt;
}
