using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Problems;

/// <summary>A configuration item was recorded as affected by a problem. Journal action <c>ConfigurationItemLinked</c>. Immutable and thread-safe.</summary>
/// <param name="Id">The problem's id.</param>
/// <param name="Version">The problem's version after the event.</param>
/// <param name="At">When it happened.</param>
/// <param name="Actor">Who did it.</param>
/// <param name="ConfigurationItem">The configuration item linked.</param>
public sealed record ConfigurationItemLinked(ProblemId Id, long Version, Instant At, Actor Actor, ConfigurationItemId ConfigurationItem)
    : ProblemEvent(Id, Version, At, Actor)
{
    /// <inheritdoc />
    public override JournalEntry ToJournalEntry() =>
        Entry("ConfigurationItemLinked", new JournalChanges().Added(ProblemFields.AffectedConfigurationItems, ConfigurationItem.Value));
}
