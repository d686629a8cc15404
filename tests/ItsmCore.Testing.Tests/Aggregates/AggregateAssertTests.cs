using System;
using ItsmCore.Primitives;

namespace ItsmCore.Testing.Tests.Aggregates;

public sealed class AggregateAssertTests
{
    [Fact]
    public void RebuildEqualsLive_StateOnlyFromEvents_ReturnsTheRebuiltAggregate()
    {
        Tally tally = Tally.Create("T-1");
        tally.Add(3);
        tally.Add(4);

        Tally rebuilt = AggregateAssert.RebuildEqualsLive<Tally, TallyEvent>(tally, Tally.Rebuild);

        Assert.Equal(7, rebuilt.Total);
        Assert.Empty(rebuilt.UncommittedEvents);
    }

    [Fact]
    public void RebuildEqualsLive_StateSetOutsideAnEvent_FailsNamingTheProperty()
    {
        Tally tally = Tally.Create("T-1");
        tally.AddAndLabel(3, "first");

        var ex = Assert.Throws<AggregateAssertionException>(() => AggregateAssert.RebuildEqualsLive<Tally, TallyEvent>(tally, Tally.Rebuild));

        Assert.Contains("live: Label = first / rebuilt: Label = null", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RebuildEqualsLive_SavedAggregateWithoutHistory_ThrowsArgument()
    {
        Tally tally = Tally.Create("T-1");
        tally.MarkCommitted(1);
        tally.Add(1);

        Assert.Throws<ArgumentException>("history", () => AggregateAssert.RebuildEqualsLive<Tally, TallyEvent>(tally, Tally.Rebuild));
    }

    [Fact]
    public void Describe_ListsPublicPropertiesSortedWithListItems_WithoutUnsavedBookkeeping()
    {
        Tally tally = Tally.Create("T-1");
        tally.Add(2);
        tally.Add(5);

        string text = AggregateState.Describe(tally);

        Assert.Contains("Steps = [2; 5]\n", text, StringComparison.Ordinal);
        Assert.Contains("Total = 7\n", text, StringComparison.Ordinal);
        Assert.Contains("Version = 3\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("UncommittedEvents", text, StringComparison.Ordinal);
        Assert.DoesNotContain("PersistedVersion", text, StringComparison.Ordinal);
        Assert.True(text.IndexOf("Id =", StringComparison.Ordinal) < text.IndexOf("Journal =", StringComparison.Ordinal));
    }
}
