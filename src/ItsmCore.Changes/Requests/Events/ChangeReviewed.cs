using System.Globalization;
using System.Linq;
using ItsmCore.Classification;
using ItsmCore.Primitives;
using NodaTime;
using NodaTime.Text;

namespace ItsmCore.Changes;

/// <summary>The post-implementation review was recorded.</summary>
/// <param name="Change">The change's id.</param>
/// <param name="Version">The event's version.</param>
/// <param name="At">When.</param>
/// <param name="Actor">Who reviewed it.</param>
/// <param name="Outcome">The outcome.</param>
/// <param name="Lessons">The lessons learned.</param>
/// <param name="PreviousStatus">The status before.</param>
public sealed record ChangeReviewed(ChangeId Change, long Version, Instant At, Actor Actor, string Outcome, string Lessons, ChangeStatus PreviousStatus)
    : ChangeEvent(Change, Version, At, Actor)
{
    private protected override JournalEntry Journal() =>
        Entry("Reviewed", Lessons, (ChangeFields.ReviewOutcome, null, Outcome), (ChangeFields.Status, PreviousStatus.ToString(), ChangeStatus.Reviewed.ToString()));
}
