using System;
using System.Collections.Generic;
using ItsmCore.Calendars;
using ItsmCore.Primitives;
using ItsmCore.HumanText;
using NodaTime;

namespace ItsmCore.Changes;

/// <summary>
/// An emergency change advisory board: no cadence; convened on its (usually 24x7) calendar as RFCs arrive, with its
/// decision due a set elapsed duration after submission (DESIGN.md, "CAB cadence"). Immutable and thread-safe.
/// </summary>
public sealed class EmergencyBoard : IEquatable<EmergencyBoard>
{
    /// <summary>Creates an emergency board.</summary>
    /// <param name="id">The board's id: not blank, not padded, at most <see cref="ChangeAdvisoryBoard.MaxIdLength"/> characters.</param>
    /// <param name="calendar">The calendar it is convened on (e.g. <see cref="BusinessCalendar.AlwaysOpen"/>).</param>
    /// <param name="decisionWithin">Elapsed time from submission to the decision: positive, at most 366 days.</param>
    /// <param name="members">The ids of the members (distinct, ordinal); null for none.</param>
    /// <exception cref="ArgumentNullException">A required argument or a member id is null.</exception>
    /// <exception cref="ArgumentException">The id or a member id is blank, padded or too long, or a member is given twice.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decisionWithin"/> is out of range.</exception>
    public EmergencyBoard(string id, BusinessCalendar calendar, Duration decisionWithin, IEnumerable<string>? members = null)
    {
        Id = TextGuard.Check(id, nameof(id), ChangeAdvisoryBoard.MaxIdLength);
        Calendar = calendar ?? throw new ArgumentNullException(nameof(calendar));
        if (decisionWithin <= Duration.Zero || decisionWithin > Duration.FromDays(366))
        {
            throw new ArgumentOutOfRangeException(nameof(decisionWithin), decisionWithin, "The decision time must be positive and at most 366 days.");
        }

        DecisionWithin = decisionWithin;
        Members = Ids.Distinct(members, nameof(members));
    }

    /// <summary>The board's id.</summary>
    public string Id { get; }

    /// <summary>The calendar it is convened on.</summary>
    public BusinessCalendar Calendar { get; }

    /// <summary>Elapsed time from submission to the decision.</summary>
    public Duration DecisionWithin { get; }

    /// <summary>The members' ids, in the order given.</summary>
    public EquatableArray<string> Members { get; }

    /// <summary>When the decision on an RFC submitted at <paramref name="submittedAt"/> is due: <c>submittedAt + DecisionWithin</c> (elapsed time).</summary>
    /// <param name="submittedAt">The submission instant.</param>
    /// <returns>The due instant.</returns>
    public Instant DecisionDueAt(Instant submittedAt) => submittedAt + DecisionWithin;

    /// <inheritdoc />
    public bool Equals(EmergencyBoard? other) =>
        other is not null && Id == other.Id && Calendar.Equals(other.Calendar) && DecisionWithin == other.DecisionWithin && Members.Equals(other.Members);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as EmergencyBoard);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, DecisionWithin);

    /// <summary>The id and the decision time.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Id}: emergency board, decision within {DurationText.Format(DecisionWithin)} on {Calendar}";
}
