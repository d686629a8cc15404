using System;
using System.Collections.Generic;
using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Primitives.Tests.Support;

public enum TicketState
{
    New,
    Open,
    Resolved,
    Closed,
}

public enum TicketTrigger
{
    Open,
    Resolve,
    Reopen,
    Close,
}

/// <summary>A small event-sourced aggregate and lifecycle for the tests of the primitives.</summary>
internal sealed class Ticket : EventSourcedAggregate<TicketEvent>
{
    public static readonly Instant T0 = Instant.FromUtc(2026, 4, 1, 9, 0);

    public static readonly Actor Alice = Actor.Of("alice", "Alice Smith");

    public static Lifecycle<TicketState, TicketTrigger> Lifecycle { get; } =
        Lifecycle<TicketState, TicketTrigger>.CreateBuilder("Ticket", TicketState.New)
            .Permit(TicketState.New, TicketTrigger.Open, TicketState.Open)
            .Permit(TicketState.Open, TicketTrigger.Resolve, TicketState.Resolved, "resolution required")
            .Permit(TicketState.Resolved, TicketTrigger.Reopen, TicketState.Open)
            .Permit(TicketState.Resolved, TicketTrigger.Close, TicketState.Closed)
            .Build();

    public string Id { get; private set; } = string.Empty;

    public string Title { get; private set; } = string.Empty;

    public string? ClosedReason { get; private set; }

    public int Applied { get; private set; }

    public static Ticket Empty() => new();

    public static Ticket Open(string id, string title) => Open(id, title, T0);

    public static Ticket Open(string id, string title, Instant at)
    {
        var ticket = new Ticket();
        ticket.Raise(new TicketOpened(id, 1, at, Alice, title));
        return ticket;
    }

    public static Ticket Rebuild(IEnumerable<TicketEvent> history)
    {
        var ticket = new Ticket();
        ticket.Replay(history);
        return ticket;
    }

    public void Rename(string title) =>
        Raise(new TicketRenamed(Id, Version + 1, T0 + Duration.FromMinutes(Version), Actor.System, Title, title));

    public void Close(string reason) =>
        Raise(new TicketClosed(Id, Version + 1, T0 + Duration.FromMinutes(Version), Alice, reason));

    public void RaiseRaw(TicketEvent domainEvent) => Raise(domainEvent);

    public void ReplayRaw(IEnumerable<TicketEvent> history) => Replay(history);

    protected override void When(TicketEvent domainEvent)
    {
        Applied++;
        switch (domainEvent)
        {
            case TicketOpened opened:
                Id = opened.RecordId;
                Title = opened.Title;
                break;
            case TicketRenamed renamed:
                Title = renamed.To;
                break;
            case TicketClosed closed:
                ClosedReason = closed.Reason;
                break;
            default:
                throw new ArgumentException("Unknown event.", nameof(domainEvent));
        }
    }
}

internal abstract record TicketEvent(string RecordId, long Version, Instant At, Actor Actor) : IDomainEvent
{
    public abstract JournalEntry ToJournalEntry();
}

internal sealed record TicketOpened(string RecordId, long Version, Instant At, Actor Actor, string Title)
    : TicketEvent(RecordId, Version, At, Actor)
{
    public override JournalEntry ToJournalEntry() => new(Version, At, Actor, "Opened", [new FieldChange("Title", null, Title)]);
}

internal sealed record TicketRenamed(string RecordId, long Version, Instant At, Actor Actor, string From, string To)
    : TicketEvent(RecordId, Version, At, Actor)
{
    public override JournalEntry ToJournalEntry() => new(Version, At, Actor, "Renamed", [new FieldChange("Title", From, To)]);
}

internal sealed record TicketClosed(string RecordId, long Version, Instant At, Actor Actor, string Reason)
    : TicketEvent(RecordId, Version, At, Actor)
{
    public override JournalEntry ToJournalEntry() => new(Version, At, Actor, "Closed", [], Reason);
}
