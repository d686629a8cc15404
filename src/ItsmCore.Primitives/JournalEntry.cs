using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using NodaTime;
using NodaTime.Text;

namespace ItsmCore.Primitives;

/// <summary>
/// One step in a record's journal: when (from the injected <see cref="IClock"/>), who, what was done, which
/// fields changed from what to what, and why. Journals are projections of the record's domain events, so a record
/// rebuilt from its events has the same journal.
/// </summary>
public sealed record JournalEntry
{
    /// <summary>Creates a journal entry.</summary>
    /// <param name="version">The record's version after this step (1 for the step that created it).</param>
    /// <param name="at">When the step happened.</param>
    /// <param name="actor">Who took it.</param>
    /// <param name="action">What was done, e.g. <c>"Assigned"</c>.</param>
    /// <param name="changes">The fields that changed.</param>
    /// <param name="reason">Why, when a reason was given; otherwise null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/>, <paramref name="action"/> or <paramref name="changes"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="version"/> is less than 1.</exception>
    public JournalEntry(long version, Instant at, Actor actor, string action, IEnumerable<FieldChange> changes, string? reason = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(version, 1);
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(action);
        ArgumentNullException.ThrowIfNull(changes);
        Version = version;
        At = at;
        Actor = actor;
        Action = action;
        Changes = Array.AsReadOnly(changes.ToArray());
        Reason = reason;
    }

    /// <summary>The record's version after this step.</summary>
    public long Version { get; }

    /// <summary>When the step happened.</summary>
    public Instant At { get; }

    /// <summary>Who took the step.</summary>
    public Actor Actor { get; }

    /// <summary>What was done.</summary>
    public string Action { get; }

    /// <summary>The fields that changed, in the order they were recorded.</summary>
    public IReadOnlyList<FieldChange> Changes { get; }

    /// <summary>Why the step was taken, when a reason was given.</summary>
    public string? Reason { get; }

    /// <summary>
    /// The zone <see cref="ToString()"/> shows the instant in: the record's zone (an incident's
    /// <c>Incident.Zone</c>), set by the record on the entries of its journal; null for a record without a zone (the
    /// instant is then shown in UTC, ISO-8601). Presentation only: not part of equality.
    /// </summary>
    public DateTimeZone? Zone { get; init; }

    /// <inheritdoc />
    /// <remarks><see cref="Zone"/> is presentation and does not take part: an event's entry equals the journal's.</remarks>
    public bool Equals(JournalEntry? other) =>
        other is not null && Version == other.Version && At == other.At && Actor == other.Actor
        && Action == other.Action && Reason == other.Reason && Changes.SequenceEqual(other.Changes);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Version, At, Actor, Action, Reason, Changes.Count);

    /// <summary>
    /// One line per entry: version, instant, actor, action, changes and reason. The instant is shown in
    /// <see cref="Zone"/> as people read it (<c>#6 Fri 2026-06-05 16:35 (Asia/Tokyo) eng.tanaka Escalated: ...</c>,
    /// see <see cref="FormatLocal"/>) when the record has a zone, otherwise in UTC, ISO-8601
    /// (<c>#6 2026-06-05T07:35:00Z ...</c>). <see cref="ToString(DateTimeZone)"/> shows it in a zone the reader chooses.
    /// </summary>
    /// <returns>The text.</returns>
    public override string ToString() => Format(Zone is { } zone ? FormatLocal(At, zone) : InstantPattern.ExtendedIso.Format(At));

    /// <summary>
    /// One line per entry as people read it: the instant in <paramref name="zone"/> (one the reader chooses instead of
    /// the record's <see cref="Zone"/>), e.g. <c>#6 Fri 2026-06-05 16:35 (Asia/Tokyo) eng.tanaka Escalated: ...</c>, then actor, action,
    /// changes and reason as in <see cref="ToString()"/>.
    /// </summary>
    /// <param name="zone">The zone to show the instant in.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is null.</exception>
    public string ToString(DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return Format(FormatLocal(At, zone));
    }

    /// <summary>An instant as people read it in <paramref name="zone"/>: <c>Fri 2026-06-05 16:35 (Asia/Tokyo)</c>, with seconds only when not zero.</summary>
    /// <param name="at">The instant.</param>
    /// <param name="zone">The zone.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is null.</exception>
    public static string FormatLocal(Instant at, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        ZonedDateTime local = at.InZone(zone);
        string pattern = local.NanosecondOfSecond != 0 ? "ddd uuuu-MM-dd HH:mm:ss.FFFFFFFFF" : local.Second != 0 ? "ddd uuuu-MM-dd HH:mm:ss" : "ddd uuuu-MM-dd HH:mm";
        return local.ToString(pattern, System.Globalization.CultureInfo.InvariantCulture) + " (" + zone.Id + ")";
    }

    private string Format(string at)
    {
        var text = new StringBuilder();
        text.Append('#').Append(Version).Append(' ')
            .Append(at).Append(' ')
            .Append(Actor.Id).Append(' ').Append(Action);
        if (Changes.Count > 0)
        {
            text.Append(": ").AppendJoin("; ", Changes);
        }

        if (Reason is not null)
        {
            text.Append(" (reason: ").Append(Reason).Append(')');
        }

        return text.ToString();
    }
}
