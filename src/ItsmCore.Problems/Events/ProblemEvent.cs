using System;
using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Problems;

/// <summary>
/// Something that happened to a <see cref="Problem"/>: one sealed record per step. Events are complete: a problem is
/// rebuilt from its events alone (<see cref="Problem.Rebuild"/>), and each event carries the values a step replaced, so
/// <see cref="ToJournalEntry"/> shows every changed field from its old to its new value without the problem at hand.
/// Immutable and thread-safe.
/// </summary>
/// <remarks>Only this package derives from this type; <see cref="Problem"/> refuses events of any other type.</remarks>
public abstract record ProblemEvent : IDomainEvent
{
    /// <summary>Creates the event's common part.</summary>
    /// <param name="id">The problem's id.</param>
    /// <param name="version">The problem's version after the event (1 for <see cref="ProblemRecorded"/>).</param>
    /// <param name="at">When it happened.</param>
    /// <param name="actor">Who caused it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is the empty id.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="version"/> is less than 1.</exception>
    private protected ProblemEvent(ProblemId id, long version, Instant at, Actor actor)
    {
        if (id.Value.Length == 0)
        {
            throw new ArgumentException("A problem event needs the problem's id; the empty id (the default value) was given.", nameof(id));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(version, 1);
        ArgumentNullException.ThrowIfNull(actor);
        Id = id;
        Version = version;
        At = at;
        Actor = actor;
    }

    /// <summary>The problem's id.</summary>
    public ProblemId Id { get; }

    /// <inheritdoc />
    public long Version { get; }

    /// <inheritdoc />
    public Instant At { get; }

    /// <inheritdoc />
    public Actor Actor { get; }

    /// <summary>The problem's id as text (<see cref="Id"/>'s value).</summary>
    public string RecordId => Id.Value;

    /// <inheritdoc />
    public abstract JournalEntry ToJournalEntry();

    /// <summary>A journal entry for this event.</summary>
    /// <param name="action">What was done.</param>
    /// <param name="changes">The changed fields.</param>
    /// <param name="reason">Why, or null.</param>
    /// <returns>The entry.</returns>
    private protected JournalEntry Entry(string action, JournalChanges changes, string? reason = null) =>
        new(Version, At, Actor, action, changes.ToArray(), reason);
}
