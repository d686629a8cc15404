using NodaTime;

namespace ItsmCore.Primitives;

/// <summary>
/// Something that happened to a record. Events are immutable, numbered per record (<see cref="Version"/> 1 is the
/// event that created it), and complete: a record can be rebuilt from its events alone.
/// </summary>
public interface IDomainEvent
{
    /// <summary>The id of the record the event belongs to.</summary>
    string RecordId { get; }

    /// <summary>The record's version after this event: 1, 2, 3, ... without gaps.</summary>
    long Version { get; }

    /// <summary>When it happened.</summary>
    Instant At { get; }

    /// <summary>Who caused it.</summary>
    Actor Actor { get; }

    /// <summary>The journal entry this event shows as: action, fields changed from what to what, reason.</summary>
    /// <returns>The entry.</returns>
    JournalEntry ToJournalEntry();
}
