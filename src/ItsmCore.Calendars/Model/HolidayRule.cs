using NodaTime;

namespace ItsmCore.Calendars.Model;

internal enum HolidayRuleKind
{
    Date,
    Fixed,
    NthWeekday,
    LastWeekday,
    Easter,
}

/// <summary>One holiday rule of a calendar: an explicit date, or a yearly rule.</summary>
internal sealed record HolidayRule(
    HolidayRuleKind Kind,
    string? Name,
    LocalDate Date = default,
    int Month = 0,
    int Day = 0,
    IsoDayOfWeek Weekday = IsoDayOfWeek.None,
    int N = 0,
    int Offset = 0,
    HolidayObservance Observance = HolidayObservance.None);
