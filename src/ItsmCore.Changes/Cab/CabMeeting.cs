using NodaTime;

namespace ItsmCore.Changes;

/// <summary>One meeting of a <see cref="ChangeAdvisoryBoard"/>: its local date, its start and its cut-off. Immutable; equal by value.</summary>
/// <param name="BoardId">The board's id.</param>
/// <param name="Date">The (moved) local meeting date on the board's calendar.</param>
/// <param name="Start">The meeting time on <paramref name="Date"/>, mapped by the calendar's boundary rule.</param>
/// <param name="CutOff">The last submission instant that is on the agenda (at or before <paramref name="Start"/>).</param>
public sealed record CabMeeting(string BoardId, LocalDate Date, Instant Start, Instant CutOff)
{
    /// <summary>Whether an RFC submitted at <paramref name="submittedAt"/> is in time for this meeting (at or before the cut-off).</summary>
    /// <param name="submittedAt">The submission instant.</param>
    /// <returns>True when in time.</returns>
    public bool IsInTime(Instant submittedAt) => submittedAt <= CutOff;
}
