using System.Globalization;
using System.Linq;
using ItsmCore.Classification;
using ItsmCore.Primitives;
using NodaTime;
using NodaTime.Text;

namespace ItsmCore.Changes;

/// <summary>The change was withdrawn.</summary>
/// <param name="Change">The change's id.</param>
/// <param name="Version">The event's version.</param>
/// <param name="At">When.</param>
/// <param name="Actor">Who withdrew it.</param>
/// <param name="Reason">Why.</param>
/// <param name="PreviousStatus">The status before.</param>
public sealed record ChangeCancelled(ChangeId Change, long Version, Instant At, Actor Actor, string Reason, ChangeStatus PreviousStatus)
    : ChangeEvent(Change, Version, At, Actor)
{
    private protected override JournalEntry Journal() =>
        Entry("Cancelled", Reason, (ChangeFields.Status, PreviousStatus.ToString(), ChangeStatus.Cancelled.ToString()));
}
