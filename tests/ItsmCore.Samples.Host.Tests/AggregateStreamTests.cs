using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using ItsmCore.Changes;
using ItsmCore.Cmdb;
using ItsmCore.Incidents;
using ItsmCore.Primitives;
using ItsmCore.Problems;
using ItsmCore.Samples.Host.Changes;
using ItsmCore.Samples.Host.Cmdb;
using ItsmCore.Samples.Host.Incidents;
using ItsmCore.Samples.Host.Problems;
using ItsmCore.Samples.Host.Storage;
using ItsmCore.Samples.Host.Streams;
using ItsmCore.Testing;
using NodaTime;

namespace ItsmCore.Samples.Host.Tests;

/// <summary>
/// Problems, configuration items and changes as event streams through the one <see cref="AggregateStore{TAggregate, TEvent}"/>
/// mechanism, on every store (SQLite always, PostgreSQL when configured): each codec over every event type of its
/// aggregate (enumerated by reflection, so a new event type without a round trip fails), fuzzed, and each store's
/// save, load (rebuilt equal to the live aggregate), optimistic concurrency and unreadable rows.
/// </summary>
public sealed partial class AggregateStreamTests
{
    public static TheoryData<string> Aggregates => new() { "problem", "ci", "change", "incident" };

    public static TheoryData<string, string> KindsAndAggregates
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (string kind in TestStores.Kinds)
            {
                foreach (string aggregate in new[] { "problem", "ci", "change" })
                {
                    data.Add(kind, aggregate);
                }
            }

            return data;
        }
    }

    private static string[] ConcreteEventTypes<TEvent>() =>
        typeof(TEvent).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(TEvent)) && !t.IsAbstract).Select(t => t.Name).Order(StringComparer.Ordinal).ToArray();

    private static StoredEvent Stored(string stream, IDomainEvent e, NewEvent row) => new(stream, e.Version, row.Type, row.SchemaVersion, row.Data);

    private static void RoundTripsEveryType<TEvent>(EventCodec<TEvent> codec, IReadOnlyList<TEvent> events)
        where TEvent : class, IDomainEvent
    {
        Assert.Equal(ConcreteEventTypes<TEvent>(), events.Select(e => e.GetType().Name).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(ConcreteEventTypes<TEvent>(), codec.EventTypes.Select(t => t.Name).Order(StringComparer.Ordinal));
        foreach (TEvent e in events)
        {
            NewEvent row = codec.Write(e);
            Assert.Equal(codec.TypePrefix + e.GetType().Name, row.Type);
            TEvent read = codec.Read(Stored("s-" + e.RecordId, e, row));
            Assert.Equal(e, read);
            Assert.Equal(e.ToJournalEntry(), read.ToJournalEntry());
            Assert.Equal(row.Data, codec.Write(read).Data);
        }
    }

    [Fact]
    public void ProblemCodec_EveryProblemEventType_ReadBackEqualAndWrittenAgainToTheSameText() =>
        RoundTripsEveryType(ProblemEventJson.Codec, AggregateHistories.ProblemEvents());

    [Fact]
    public void ConfigurationItemCodec_EveryItemEventType_ReadBackEqualAndWrittenAgainToTheSameText() =>
        RoundTripsEveryType(ConfigurationItemEventJson.Codec, AggregateHistories.ItemEvents());

    [Fact]
    public void ChangeCodec_EveryChangeEventTypeAndATemplateOnTheDelegatedTrack_ReadBackEqualAndWrittenAgainToTheSameText() =>
        RoundTripsEveryType(ChangeEventJson.Codec, [.. AggregateHistories.ChangeEvents(), AggregateHistories.SubmittedFromTemplate()]);

    [GeneratedRegex(@"\) at (\$.*?): ", RegexOptions.Singleline)]
    private static partial Regex PathPattern();

    private static (int Accepted, int Rejected) Fuzz<TEvent>(EventCodec<TEvent> codec, IReadOnlyList<TEvent> events, int perType)
        where TEvent : class, IDomainEvent
    {
        int accepted = 0;
        int rejected = 0;
        foreach (IGrouping<Type, TEvent> group in events.GroupBy(e => e.GetType()))
        {
            TEvent first = group.First();
            NewEvent row = codec.Write(first);
            StoredEvent At(string data) => new("s-" + first.RecordId, first.Version, row.Type, row.SchemaVersion, data);
            (int a, int r) = JsonFuzz.Run<TEvent, InvalidDataException>(
                [row.Data],
                data => codec.Read(At(data)),
                ex => PathPattern().Match(ex.Message) is { Success: true } m ? m.Groups[1].Value : "(no path in: " + ex.Message + ")",
                e => codec.Read(At(codec.Write(e).Data)),
                perType,
                codec.TypePrefix + group.Key.Name);
            accepted += a;
            rejected += r;
        }

        return (accepted, rejected);
    }

    [Theory, MemberData(nameof(Aggregates))]
    public void EventCodec_MutatedRowsOfEveryEventType_RejectedNamingAPathOrRoundTripEqual(string aggregate)
    {
        (int accepted, int rejected) = aggregate switch
        {
            "problem" => Fuzz(ProblemEventJson.Codec, AggregateHistories.ProblemEvents(), 150),
            "ci" => Fuzz(ConfigurationItemEventJson.Codec, AggregateHistories.ItemEvents(), 200),
            "change" => Fuzz(ChangeEventJson.Codec, AggregateHistories.ChangeEvents(), 150),
            _ => Fuzz(IncidentEventJson.Codec, IncidentStreamTests.DayInMemory(), 100),
        };

        Assert.True(accepted > 0 && rejected > accepted, $"{accepted} accepted, {rejected} rejected");
    }

    [Theory]
    [InlineData("\"percentage\":75.5", "\"percentage\":175.5", "at $.record.quorum: ", "[0, 100]")]
    [InlineData("\"percentage\":75.5", "\"percentage\":75.5,\"count\":2", "at $.record.quorum: ", "exactly one of count, percentage")]
    [InlineData("\"slots\":{\"number\":24}", "\"slots\":{\"number\":\"24\"}", "at $.record.attributes.slots: ", "decimal number")]
    [InlineData("\"name\":\"Tape unit A\"", "\"name\":\" Tape unit A\"", "at $.record: ", "Name")]
    public void ConfigurationItemCodec_DamagedRow_InvalidDataNamingStreamVersionPathAndReason(string from, string to, string path, string reason)
    {
        ConfigurationItemEvent e = AggregateHistories.ItemEvents().OfType<ConfigurationItemGroupDeclared>().First();
        AssertDamagedRowRefused(ConfigurationItemEventJson.Codec, e, "ci-tape-1", from, to, path, reason);
    }

    private static void AssertDamagedRowRefused<TEvent>(EventCodec<TEvent> codec, TEvent e, string stream, string from, string to, string path, string reason)
        where TEvent : class, IDomainEvent
    {
        NewEvent row = codec.Write(e);
        Assert.Contains(from, row.Data, StringComparison.Ordinal);

        InvalidDataException ex = Assert.Throws<InvalidDataException>(() => codec.Read(Stored(stream, e, row with { Data = row.Data.Replace(from, to, StringComparison.Ordinal) })));

        Assert.StartsWith($"Stream '{stream}' version {e.Version} ({row.Type}) {path}", ex.Message, StringComparison.Ordinal);
        Assert.Contains(reason, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"steps\":[{\"name\":\"Staging approval\"", "\"steps\":[{\"name\":\"Final approval\"", "at $.policy: ", "twice")]
    [InlineData("\"quorum\":{\"count\":1}", "\"quorum\":{\"count\":3}", "at $.policy.steps[0]: ", "exceeds")]
    [InlineData("\"level\":{\"rank\":", "\"level\":{\"rang\":", "at $.assessment.level.rang: ", "could not be mapped")]
    public void ChangeCodec_DamagedRiskAssessment_InvalidDataNamingStreamVersionPathAndReason(string from, string to, string path, string reason)
    {
        ChangeEvent e = AggregateHistories.ChangeEvents().OfType<ChangeRiskAssessed>().First(a => a.Change.Value == "CHG-2");
        AssertDamagedRowRefused(ChangeEventJson.Codec, e, "change-CHG-2", from, to, path, reason);
    }

    /// <summary>One aggregate kind's store operations, so the store tests are written once.</summary>
    private sealed record Subject(
        string StreamPrefix,
        Func<IHostStore, object> CreateStore,
        Func<object, string, Task<object?>> Find,
        Func<object, object, Task> Save,
        Func<(object Live, IReadOnlyList<Action<object>> Steps)> History,
        Func<object, string> Describe,
        Action<object> RebuildEqualsLive,
        Func<object, string, Task<IReadOnlyList<IDomainEvent>>> StoredEvents,
        Func<object, string> IdOf,
        Func<object, IReadOnlyList<IDomainEvent>> Uncommitted);

    private static Subject Of<TAggregate, TEvent>(
        string prefix,
        Func<IHostStore, AggregateStore<TAggregate, TEvent>> create,
        Func<AggregateStore<TAggregate, TEvent>, string, Task<TAggregate?>> find,
        Func<AggregateStore<TAggregate, TEvent>, TAggregate, Task> save,
        Func<(TAggregate Live, IReadOnlyList<Action<TAggregate>> Steps)> history,
        Func<IReadOnlyList<TEvent>, TAggregate> rebuild,
        Func<TAggregate, string> idOf)
        where TAggregate : EventSourcedAggregate<TEvent>
        where TEvent : class, IDomainEvent =>
        new(
            prefix,
            create,
            async (s, id) => await find((AggregateStore<TAggregate, TEvent>)s, id),
            (s, a) => save((AggregateStore<TAggregate, TEvent>)s, (TAggregate)a),
            () =>
            {
                (TAggregate live, IReadOnlyList<Action<TAggregate>> steps) = history();
                return (live, steps.Select(step => (Action<object>)(a => step((TAggregate)a))).ToArray());
            },
            a => AggregateState.Describe((TAggregate)a),
            a => AggregateAssert.RebuildEqualsLive<TAggregate, TEvent>((TAggregate)a, rebuild, ((TAggregate)a).UncommittedEvents),
            async (s, id) => (await ((AggregateStore<TAggregate, TEvent>)s).ReadEventsAsync(id)).Cast<IDomainEvent>().ToArray(),
            a => idOf((TAggregate)a),
            a => ((TAggregate)a).UncommittedEvents.Cast<IDomainEvent>().ToArray());

    private static Subject SubjectOf(string aggregate) => aggregate switch
    {
        "problem" => Of<Problem, ProblemEvent>(ProblemStore.StreamPrefix, s => new ProblemStore(s, ProblemRules.Default), (s, id) => ((ProblemStore)s).FindAsync(new ProblemId(id)),
            (s, a) => ((ProblemStore)s).SaveAsync(a), () => AggregateHistories.Problem(), h => Problem.Rebuild(h, ProblemRules.Default), p => p.Id.Value),
        "ci" => Of<ConfigurationItem, ConfigurationItemEvent>(ConfigurationItemStore.StreamPrefix, s => new ConfigurationItemStore(s, AggregateHistories.CmdbRules),
            (s, id) => ((ConfigurationItemStore)s).FindAsync(new ConfigurationItemId(id)), (s, a) => ((ConfigurationItemStore)s).SaveAsync(a), () => AggregateHistories.Item(),
            h => ConfigurationItem.Rebuild(h, AggregateHistories.CmdbRules), i => i.Id.Value),
        _ => Of<ChangeRequest, ChangeEvent>(ChangeRequestStore.StreamPrefix, s => new ChangeRequestStore(s, HostChangeRules.Rules), (s, id) => ((ChangeRequestStore)s).FindAsync(new ChangeId(id)),
            (s, a) => ((ChangeRequestStore)s).SaveAsync(a), () => AggregateHistories.EmergencyChange(), h => ChangeRequest.Rebuild(h, HostChangeRules.Rules), c => c.Id.Value),
    };

    [Theory, MemberData(nameof(KindsAndAggregates))]
    public async Task SaveFind_HistorySavedAfterEveryStep_LoadedAggregateRebuildsEqualToTheLiveOne(string kind, string aggregate)
    {
        Subject subject = SubjectOf(aggregate);
        IHostStore host = await TestStores.CreateAsync(kind);
        object store = subject.CreateStore(host);
        (object live, IReadOnlyList<Action<object>> steps) = subject.History();
        // A second live copy keeps every event uncommitted: the whole history, to rebuild from.
        (object whole, IReadOnlyList<Action<object>> wholeSteps) = subject.History();
        string id = subject.IdOf(live);
        Assert.Null(await subject.Find(store, id));

        await subject.Save(store, live);
        for (int i = 0; i < steps.Count; i++)
        {
            object loaded = (await subject.Find(store, id))!;
            steps[i](loaded);
            wholeSteps[i](whole);
            await subject.Save(store, loaded);
            await subject.Save(store, loaded); // nothing uncommitted: nothing written
        }

        object found = (await subject.Find(store, id))!;
        subject.RebuildEqualsLive(whole);
        Assert.Equal(subject.Describe(whole), subject.Describe(found));
        IReadOnlyList<IDomainEvent> stored = await subject.StoredEvents(store, id);
        Assert.Equal(subject.Uncommitted(whole), stored);
        Assert.Equal(Enumerable.Range(1, stored.Count).Select(v => (long)v), stored.Select(e => e.Version));
        Assert.Equal([subject.StreamPrefix + id], await host.ListStreamsAsync(subject.StreamPrefix));
    }

    [Theory, MemberData(nameof(KindsAndAggregates))]
    public async Task Save_TwoWritersFromOneVersion_TheStaleOneConflictsAndNothingOfItIsWritten(string kind, string aggregate)
    {
        Subject subject = SubjectOf(aggregate);
        IHostStore host = await TestStores.CreateAsync(kind);
        object first = subject.CreateStore(host);
        object second = subject.CreateStore(host);
        (object live, IReadOnlyList<Action<object>> steps) = subject.History();
        string id = subject.IdOf(live);
        await subject.Save(first, live);
        long v = (await subject.StoredEvents(first, id)).Count;

        object a = (await subject.Find(first, id))!;
        object b = (await subject.Find(second, id))!;
        steps[0](a);
        steps[0](b);
        steps[1](b);
        await subject.Save(first, a);
        ConcurrencyConflictException stale = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => subject.Save(second, b));

        Assert.Equal((id, v, v + 1), (stale.RecordId, stale.ExpectedVersion, stale.ActualVersion));
        Assert.Equal(v + 1, (await subject.StoredEvents(first, id)).Count);
        // Retried on the newer version, the second writer's command is stored.
        object retried = (await subject.Find(second, id))!;
        steps[1](retried);
        await subject.Save(second, retried);
        Assert.Equal(v + 2, (await subject.StoredEvents(first, id)).Count);
    }

    /// <summary>A fresh store holding the subject's recorded aggregate, and its rows.</summary>
    private static async Task<(Subject Subject, IHostStore Host, object Store, string Id, IReadOnlyList<StoredEvent> Rows)> SavedRecordAsync(string kind, string aggregate)
    {
        Subject subject = SubjectOf(aggregate);
        IHostStore host = await TestStores.CreateAsync(kind);
        object store = subject.CreateStore(host);
        (object live, _) = subject.History();
        string id = subject.IdOf(live);
        await subject.Save(store, live);
        return (subject, host, store, id, await host.ReadStreamAsync(subject.StreamPrefix + id));
    }

    [Theory, MemberData(nameof(KindsAndAggregates))]
    public async Task Find_UnreadableRow_InvalidDataNamingStreamVersionAndPath(string kind, string aggregate)
    {
        (Subject subject, IHostStore host, object store, string id, IReadOnlyList<StoredEvent> rows) = await SavedRecordAsync(kind, aggregate);
        StoredEvent last = rows[^1];
        int next = rows.Count + 1;
        // The last event again as the next version, its actor without an id.
        await host.AppendAsync(subject.StreamPrefix + id, rows.Count, [new NewEvent(last.Type, last.SchemaVersion, last.Data.Replace($"\"version\":{rows.Count}", $"\"version\":{next}", StringComparison.Ordinal)
            .Replace("\"actor\":{\"id\":", "\"actor\":{\"nid\":", StringComparison.Ordinal))]);

        InvalidDataException ex = await Assert.ThrowsAsync<InvalidDataException>(() => subject.Find(store, id));

        Assert.StartsWith($"Stream '{subject.StreamPrefix}{id}' version {next} ({last.Type}) at $.actor: ", ex.Message, StringComparison.Ordinal);
        Assert.Contains("unknown member 'nid'", ex.Message, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(KindsAndAggregates))]
    public async Task Find_EventsThatDoNotRebuild_InvalidDataNamingTheStream(string kind, string aggregate)
    {
        (Subject subject, IHostStore host, object store, string id, IReadOnlyList<StoredEvent> rows) = await SavedRecordAsync(kind, aggregate);
        StoredEvent first = rows[0];
        // The recording event again as the next version: readable, but no aggregate is recorded twice.
        await host.AppendAsync(subject.StreamPrefix + id, rows.Count, [new NewEvent(first.Type, first.SchemaVersion, first.Data.Replace("\"version\":1,", $"\"version\":{rows.Count + 1},", StringComparison.Ordinal))]);

        InvalidDataException ex = await Assert.ThrowsAsync<InvalidDataException>(() => subject.Find(store, id));

        Assert.StartsWith($"Stream '{subject.StreamPrefix}{id}': the events do not rebuild a ", ex.Message, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Kinds))]
    public async Task SaveBatch_OneItemStale_NothingOfTheBatchIsStored(string kind)
    {
        IHostStore host = await TestStores.CreateAsync(kind);
        var store = new ConfigurationItemStore(host, AggregateHistories.CmdbRules);
        (ConfigurationItem one, IReadOnlyList<Action<ConfigurationItem>> steps) = AggregateHistories.Item("tape-1");
        await store.SaveAsync(one);
        ConfigurationItem stale = (await store.FindAsync(one.Id))!;
        ConfigurationItem fresh = (await store.FindAsync(one.Id))!;
        steps[0](fresh);
        await store.SaveAsync(fresh);
        steps[0](stale);
        (ConfigurationItem two, _) = AggregateHistories.Item("tape-2");

        ConcurrencyConflictException ex = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => store.SaveBatchAsync([two, stale]));

        Assert.Equal(("tape-1", 1L, 2L), (ex.RecordId, ex.ExpectedVersion, ex.ActualVersion));
        Assert.Null(await store.FindAsync(two.Id));
        Assert.Equal(0, two.PersistedVersion);
        await Assert.ThrowsAsync<ArgumentException>(() => store.SaveBatchAsync([two, two]));
        await store.SaveBatchAsync([two]);
        Assert.Equal(["tape-1", "tape-2"], await store.ListIdsAsync());
    }

    public static TheoryData<string> Kinds => TestStores.Kinds;
}

/// <summary>The rollback decision of a failed change, an SLA clock with a timer like an incident's.</summary>
public sealed class ChangeTimerTests
{
    public static TheoryData<string> Kinds => TestStores.Kinds;

    private sealed class ListSink : Timers.INotificationSink
    {
        public List<OutboxMessage> Published { get; } = [];

        public Task PublishAsync(OutboxMessage message, System.Threading.CancellationToken cancellationToken)
        {
            Published.Add(message);
            return Task.CompletedTask;
        }
    }

    [Theory, MemberData(nameof(Kinds))]
    public async Task RunDue_FailedChangeNotRolledBackInFiveMinutes_OverdueDecisionRecordedOnceAtItsInstantThenTheTimerIsRemoved(string kind)
    {
        IHostStore store = await TestStores.CreateAsync(kind);
        var signal = new Timers.TimerSignal();
        var changes = new ChangeRequestStore(store, HostChangeRules.Rules, signal);
        (ChangeRequest change, IReadOnlyList<Action<ChangeRequest>> steps) = AggregateHistories.EmergencyChange();
        for (int i = 0; i < 5; i++)
        {
            steps[i](change);
        }

        await changes.SaveAsync(change);
        Instant failed = change.LastEventAt;
        Instant due = failed + HostChangeRules.Rules.RollbackDecisionWithin;
        Assert.Equal(due + Duration.Epsilon, (await store.ReadTimerAsync("change:CHG-2"))!.Value.WakeAt);
        var clock = new NodaTime.Testing.FakeClock(due);
        var sink = new ListSink();
        var worker = new Timers.SlaTimerWorker(store, new Timers.SlaClockStore(store, SampleCalendars.Catalog, signal), clock, signal, sink,
            new Timers.TimerWorkerOptions { Owner = "w", LeaseFor = Duration.FromSeconds(2) }, Microsoft.Extensions.Logging.Abstractions.NullLogger<Timers.SlaTimerWorker>.Instance, changes: changes);

        await worker.RunDueAsync();
        Assert.Empty(sink.Published);
        clock.Reset(due + Duration.FromMinutes(3));
        await worker.RunDueAsync();
        await worker.RunDueAsync();

        OutboxMessage overdue = Assert.Single(sink.Published);
        Assert.Equal(("CHG-2/rollback-decision/1/breach/100", due + Duration.Epsilon), (overdue.DedupKey, overdue.At));
        Assert.Null((await store.ReadTimerAsync("change:CHG-2"))!.Value.WakeAt);

        // Rolled back late: the clock stops with its breach behind it, so the save arms the timer at the last event (a
        // worker records what fell due if none did); this one did, so the outbox key makes it a no-op and the timer goes.
        ChangeRequest loaded = (await changes.FindAsync(change.Id))!;
        steps[5](loaded);
        await changes.SaveAsync(loaded);
        Assert.Equal(loaded.LastEventAt, (await store.ReadTimerAsync("change:CHG-2"))!.Value.WakeAt);
        clock.Reset(Instant.Max(clock.GetCurrentInstant(), loaded.LastEventAt));
        await worker.RunDueAsync();
        await worker.RunDueAsync();
        Assert.Single(sink.Published);
        Assert.Single(await store.AllMessagesAsync());
        Assert.Null((await store.ReadTimerAsync("change:CHG-2"))!.Value.WakeAt);
        Assert.Equal(1, (await changes.RebuildTimersAsync()).Records);
        Assert.Null(await store.NextWakeAsync());
    }
}

/// <summary>The scripted day's problem, change and configuration item, read back from the store.</summary>
public sealed class ScriptedDayRecordsTests
{
    public static TheoryData<string> Kinds => TestStores.Kinds;

    [Theory, MemberData(nameof(Kinds))]
    public async Task ScriptedDay_CaseTwo_TheEmergencyChangeTheInterfaceAndTheProblemAreStoredStreams(string kind)
    {
        IHostStore store = await TestStores.CreateAsync(kind);
        var output = new StringWriter();

        await ScriptedDay.RunAsync(store, output);

        ChangeRequest change = (await new ChangeRequestStore(store, HostChangeRules.Rules).FindAsync(ScriptedDay.ChangeId))!;
        Assert.Equal((ChangeStatus.Implemented, ChangeType.Emergency, "ecab"), (change.Status, change.Type, change.ChangeAuthority));
        Assert.Equal(["Staging approval"], change.SkippedApprovalSteps);
        Assert.Equal([ScriptedDay.Id], change.Incidents);
        ConfigurationItem item = (await new ConfigurationItemStore(store, AggregateHistories.CmdbRules).FindAsync(ScriptedDay.InterfaceId))!;
        Assert.Equal(("2.4.1", ScriptedDay.ChangeId.Value), (item.Current.Version, item.Journal[^1].Reason));
        Problem problem = (await new ProblemStore(store, ProblemRules.Default).FindAsync(ScriptedDay.ProblemId))!;
        Assert.Equal((ProblemStatus.UnderInvestigation, ScriptedDay.Id, ScriptedDay.InterfaceId), (problem.Status, Assert.Single(problem.LinkedIncidents), Assert.Single(problem.AffectedConfigurationItems)));
        string[] lines = output.ToString().TrimEnd().Split('\n');
        Assert.StartsWith("INC-20261120-0042: Closed, 26 events in stream 'incident-INC-20261120-0042', 5 notifications", lines[^1], StringComparison.Ordinal);
        Assert.Contains("17:00  the emergency board authorizes the change", output.ToString(), StringComparison.Ordinal);
    }
}
