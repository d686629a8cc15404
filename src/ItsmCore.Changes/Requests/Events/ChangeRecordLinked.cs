using System.Globalization;
using System.Linq;
using ItsmCore.Classification;
using ItsmCore.Primitives;
using NodaTime;
using NodaTime.Text;

namespace ItsmCore.Changes;

/// <summary>A record (incident, problem, service request) was linked to the change.</summary>
/// <param name="Change">The change's id.</param>
/// <param name="Version">The event's version.</param>
/// <param name="At">When.</param>
/// <param name="Actor">Who linked it.</param>
/// <param name="Kind">The kind of record.</param>
/// <param name="RecordIdLinked">The linked record's id.</param>
public sealed record ChangeRecordLinked(ChangeId Change, long Version, Instant At, Actor Actor, ChangeLinkKind Kind, string RecordIdLinked)
    : ChangeEvent(Change, Version, At, Actor)
{
    private protected override JournalEntry Journal() =>
        Entry("Linked", null, (ChangeFields.Links, null, $"{Kind} {RecordIdLinked}"));
}
