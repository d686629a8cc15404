namespace ItsmCore.Changes;

/// <summary>Where a nominal meeting date that is not a business day moves to (DESIGN.md, "CAB cadence").</summary>
public enum BusinessDayMove
{
    /// <summary>To the first business day on or after the nominal date.</summary>
    Next,

    /// <summary>To the last business day on or before the nominal date.</summary>
    Previous,

    /// <summary>To the business day with the fewest calendar days between it and the nominal date; on a tie, the later one.</summary>
    Nearest,
}
