using System.Globalization;
using System.Linq;
using ItsmCore.Classification;
using ItsmCore.Primitives;
using NodaTime;
using NodaTime.Text;

namespace ItsmCore.Changes;

/// <summary>Implementation failed; the rollback decision is due by <see cref="RollbackDecisionDueAt"/> (the rules' duration, written here).</summary>
/// <param name="Change">The change's id.</param>
/// <param name="Version">The event's version.</param>
/// <param name="At">When.</param>
/// <param name="Actor">Who reported it.</param>
/// <param name="Reason">What went wrong.</param>
/// <param name="RollbackDecisionWithin">The rules' time for the rollback decision.</param>
public sealed record ChangeImplementationFailed(ChangeId Change, long Version, Instant At, Actor Actor, string Reason, Duration RollbackDecisionWithin)
    : ChangeEvent(Change, Version, At, Actor)
{
    /// <summary>When the rollback decision is due: <see cref="ChangeEvent.At"/> + <see cref="RollbackDecisionWithin"/>.</summary>
    public Instant RollbackDecisionDueAt => At + RollbackDecisionWithin;

    private protected override JournalEntry Journal() =>
        Entry(
            "Implementation failed",
            Reason,
            (ChangeFields.RollbackDecisionDueAt, null, InstantPattern.ExtendedIso.Format(RollbackDecisionDueAt)),
            (ChangeFields.Status, ChangeStatus.Implementing.ToString(), ChangeStatus.Failed.ToString()));
}
