using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Problems;

/// <summary>A configuration item was recorded as affected by a problem. Journal action <c>ConfigurationItemLinked</c>. Immutable and thread-safe.</summary>
/// <param name="Problem">The problem's id.</param>
/// <param name="Version">The problem's version after the event.</param>
/// <param name="At">When it happened.</param>
/// <param name="Actor">Who did it.</param>
/// <param name="ConfigurationItem">The configuration item linked.</param>
public sealed record ProblemConfigurationItemLinked(ProblemId Problem, long Version, Instant At, Actor Actor, ConfigurationItemId ConfigurationItem)
    : ProblemEvent(Problem, Version, At, Actor)
{
    /// <inheritdoc />
    private protected override JournalEntry Journal() =>
        Entry("ConfigurationItemLinked", new JournalChanges().Added(ProblemFields.AffectedConfigurationItems, ConfigurationItem.Value));
}
