using System.Globalization;
using System.Linq;
using ItsmCore.Classification;
using ItsmCore.Primitives;
using NodaTime;
using NodaTime.Text;

namespace ItsmCore.Changes;

/// <summary>Implementation succeeded.</summary>
/// <param name="Change">The change's id.</param>
/// <param name="Version">The event's version.</param>
/// <param name="At">When.</param>
/// <param name="Actor">Who reported it.</param>
public sealed record ChangeImplementationSucceeded(ChangeId Change, long Version, Instant At, Actor Actor)
    : ChangeEvent(Change, Version, At, Actor)
{
    private protected override JournalEntry Journal() =>
        Entry("Implementation succeeded", null, (ChangeFields.Status, ChangeStatus.Implementing.ToString(), ChangeStatus.Implemented.ToString()));
}
