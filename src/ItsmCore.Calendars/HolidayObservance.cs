namespace ItsmCore.Calendars;

/// <summary>
/// How a fixed-date holiday that falls on a weekend is observed.
/// </summary>
public enum HolidayObservance
{
    /// <summary>The holiday is observed on its date only, whatever the weekday. This is the default.</summary>
    None = 0,

    /// <summary>A holiday on Saturday or Sunday is observed on the following Monday.</summary>
    NextWeekdayIfWeekend = 1,

    /// <summary>A holiday on Saturday is observed on the Friday before, one on Sunday on the Monday after.</summary>
    NearestWeekday = 2,
}
