using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Problems;

/// <summary>An affected configuration item was removed from a problem. Journal action <c>ConfigurationItemUnlinked</c>. Immutable and thread-safe.</summary>
/// <param name="Problem">The problem's id.</param>
/// <param name="Version">The problem's version after the event.</param>
/// <param name="At">When it happened.</param>
/// <param name="Actor">Who did it.</param>
/// <param name="ConfigurationItem">The configuration item removed.</param>
/// <param name="Reason">Why, or null.</param>
public sealed record ProblemConfigurationItemUnlinked(ProblemId Problem, long Version, Instant At, Actor Actor, ConfigurationItemId ConfigurationItem, string? Reason)
    : ProblemEvent(Problem, Version, At, Actor)
{
    /// <inheritdoc />
    private protected override JournalEntry Journal() =>
        Entry("ConfigurationItemUnlinked", new JournalChanges().Removed(ProblemFields.AffectedConfigurationItems, ConfigurationItem.Value), Reason);
}
