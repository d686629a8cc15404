namespace ItsmCore.Calendars;

/// <summary>
/// Why a stretch of time between two counted working intervals was not counted.
/// </summary>
public enum GapReasonKind
{
    /// <summary>The weekday has working hours, but not at this time of day (evenings, nights, lunch breaks).</summary>
    OutsideWorkingHours = 0,

    /// <summary>The weekday has no working hours at all (typically a weekend).</summary>
    NonWorkingWeekday = 1,

    /// <summary>The date is a holiday; the description holds its name.</summary>
    Holiday = 2,

    /// <summary>The date has an exception that replaces its hours (shorter hours, or closed).</summary>
    Exception = 3,

    /// <summary>A closure (planned downtime, freeze) removed working time.</summary>
    Closure = 4,

    /// <summary>The time was removed by calendar algebra (the other calendar of a union, intersection or difference).</summary>
    CalendarAlgebra = 5,
}
