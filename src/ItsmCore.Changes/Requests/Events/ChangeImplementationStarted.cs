using System.Globalization;
using System.Linq;
using ItsmCore.Classification;
using ItsmCore.Primitives;
using NodaTime;
using NodaTime.Text;

namespace ItsmCore.Changes;

/// <summary>Implementation started.</summary>
/// <param name="Change">The change's id.</param>
/// <param name="Version">The event's version.</param>
/// <param name="At">When.</param>
/// <param name="Actor">Who started it (checked against the delegated release role on a delegated track).</param>
/// <param name="PreviousStatus">The status before.</param>
public sealed record ChangeImplementationStarted(ChangeId Change, long Version, Instant At, Actor Actor, ChangeStatus PreviousStatus)
    : ChangeEvent(Change, Version, At, Actor)
{
    private protected override JournalEntry Journal() =>
        Entry("Implementation started", null, (ChangeFields.Status, PreviousStatus.ToString(), ChangeStatus.Implementing.ToString()));
}
