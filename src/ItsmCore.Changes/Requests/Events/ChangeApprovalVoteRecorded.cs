using System.Globalization;
using System.Linq;
using ItsmCore.Classification;
using ItsmCore.Primitives;
using NodaTime;
using NodaTime.Text;

namespace ItsmCore.Changes;

/// <summary>An approval vote was recorded; the evaluation by the change's policy after it is written here.</summary>
/// <param name="Change">The change's id.</param>
/// <param name="Version">The event's version.</param>
/// <param name="At">When.</param>
/// <param name="Actor">Who voted.</param>
/// <param name="Vote">The vote.</param>
/// <param name="Result">The policy's result after the vote.</param>
public sealed record ChangeApprovalVoteRecorded(ChangeId Change, long Version, Instant At, Actor Actor, ApprovalVote Vote, ApprovalResult Result)
    : ChangeEvent(Change, Version, At, Actor)
{
    private protected override JournalEntry Journal() =>
        Entry("Vote recorded", null, (ChangeFields.Approval, null, $"{Vote.Step}: {Vote.Decision} ({Result})"));
}
