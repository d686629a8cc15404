using System.Globalization;
using System.Linq;
using ItsmCore.Classification;
using ItsmCore.Primitives;
using NodaTime;
using NodaTime.Text;

namespace ItsmCore.Changes;

/// <summary>The CAB decided on the change (approve, reject, defer) with the votes recorded so far.</summary>
/// <param name="Change">The change's id.</param>
/// <param name="Version">The event's version.</param>
/// <param name="At">When.</param>
/// <param name="Actor">Who recorded the decision (the CAB chair).</param>
/// <param name="Decision">The decision.</param>
/// <param name="Votes">The votes it was taken with.</param>
/// <param name="Result">The approval policy's result at the decision.</param>
/// <param name="Reason">The reason given.</param>
/// <param name="PreviousStatus">The status before.</param>
public sealed record ChangeCabDecided(
    ChangeId Change, long Version, Instant At, Actor Actor, CabDecision Decision, EquatableArray<ApprovalVote> Votes, ApprovalResult Result, string? Reason, ChangeStatus PreviousStatus)
    : ChangeEvent(Change, Version, At, Actor)
{
    /// <summary>The status after the decision.</summary>
    public ChangeStatus Status => Decision switch
    {
        CabDecision.Approve => ChangeStatus.Authorized,
        CabDecision.Reject => ChangeStatus.Rejected,
        _ => PreviousStatus,
    };

    private protected override JournalEntry Journal() =>
        Entry("CAB decided", Reason, (ChangeFields.CabDecision, null, Decision.ToString()), (ChangeFields.Status, PreviousStatus.ToString(), Status.ToString()));
}
