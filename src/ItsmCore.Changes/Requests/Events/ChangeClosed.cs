using System.Globalization;
using System.Linq;
using ItsmCore.Classification;
using ItsmCore.Primitives;
using NodaTime;
using NodaTime.Text;

namespace ItsmCore.Changes;

/// <summary>The change was closed.</summary>
/// <param name="Change">The change's id.</param>
/// <param name="Version">The event's version.</param>
/// <param name="At">When.</param>
/// <param name="Actor">Who closed it.</param>
public sealed record ChangeClosed(ChangeId Change, long Version, Instant At, Actor Actor)
    : ChangeEvent(Change, Version, At, Actor)
{
    private protected override JournalEntry Journal() =>
        Entry("Closed", null, (ChangeFields.Status, ChangeStatus.Reviewed.ToString(), ChangeStatus.Closed.ToString()));
}
