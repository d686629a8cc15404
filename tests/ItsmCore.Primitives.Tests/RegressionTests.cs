using System;
using System.Collections.Generic;
using System.Linq;
using ItsmCore.Primitives.Tests.Support;
using NodaTime;

namespace ItsmCore.Primitives.Tests;

/// <summary>Regressions found by the first review of the kernel; each test is named after the bug.</summary>
public sealed class RegressionTests
{
    [Fact]
    public void UncommittedEvents_HeldByCallerAcrossMarkCommitted_KeepItsEvents()
    {
        Ticket ticket = Ticket.Open("T-1", "Printer");
        ticket.Rename("Printer on floor 2");
        IReadOnlyList<TicketEvent> held = ticket.UncommittedEvents;

        ticket.MarkCommitted(ticket.Version);

        Assert.Equal(2, held.Count);
        Assert.Empty(ticket.UncommittedEvents);
    }

    [Fact]
    public void Journal_CastToList_CannotBeChanged()
    {
        Ticket ticket = Ticket.Open("T-1", "Printer");

        Assert.False(ticket.Journal is List<JournalEntry>);
        Assert.Throws<NotSupportedException>(() => ((IList<JournalEntry>)ticket.Journal).Clear());
    }

    [Fact]
    public void JournalEntryChanges_CastToList_CannotBeChanged()
    {
        var entry = new JournalEntry(1, Instant.FromUtc(2026, 1, 1, 0, 0), Actor.System, "Recorded", [new FieldChange("Title", null, "x")]);

        Assert.Throws<NotSupportedException>(() => ((IList<FieldChange>)entry.Changes)[0] = new FieldChange("Title", null, "y"));
    }

    [Fact]
    public void GuidIdGenerator_PrefixWithInnerSpace_Throws()
    {
        ArgumentException ex = Assert.Throws<ArgumentException>(() => GuidIdGenerator.Instance.NewId("IN C"));

        Assert.Equal("prefix", ex.ParamName);
    }

    [Fact]
    public void LifecycleFire_UndefinedState_ThrowsArgumentNotFinalStateMessage()
    {
        ArgumentException ex = Assert.Throws<ArgumentException>(() => Ticket.Lifecycle.Fire((TicketState)99, Ticket.Lifecycle.Transitions[0].Trigger, "T-1"));

        Assert.Equal("from", ex.ParamName);
        Assert.DoesNotContain("final", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Raise_EventWhoseJournalEntryHasAnotherVersion_IsRefusedBeforeAnyChange()
    {
        Ticket ticket = Ticket.Open("T-1", "Printer");
        int applied = ticket.Applied;

        Assert.Throws<ArgumentException>(() => ticket.RaiseRaw(new MisjournaledEvent("T-1", 2, Ticket.T0, Actor.System)));

        Assert.Equal(1, ticket.Version);
        Assert.Equal(applied, ticket.Applied);
        Assert.Single(ticket.Journal);
        Assert.Single(ticket.UncommittedEvents);
    }

    [Fact]
    public void DomainRuleException_WithRefusal_NamesRecordCommandReasonAndCode()
    {
        var refusal = new Refusal("Incident.Escalation.NotFound", "there is no escalation #3", [new("escalation", "3")]);
        var ex = new DomainRuleException("Incident", "INC-1", "answer an escalation", refusal);

        Assert.Equal("Incident INC-1: cannot answer an escalation: there is no escalation #3 [Incident.Escalation.NotFound]", ex.Message);
        Assert.Equal("answer an escalation", ex.Attempted);
        Assert.Equal("there is no escalation #3", ex.Reason);
        Assert.Equal("Incident.Escalation.NotFound", ex.Code);
        Assert.Same(refusal, ex.Refusal);
        Assert.IsAssignableFrom<DomainException>(ex);
    }

    private sealed record MisjournaledEvent(string RecordId, long Version, Instant At, Actor Actor) : TicketEvent(RecordId, Version, At, Actor)
    {
        public override JournalEntry ToJournalEntry() => new(Version + 5, At, Actor, "Odd", []);
    }
}
