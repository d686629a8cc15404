using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using ItsmCore.Changes;
using ItsmCore.Primitives;
using ItsmCore.Samples.Host.Cmdb;
using ItsmCore.Samples.Host.Storage;
using ItsmCore.Samples.Host.Streams;
using ItsmCore.Samples.Host.Timers;
using ItsmCore.Sla;
using NodaTime;

namespace ItsmCore.Samples.Host.Changes;

/// <summary>
/// Change requests as event streams in the host store (<c>change-{id}</c>, one <see cref="ChangeEventJson"/> row per
/// <see cref="ChangeEvent"/>, type names <c>change.{EventName}</c>) with optimistic concurrency: the
/// <see cref="IChangeRequestRepository"/> of the host. A failed change's rollback decision is an SLA clock
/// (<see cref="ChangeRequest.RollbackDecisionClock"/>); it gets one timer (<c>change:{id}</c>) armed at the clock's
/// next change after every save, so the worker records the overdue decision (a breach, key
/// <c>{change}/rollback-decision/1/breach/100</c>) with its real instant. Thread-safe.
/// </summary>
public sealed class ChangeRequestStore : TimedAggregateStore<ChangeRequest, ChangeEvent>, IChangeRequestRepository
{
    /// <summary>The prefix of change stream ids.</summary>
    public const string StreamPrefix = "change-";

    /// <summary>The prefix of change timer keys.</summary>
    public const string TimerPrefix = "change:";

    private const string ClockName = "rollback-decision";

    /// <summary>Creates the store.</summary>
    /// <param name="store">The host store.</param>
    /// <param name="rules">The rules changes are rebuilt with (for later commands; the history does not depend on them).</param>
    /// <param name="signal">Woken when a timer is armed; null for a store whose changes nobody waits for.</param>
    public ChangeRequestStore(IHostStore store, ChangeRules rules, TimerSignal? signal = null)
        : base(store, ChangeRequest.RecordTypeName, StreamPrefix, TimerPrefix, ChangeEventJson.Codec, events => ChangeRequest.Rebuild(events, rules), signal ?? new TimerSignal()) =>
        ArgumentNullException.ThrowIfNull(rules);

    /// <inheritdoc/>
    /// <exception cref="System.IO.InvalidDataException">A stored row cannot be read, or the events do not rebuild a change.</exception>
    public Task<ChangeRequest?> FindAsync(ChangeId id, CancellationToken cancellationToken = default) => LoadAsync(id.Value, cancellationToken);

    /// <inheritdoc/>
    public Task SaveAsync(ChangeRequest change, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        return SaveAndArmAsync(change.Id.Value, change, cancellationToken);
    }

    /// <inheritdoc/>
    /// <remarks>Only a change that failed has the clock; it stops when the rollback decision is taken.</remarks>
    protected override Instant? NextWake(ChangeRequest aggregate, Instant at) => aggregate.RollbackDecisionClock?.NextChangeAt(at);

    /// <inheritdoc/>
    protected override IReadOnlyList<OutboxMessage> Facts(ChangeRequest aggregate, Instant at)
    {
        var messages = new List<OutboxMessage>();
        if (aggregate.RollbackDecisionClock is { } clock)
        {
            TimerFacts.Add(messages, aggregate.Id.Value, ClockName, clock, at);
        }

        return messages;
    }
}

/// <summary>
/// The stored form of <see cref="ChangeEvent"/>s (type names <c>change.{EventName}</c>): the shared converters of
/// <see cref="EventJson"/>, approval policies and steps rebuilt through their constructors (so their checks apply),
/// quorums as <c>{"count": n}</c> or <c>{"percentage": p}</c>, a template's lead time as
/// <c>{businessDays, calendarId, policy}</c>. Every event carries what its command took from the rules (the risk
/// assessment, the approval policy, the emergency board, the rollback-decision window, the template version and its
/// lead time), so the history reads the same under other rules. Thread-safe.
/// </summary>
internal static class ChangeEventJson
{
    /// <summary>The codec.</summary>
    public static EventCodec<ChangeEvent> Codec { get; } = new("change.", EventJson.CreateOptions(
        new EventJson.TextConverter<ServiceRequestId>(id => id.Value, s => new ServiceRequestId(s)),
        new ConfigurationItemEventJson.AttributeValueConverter(),
        new EventJson.RowConverter<ApprovalPolicy, PolicyRow>(p => new PolicyRow(p.Id, p.Steps.ToArray()), r => new ApprovalPolicy(r.Id, r.Steps)),
        new EventJson.RowConverter<ApprovalStep, StepRow>(s => new StepRow(s.Name, s.Approvers.ToArray(), s.Quorum), r => new ApprovalStep(r.Name, r.Approvers, r.Quorum)),
        new EventJson.RowConverter<LeadTime, LeadTimeRow>(LeadTimeRow.Of, r => r.ToLeadTime()),
        new EventJson.CountOrPercentageConverter<ApprovalQuorum>(ApprovalQuorum.Count, ApprovalQuorum.Percentage,
            q => q.Kind == ApprovalQuorumKind.Percentage ? (true, q.PercentageValue) : (false, q.CountValue))));

    private sealed record PolicyRow(string Id, ApprovalStep[] Steps);

    private sealed record StepRow(string Name, string[] Approvers, ApprovalQuorum Quorum);

    private sealed record LeadTimeRow(int BusinessDays, string CalendarId, string Policy)
    {
        public static LeadTimeRow Of(LeadTime t) => new(t.BusinessDays, t.CalendarId, t.Policy.Name);

        public LeadTime ToLeadTime() => LeadTime.OfBusinessDays(BusinessDays, CalendarId, Policy switch
        {
            "SameTimeOfDay" => LeadTimePolicy.SameTimeOfDay,
            "EndOfBusinessDay" => LeadTimePolicy.EndOfBusinessDay,
            _ => throw new JsonException($"unknown lead-time policy '{Policy}' (SameTimeOfDay, EndOfBusinessDay)"),
        });
    }
}
