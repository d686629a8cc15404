using System;
using System.Collections.Generic;
using NodaTime;

namespace ItsmCore.Samples.Host.Storage;

/// <summary>One serialized event of a stream: its type name and schema version, so a reader picks the right deserializer.</summary>
/// <param name="Type">The event type name (for example <c>sla.clock-event</c>).</param>
/// <param name="SchemaVersion">The version of the type's serialized form.</param>
/// <param name="Data">The serialized event (JSON).</param>
public sealed record NewEvent(string Type, int SchemaVersion, string Data);

/// <summary>Events to append to one stream, expecting it at <paramref name="ExpectedVersion"/> (0 = a new stream).</summary>
/// <param name="StreamId">The stream.</param>
/// <param name="ExpectedVersion">The version the writer read.</param>
/// <param name="Events">The events to append.</param>
public sealed record StreamAppend(string StreamId, long ExpectedVersion, IReadOnlyList<NewEvent> Events);

/// <summary>An event as stored: its position in the stream (1-based) and the serialized form.</summary>
/// <param name="StreamId">The stream.</param>
/// <param name="Version">The 1-based position in the stream.</param>
/// <param name="Type">The event type name.</param>
/// <param name="SchemaVersion">The version of the type's serialized form.</param>
/// <param name="Data">The serialized event.</param>
public sealed record StoredEvent(string StreamId, long Version, string Type, int SchemaVersion, string Data);

/// <summary>A due timer leased by one worker until <paramref name="LeaseUntil"/>.</summary>
/// <param name="ClockId">The clock (timer key).</param>
/// <param name="WakeAt">The instant the timer was armed for.</param>
/// <param name="Owner">The worker holding the lease.</param>
/// <param name="LeaseUntil">The lease expiry; after it, another worker may lease the timer again.</param>
public sealed record TimerLease(string ClockId, Instant WakeAt, string Owner, Instant LeaseUntil);

/// <summary>A notification recorded in the outbox, published at least once and de-duplicated by <paramref name="DedupKey"/>.</summary>
/// <param name="DedupKey">Unique per fact (clock, cycle, kind, instant): recording it twice is a no-op.</param>
/// <param name="ClockId">The clock.</param>
/// <param name="Kind">What happened (<c>threshold</c>, <c>breach</c>).</param>
/// <param name="At">The real instant it happened, not the instant it was processed.</param>
/// <param name="Payload">Details (JSON).</param>
public sealed record OutboxMessage(string DedupKey, string ClockId, string Kind, Instant At, string Payload);

/// <summary>An outbox row not yet published.</summary>
/// <param name="Id">The row id, increasing.</param>
/// <param name="Message">The message.</param>
public sealed record PendingMessage(long Id, OutboxMessage Message);

/// <summary>Thrown when an append expects a stream version that is no longer current.</summary>
public sealed class StreamConcurrencyException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="streamId">The stream.</param>
    /// <param name="expectedVersion">The version the writer expected.</param>
    /// <param name="actualVersion">The stored version.</param>
    public StreamConcurrencyException(string streamId, long expectedVersion, long actualVersion)
        : base($"Stream '{streamId}' is at version {actualVersion}, the writer expected {expectedVersion}.")
    {
        StreamId = streamId;
        ExpectedVersion = expectedVersion;
        ActualVersion = actualVersion;
    }

    /// <summary>The stream.</summary>
    public string StreamId { get; }

    /// <summary>The version the writer expected.</summary>
    public long ExpectedVersion { get; }

    /// <summary>The stored version.</summary>
    public long ActualVersion { get; }
}
