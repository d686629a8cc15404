using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using ItsmCore.Samples.Host.Storage;
using ItsmCore.Sla;
using NodaTime;
using NodaTime.Text;

namespace ItsmCore.Samples.Host.Timers;

/// <summary>What a due timer produced: the notifications to record and the next wake-up (null: none).</summary>
/// <param name="NextWakeAt">The instant to re-arm the timer at, or null to remove it.</param>
/// <param name="Messages">The facts that fell due, each with its de-duplication key.</param>
public sealed record TimerFiring(Instant? NextWakeAt, IReadOnlyList<OutboxMessage> Messages);

/// <summary>
/// Records with timers in the due-timers table (SLA clock streams, incident streams): the worker hands each due timer
/// to the one that owns its key. Implementations are thread-safe.
/// </summary>
public interface ITimedRecords
{
    /// <summary>Whether the timer key belongs to these records.</summary>
    /// <param name="timerKey">The key.</param>
    /// <returns>True if this owns it.</returns>
    bool Owns(string timerKey);

    /// <summary>Loads the record and lists what fell due by <paramref name="wakeAt"/> (or its last event, if later).</summary>
    /// <param name="timerKey">The timer's key.</param>
    /// <param name="wakeAt">The instant the timer was armed for.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The firing; null when the record no longer exists (the timer is removed).</returns>
    /// <exception cref="System.IO.InvalidDataException">A stored row cannot be read; the message names the stream and version.</exception>
    Task<TimerFiring?> FireAsync(string timerKey, Instant wakeAt, CancellationToken cancellationToken);

    /// <summary>Start-up: gives every stored record without a timer row its timer, from its log.</summary>
    /// <param name="parallelism">How many logs are read and replayed at once (on PostgreSQL each read is a round trip, so more than one overlaps them).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The records read and the unreadable ones (ordered by stream), each with its stream, version and reason.</returns>
    Task<(int Records, IReadOnlyList<string> Failures)> RebuildTimersAsync(int parallelism = 1, CancellationToken cancellationToken = default);
}

/// <summary>Start-up rebuild shared by the stream kinds: every stream without a timer row gets one from its log.</summary>
internal static class TimerRebuild
{
    /// <summary>Reads every stream with <paramref name="streamPrefix"/>, asks <paramref name="nextWake"/> for its record's next change after its last event, and arms the timer if it has no row.</summary>
    /// <param name="store">The store.</param>
    /// <param name="streamPrefix">The prefix of the streams (the record id follows it).</param>
    /// <param name="timerKey">The timer key of a record id.</param>
    /// <param name="nextWake">Loads a record by id and gives its next wake-up; throws <see cref="System.IO.InvalidDataException"/> when unreadable.</param>
    /// <param name="signal">Woken at the end.</param>
    /// <param name="parallelism">How many streams are read at once.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The records read and the unreadable ones with the reason, ordered as their streams.</returns>
    public static async Task<(int Records, IReadOnlyList<string> Failures)> RunAsync(IHostStore store, string streamPrefix, Func<string, string> timerKey,
        Func<string, CancellationToken, Task<Instant?>> nextWake, TimerSignal signal, int parallelism, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(parallelism, 1);
        IReadOnlyList<string> streams = await store.ListStreamsAsync(streamPrefix, cancellationToken).ConfigureAwait(false);
        var failures = new string?[streams.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, streams.Count), new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken }, async (i, ct) =>
        {
            string id = streams[i][streamPrefix.Length..];
            try
            {
                Instant? wake = await nextWake(id, ct).ConfigureAwait(false);
                await store.ArmAsync(timerKey(id), wake, onlyIfMissing: true, ct).ConfigureAwait(false);
            }
            catch (System.IO.InvalidDataException ex)
            {
                failures[i] = ex.Message;
            }
        }).ConfigureAwait(false);

        signal.Wake();
        string[] failed = failures.OfType<string>().ToArray();
        return (streams.Count - failed.Length, failed);
    }
}

/// <summary>The outbox messages of one SLA clock at an instant: each threshold crossed and the breach of the current cycle.</summary>
internal static class TimerFacts
{
    /// <summary>Adds the clock's thresholds crossed and breach by <paramref name="at"/>.</summary>
    /// <param name="messages">Where to add them.</param>
    /// <param name="recordId">The record (the clock id, or an incident id).</param>
    /// <param name="clockName">The clock within the record (null for a plain clock).</param>
    /// <param name="sla">The clock.</param>
    /// <param name="at">The instant.</param>
    public static void Add(List<OutboxMessage> messages, string recordId, string? clockName, SlaClock sla, Instant at)
    {
        SlaStatus status = sla.Evaluate(at);
        foreach (SlaThresholdCrossing crossing in sla.ThresholdCrossings(at))
        {
            messages.Add(Message(recordId, clockName, status.Cycle, "threshold", crossing.Percent.ToString(CultureInfo.InvariantCulture), crossing.At));
        }

        if (status.BreachedAt is { } breachedAt)
        {
            messages.Add(Message(recordId, clockName, status.Cycle, "breach", "100", breachedAt));
        }
    }

    /// <summary>A message whose key is <c>{record}[/{clock}]/{cycle}/{kind}/{detail}</c>: the same fact always has the same key.</summary>
    /// <param name="recordId">The record.</param>
    /// <param name="clockName">The clock within the record, or null.</param>
    /// <param name="cycle">The cycle (or escalation number).</param>
    /// <param name="kind">threshold, breach, escalation-overdue.</param>
    /// <param name="detail">The percent (100 for a breach).</param>
    /// <param name="at">The real instant of the fact.</param>
    /// <returns>The message.</returns>
    public static OutboxMessage Message(string recordId, string? clockName, int cycle, string kind, string detail, Instant at)
    {
        string instant = InstantPattern.ExtendedIso.Format(at);
        string key = clockName is null ? $"{recordId}/{cycle}/{kind}/{detail}" : $"{recordId}/{clockName}/{cycle}/{kind}/{detail}";
        string clockPart = clockName is null ? string.Empty : $"\"of\":{JsonSerializer.Serialize(clockName)},";
        return new OutboxMessage(key, recordId, kind, at,
            $"{{\"clock\":{JsonSerializer.Serialize(recordId)},{clockPart}\"cycle\":{cycle},\"kind\":\"{kind}\",\"percent\":{detail},\"at\":\"{instant}\"}}");
    }
}
