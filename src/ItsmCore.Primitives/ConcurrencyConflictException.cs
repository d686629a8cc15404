using System;
using System.Globalization;

namespace ItsmCore.Primitives;

/// <summary>
/// A repository refused a stale write (optimistic concurrency): the record was changed by someone else since it was
/// loaded. Nothing was written; reload the record, re-apply the command and save again.
/// </summary>
public sealed class ConcurrencyConflictException : DomainException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="recordType">The kind of record.</param>
    /// <param name="recordId">The record's id.</param>
    /// <param name="expectedVersion">The stored version the writer loaded (0 for a new record).</param>
    /// <param name="actualVersion">The version actually stored.</param>
    public ConcurrencyConflictException(string recordType, string recordId, long expectedVersion, long actualVersion)
        : base(
            recordType,
            recordId,
            string.Create(
                CultureInfo.InvariantCulture,
                $"{recordType} {recordId} was changed by someone else: the write expected stored version {expectedVersion} but version {actualVersion} is stored. Nothing was written; reload the record and apply the command again."))
    {
        ExpectedVersion = expectedVersion;
        ActualVersion = actualVersion;
    }

    /// <summary>The stored version the writer loaded (0 for a new record).</summary>
    public long ExpectedVersion { get; }

    /// <summary>The version actually stored.</summary>
    public long ActualVersion { get; }
}
