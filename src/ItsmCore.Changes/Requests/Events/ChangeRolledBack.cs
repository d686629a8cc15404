using System.Globalization;
using System.Linq;
using ItsmCore.Classification;
using ItsmCore.Primitives;
using NodaTime;
using NodaTime.Text;

namespace ItsmCore.Changes;

/// <summary>The change was rolled back after a failure.</summary>
/// <param name="Change">The change's id.</param>
/// <param name="Version">The event's version.</param>
/// <param name="At">When.</param>
/// <param name="Actor">Who rolled it back.</param>
/// <param name="Reason">A note, or null.</param>
public sealed record ChangeRolledBack(ChangeId Change, long Version, Instant At, Actor Actor, string? Reason)
    : ChangeEvent(Change, Version, At, Actor)
{
    private protected override JournalEntry Journal() =>
        Entry("Rolled back", Reason, (ChangeFields.Status, ChangeStatus.Failed.ToString(), ChangeStatus.RolledBack.ToString()));
}
