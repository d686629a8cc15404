using System;
using System.Collections.Generic;
using System.Linq;
using ItsmCore.Primitives.Tests.Support;
using NodaTime;

namespace ItsmCore.Primitives.Tests;

public sealed class EventSourcedAggregateTests
{
    private static Ticket SavedTicketWithThreeEvents()
    {
        Ticket ticket = Ticket.Open("T-1", "Printer down");
        ticket.Rename("Printer on floor 3 down");
        ticket.Close("fixed");
        return ticket;
    }

    [Fact]
    public void New_NoEvents_IsEmpty()
    {
        Ticket ticket = Ticket.Empty();

        Assert.Equal(0, ticket.Version);
        Assert.Equal(0, ticket.PersistedVersion);
        Assert.Empty(ticket.UncommittedEvents);
        Assert.Empty(ticket.Journal);
    }

    [Fact]
    public void Raise_FirstEvent_AppliesAndRecordsUncommitted()
    {
        Ticket ticket = Ticket.Open("T-1", "Printer down");

        Assert.Equal(1, ticket.Version);
        Assert.Equal(0, ticket.PersistedVersion);
        Assert.Equal("T-1", ticket.Id);
        Assert.Equal("Printer down", ticket.Title);
        TicketOpened opened = Assert.IsType<TicketOpened>(Assert.Single(ticket.UncommittedEvents));
        Assert.Equal(1, opened.Version);
        Assert.Single(ticket.Journal);
    }

    [Fact]
    public void Raise_SeveralEvents_VersionCountsEventsInOrder()
    {
        Ticket ticket = SavedTicketWithThreeEvents();

        Assert.Equal(3, ticket.Version);
        Assert.Equal(0, ticket.PersistedVersion);
        Assert.Equal([1L, 2L, 3L], ticket.UncommittedEvents.Select(e => e.Version));
        Assert.Equal("Printer on floor 3 down", ticket.Title);
        Assert.Equal("fixed", ticket.ClosedReason);
    }

    [Fact]
    public void MarkCommitted_CurrentVersion_ClearsUncommittedAndMovesPersistedVersion()
    {
        Ticket ticket = SavedTicketWithThreeEvents();

        ticket.MarkCommitted(ticket.Version);

        Assert.Empty(ticket.UncommittedEvents);
        Assert.Equal(3, ticket.PersistedVersion);
        Assert.Equal(3, ticket.Version);
        Assert.Equal(3, ticket.Journal.Count);
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(2L)]
    [InlineData(4L)]
    public void MarkCommitted_VersionOtherThanCurrent_ThrowsAndKeepsUncommittedEvents(long persisted)
    {
        Ticket ticket = SavedTicketWithThreeEvents();

        var ex = Assert.Throws<InvalidOperationException>(() => ticket.MarkCommitted(persisted));

        Assert.Contains($"stored version {persisted}", ex.Message, StringComparison.Ordinal);
        Assert.Equal(3, ticket.UncommittedEvents.Count);
        Assert.Equal(0, ticket.PersistedVersion);
    }

    [Fact]
    public void LastEventAt_AfterEachEvent_IsTheNewestEventsInstant()
    {
        Ticket ticket = Ticket.Empty();
        Assert.Equal(Instant.MinValue, ticket.LastEventAt);

        Ticket saved = SavedTicketWithThreeEvents();

        Assert.Equal(saved.UncommittedEvents[^1].At, saved.LastEventAt);
        Assert.NotEqual(saved.UncommittedEvents[0].At, saved.LastEventAt);
        Assert.Equal(saved.LastEventAt, Ticket.Rebuild(saved.UncommittedEvents).LastEventAt);
    }

    [Fact]
    public void Raise_AfterMarkCommitted_OnlyNewEventsUncommitted()
    {
        Ticket ticket = Ticket.Open("T-1", "a");
        ticket.MarkCommitted(ticket.Version);

        ticket.Rename("b");
        ticket.Rename("c");

        Assert.Equal(3, ticket.Version);
        Assert.Equal(1, ticket.PersistedVersion);
        Assert.Equal([2L, 3L], ticket.UncommittedEvents.Select(e => e.Version));
    }

    [Fact]
    public void Journal_AfterEvents_IsTheProjectionOfTheEvents()
    {
        Ticket ticket = SavedTicketWithThreeEvents();

        Assert.Equal(ticket.UncommittedEvents.Select(e => e.ToJournalEntry()), ticket.Journal);
        Assert.Equal(
            [
                "#1 2026-04-01T09:00:00Z alice Opened: Title: (none) -> Printer down",
                "#2 2026-04-01T09:01:00Z system Renamed: Title: Printer down -> Printer on floor 3 down",
                "#3 2026-04-01T09:02:00Z alice Closed (reason: fixed)",
            ],
            ticket.Journal.Select(j => j.ToString()));
    }

    [Fact]
    public void Replay_History_RebuildsStateVersionAndJournalWithNothingUncommitted()
    {
        Ticket original = SavedTicketWithThreeEvents();
        TicketEvent[] history = original.UncommittedEvents.ToArray();

        Ticket rebuilt = Ticket.Rebuild(history);

        Assert.Equal(3, rebuilt.Version);
        Assert.Equal(3, rebuilt.PersistedVersion);
        Assert.Empty(rebuilt.UncommittedEvents);
        Assert.Equal(original.Title, rebuilt.Title);
        Assert.Equal(original.ClosedReason, rebuilt.ClosedReason);
        Assert.Equal(original.Journal, rebuilt.Journal);
        Assert.Equal(history.Select(e => e.ToJournalEntry()), rebuilt.Journal);
    }

    [Fact]
    public void Replay_ThenRaise_ContinuesFromReplayedVersion()
    {
        Ticket ticket = Ticket.Rebuild(SavedTicketWithThreeEvents().UncommittedEvents);

        ticket.Rename("again");

        Assert.Equal(4, ticket.Version);
        Assert.Equal(3, ticket.PersistedVersion);
        Assert.Equal(4, Assert.Single(ticket.UncommittedEvents).Version);
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(1L)]
    [InlineData(2L)]
    [InlineData(4L)]
    public void Raise_WrongVersion_ThrowsArgumentAndLeavesAggregateUnchanged(long version)
    {
        Ticket ticket = Ticket.Open("T-1", "a");
        ticket.MarkCommitted(ticket.Version);
        ticket.Rename("b");
        IReadOnlyList<JournalEntry> journalBefore = ticket.Journal.ToArray();

        var ex = Assert.Throws<ArgumentException>(() => ticket.RaiseRaw(new TicketRenamed("T-1", version, Ticket.T0, Actor.System, "b", "c")));

        Assert.Equal("domainEvent", ex.ParamName);
        Assert.Contains($"has version {version}; version 3 was expected", ex.Message, StringComparison.Ordinal);
        AssertUnchanged(ticket, journalBefore, title: "b", version: 2, applied: 2);
    }

    [Fact]
    public void Raise_EventOfAnotherRecord_ThrowsArgumentAndLeavesAggregateUnchanged()
    {
        Ticket ticket = Ticket.Open("T-1", "a");
        IReadOnlyList<JournalEntry> journalBefore = ticket.Journal.ToArray();

        var ex = Assert.Throws<ArgumentException>(() => ticket.RaiseRaw(new TicketRenamed("T-2", 2, Ticket.T0, Actor.System, "a", "c")));

        Assert.Contains("belongs to record T-2, not T-1", ex.Message, StringComparison.Ordinal);
        AssertUnchanged(ticket, journalBefore, title: "a", version: 1, applied: 1);
        Assert.Single(ticket.UncommittedEvents);
    }

    [Fact]
    public void Raise_Null_ThrowsArgumentNull()
    {
        Ticket ticket = Ticket.Open("T-1", "a");

        Assert.Throws<ArgumentNullException>(() => ticket.RaiseRaw(null!));
        Assert.Equal(1, ticket.Version);
    }

    [Fact]
    public void Replay_EmptyHistory_ThrowsArgument()
    {
        var ex = Assert.Throws<ArgumentException>(() => Ticket.Rebuild([]));

        Assert.Equal("history", ex.ParamName);
        Assert.Contains("no events", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Replay_NullHistory_ThrowsArgumentNull()
    {
        Assert.Equal("history", Assert.Throws<ArgumentNullException>(() => Ticket.Rebuild(null!)).ParamName);
    }

    [Fact]
    public void Replay_NullEvent_ThrowsArgumentNull()
    {
        Assert.Throws<ArgumentNullException>(() => Ticket.Rebuild([new TicketOpened("T-1", 1, Ticket.T0, Actor.System, "a"), null!]));
    }

    [Fact]
    public void Replay_HistoryNotStartingAtOne_ThrowsArgument()
    {
        var ex = Assert.Throws<ArgumentException>(() => Ticket.Rebuild([new TicketOpened("T-1", 2, Ticket.T0, Actor.System, "a")]));

        Assert.Contains("has version 2; version 1 was expected", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Replay_OutOfOrderHistory_ThrowsArgument()
    {
        TicketEvent[] history = SavedTicketWithThreeEvents().UncommittedEvents.ToArray();

        var ex = Assert.Throws<ArgumentException>(() => Ticket.Rebuild([history[0], history[2], history[1]]));

        Assert.Contains("has version 3; version 2 was expected", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Replay_ForeignEventInHistory_ThrowsArgument()
    {
        TicketEvent[] history =
        [
            new TicketOpened("T-1", 1, Ticket.T0, Actor.System, "a"),
            new TicketRenamed("T-2", 2, Ticket.T0, Actor.System, "a", "b"),
        ];

        var ex = Assert.Throws<ArgumentException>(() => Ticket.Rebuild(history));

        Assert.Contains("belongs to record T-2, not T-1", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Replay_OnAggregateWithEvents_ThrowsInvalidOperation()
    {
        Ticket ticket = Ticket.Open("T-1", "a");

        Assert.Throws<InvalidOperationException>(() => ticket.ReplayRaw([new TicketOpened("T-1", 1, Ticket.T0, Actor.System, "a")]));
        Assert.Equal(1, ticket.Version);
        Assert.Single(ticket.Journal);
    }

    [Fact]
    public void Journal_EventAt_IsKeptInTheEntry()
    {
        Instant at = Instant.FromUtc(2027, 1, 2, 3, 4, 5);

        Ticket ticket = Ticket.Open("T-1", "a", at);

        Assert.Equal(at, ticket.Journal[0].At);
        Assert.Equal(Ticket.Alice, ticket.Journal[0].Actor);
    }

    private static void AssertUnchanged(Ticket ticket, IReadOnlyList<JournalEntry> journalBefore, string title, long version, int applied)
    {
        Assert.Equal(version, ticket.Version);
        Assert.Equal(title, ticket.Title);
        Assert.Equal(applied, ticket.Applied);
        Assert.Equal(journalBefore, ticket.Journal);
    }
}
