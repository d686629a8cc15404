using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Calendars.Model;

internal enum ClosureRuleKind
{
    Date,
    NthWeekday,
    LastWeekday,
}

/// <summary>
/// A closure (planned downtime, freeze): local hours removed from working time on a date, or on
/// the n-th / last given weekday of a month (<see cref="Month"/> 0 means every month).
/// </summary>
internal sealed record ClosureRule(
    ClosureRuleKind Kind,
    EquatableArray<WallInterval> Hours,
    LocalDate Date = default,
    int Month = 0,
    IsoDayOfWeek Weekday = IsoDayOfWeek.None,
    int N = 0);
