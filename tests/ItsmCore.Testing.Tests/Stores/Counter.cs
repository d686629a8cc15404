using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Testing.Tests.Stores;

/// <summary>A minimal event-sourced aggregate for the store and repository tests.</summary>
internal sealed class Counter : EventSourcedAggregate<CounterEvent>
{
    public static readonly Instant At = Instant.FromUtc(2026, 4, 1, 9, 0);

    private Counter()
    {
    }

    public string Id { get; private set; } = string.Empty;

    public int Value { get; private set; }

    public static Counter Create(string id)
    {
        var counter = new Counter();
        counter.Raise(new CounterCreated(id, 1, At, Actor.System));
        return counter;
    }

    public static Counter Rebuild(IEnumerable<CounterEvent> history)
    {
        var counter = new Counter();
        counter.Replay(history);
        return counter;
    }

    public void Increment(int by) => Raise(new CounterIncremented(Id, Version + 1, At + Duration.FromMinutes(Version), Actor.Of("alice"), by));

    protected override void When(CounterEvent domainEvent)
    {
        switch (domainEvent)
        {
            case CounterCreated created:
                Id = created.RecordId;
                break;
            case CounterIncremented incremented:
                Value += incremented.By;
                break;
            default:
                throw new ArgumentException("Unknown event.", nameof(domainEvent));
        }
    }
}

internal abstract record CounterEvent(string RecordId, long Version, Instant At, Actor Actor) : IDomainEvent
{
    public abstract JournalEntry ToJournalEntry();
}

internal sealed record CounterCreated(string RecordId, long Version, Instant At, Actor Actor)
    : CounterEvent(RecordId, Version, At, Actor)
{
    public override JournalEntry ToJournalEntry() => new(Version, At, Actor, "Created", []);
}

internal sealed record CounterIncremented(string RecordId, long Version, Instant At, Actor Actor, int By)
    : CounterEvent(RecordId, Version, At, Actor)
{
    public override JournalEntry ToJournalEntry() =>
        new(Version, At, Actor, "Incremented", [new FieldChange("By", null, By.ToString(CultureInfo.InvariantCulture))]);
}

/// <summary>How the lead's concrete repositories look: a small subclass implementing the aggregate's port.</summary>
internal sealed class InMemoryCounterRepository : InMemoryRepository<Counter, CounterEvent>
{
    public InMemoryCounterRepository(InMemoryEventStore<CounterEvent>? store = null)
        : base("Counter", Counter.Rebuild, counter => counter.Id, store)
    {
    }

    public Task<Counter?> FindAsync(string id, CancellationToken cancellationToken = default) => FindCoreAsync(id, cancellationToken);

    public Task SaveAsync(Counter counter, CancellationToken cancellationToken = default) => SaveCoreAsync(counter, cancellationToken);
}
