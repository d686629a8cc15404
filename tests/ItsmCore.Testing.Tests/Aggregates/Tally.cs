using System;
using System.Collections.Generic;
using System.Globalization;
using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Testing.Tests.Aggregates;

/// <summary>
/// A small aggregate with two deliberate bugs the aggregate checks must catch: <see cref="AddAndLabel"/> sets
/// <see cref="Label"/> outside the event (a rebuild loses it), and <see cref="SubtractBadly"/> changes state before it
/// refuses.
/// </summary>
internal sealed class Tally : EventSourcedAggregate<TallyEvent>
{
    public static readonly Instant T0 = Instant.FromUtc(2026, 4, 1, 9, 0);

    private Tally()
    {
    }

    public string Id { get; private set; } = string.Empty;

    public int Total { get; private set; }

    public string? Label { get; private set; }

    public IReadOnlyList<int> Steps => steps;

    private readonly List<int> steps = new();

    public static Tally Create(string id)
    {
        var tally = new Tally();
        tally.Raise(new TallyCreated(id, 1, T0, Actor.System));
        return tally;
    }

    public static Tally Rebuild(IEnumerable<TallyEvent> history)
    {
        var tally = new Tally();
        tally.Replay(history);
        return tally;
    }

    /// <summary>Adds; refuses (coded) a total above 100, changing nothing.</summary>
    public void Add(int by)
    {
        if (Total + by > 100)
        {
            throw new DomainRuleException("Tally", Id, "add", new Refusal("Tally.Total.TooLarge", "the total would pass 100"));
        }

        Raise(new TallyAdded(Id, Version + 1, LastEventAt + Duration.FromMinutes(1), Actor.System, by));
    }

    /// <summary>Bug: the label is not part of any event.</summary>
    public void AddAndLabel(int by, string label)
    {
        Add(by);
        Label = label;
    }

    /// <summary>Bug: changes the total, then refuses.</summary>
    public void SubtractBadly(int by)
    {
        Total -= by;
        throw new DomainRuleException("Tally", Id, "subtract", new Refusal("Tally.Total.Refused", "subtraction is not allowed"));
    }

    protected override void When(TallyEvent domainEvent)
    {
        switch (domainEvent)
        {
            case TallyCreated created:
                Id = created.RecordId;
                break;
            case TallyAdded added:
                Total += added.By;
                steps.Add(added.By);
                break;
            default:
                throw new ArgumentException("Unknown event.", nameof(domainEvent));
        }
    }
}

internal abstract record TallyEvent(string RecordId, long Version, Instant At, Actor Actor) : IDomainEvent
{
    public abstract JournalEntry ToJournalEntry();
}

internal sealed record TallyCreated(string RecordId, long Version, Instant At, Actor Actor) : TallyEvent(RecordId, Version, At, Actor)
{
    public override JournalEntry ToJournalEntry() => new(Version, At, Actor, "Created", []);
}

internal sealed record TallyAdded(string RecordId, long Version, Instant At, Actor Actor, int By) : TallyEvent(RecordId, Version, At, Actor)
{
    public override JournalEntry ToJournalEntry() => new(Version, At, Actor, "Added", [new FieldChange("By", null, By.ToString(CultureInfo.InvariantCulture))]);
}
