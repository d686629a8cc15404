using System;

namespace ItsmCore.Primitives;

/// <summary>
/// Base of the exceptions an aggregate throws when a command breaks one of its rules. Each carries the record's
/// type and id, and a message that says what was attempted and why it was refused.
/// </summary>
public abstract class DomainException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="recordType">The kind of record, e.g. <c>"Incident"</c>.</param>
    /// <param name="recordId">The record's id.</param>
    /// <param name="message">What was attempted and why it was refused.</param>
    protected DomainException(string recordType, string recordId, string message)
        : base(message)
    {
        RecordType = recordType ?? throw new ArgumentNullException(nameof(recordType));
        RecordId = recordId ?? throw new ArgumentNullException(nameof(recordId));
    }

    /// <summary>The kind of record, e.g. <c>"Incident"</c>.</summary>
    public string RecordType { get; }

    /// <summary>The record's id.</summary>
    public string RecordId { get; }
}
