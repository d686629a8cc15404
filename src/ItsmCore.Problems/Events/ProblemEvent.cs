using System;
using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Problems;

/// <summary>
/// Something that happened to a <see cref="ItsmCore.Problems.Problem"/>: one sealed record per step. Events are
/// complete: a problem is rebuilt from its events alone (<see cref="ItsmCore.Problems.Problem.Rebuild"/>), each event
/// carries the values a step replaced and whatever the step took from the rules (e.g. the priority the matrix gave),
/// and <see cref="ToJournalEntry"/> derives the journal entry from the event's own fields (nothing else is stored).
/// Lists inside events are <see cref="EquatableArray{T}"/>, so events compare by value. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// The constructor is <c>private protected</c>: only this package derives from this type, so the set of problem events
/// is closed and <see cref="ItsmCore.Problems.Problem"/> knows every one.
/// </remarks>
public abstract record ProblemEvent : IDomainEvent
{
    /// <summary>Creates the event's common part.</summary>
    /// <param name="problem">The problem's id.</param>
    /// <param name="version">The problem's version after the event (1 for <see cref="ProblemRecorded"/>).</param>
    /// <param name="at">When it happened.</param>
    /// <param name="actor">Who caused it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="problem"/> is the empty id.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="version"/> is less than 1.</exception>
    private protected ProblemEvent(ProblemId problem, long version, Instant at, Actor actor)
    {
        if (problem.Value.Length == 0)
        {
            throw new ArgumentException("A problem event needs the problem's id; the empty id (the default value) was given.", nameof(problem));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(version, 1);
        ArgumentNullException.ThrowIfNull(actor);
        Problem = problem;
        Version = version;
        At = at;
        Actor = actor;
    }

    /// <summary>The problem's id (named like <c>IncidentEvent.Incident</c>).</summary>
    public ProblemId Problem { get; }

    /// <inheritdoc />
    public long Version { get; }

    /// <inheritdoc />
    public Instant At { get; }

    /// <inheritdoc />
    public Actor Actor { get; }

    /// <summary>The problem's id as text (<see cref="Problem"/>'s value).</summary>
    public string RecordId => Problem.Value;

    /// <inheritdoc />
    public JournalEntry ToJournalEntry() => Journal();

    /// <summary>
    /// The journal entry, derived from the event's fields. <c>private protected</c> and abstract, so no type outside
    /// this package can derive from <see cref="ProblemEvent"/> (not even through the record's copy constructor).
    /// </summary>
    /// <returns>The entry.</returns>
    private protected abstract JournalEntry Journal();

    /// <summary>A journal entry for this event.</summary>
    /// <param name="action">What was done.</param>
    /// <param name="changes">The changed fields.</param>
    /// <param name="reason">Why, or null.</param>
    /// <returns>The entry.</returns>
    private protected JournalEntry Entry(string action, JournalChanges changes, string? reason = null) =>
        new(Version, At, Actor, action, changes.ToArray(), reason);
}
