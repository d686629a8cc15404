using System;
using System.Linq;
using ItsmCore.Calendars;
using NodaTime;

namespace ItsmCore.Calendars.Tests;

public sealed class ExplanationTests
{
    private static readonly BusinessCalendar Office = BusinessCalendar.CreateBuilder("office", Cal.Tokyo)
        .WithWeekdayHours("09:00-12:00", "13:00-18:00")
        .AddHolidaySet("JP")
        .AddClosure(new LocalDate(2026, 11, 24), "09:00-10:00")
        .Build();

    [Fact]
    public void ExplainAdd_OverHolidayWeekend_ListsCountedIntervalsAndReasons()
    {
        Instant start = Cal.Jst(2026, 11, 20, 16, 30);
        WorkingTimeExplanation e = Office.ExplainAdd(start, Duration.FromHours(4));
        Assert.Equal(Office.Add(start, Duration.FromHours(4)), e.Result);
        Assert.Equal(Duration.FromHours(4), e.WorkingTime);
        Assert.Equal(
            new[]
            {
                new Interval(Cal.Jst(2026, 11, 20, 16, 30), Cal.Jst(2026, 11, 20, 18)),
                new Interval(Cal.Jst(2026, 11, 24, 10), Cal.Jst(2026, 11, 24, 12)),
                new Interval(Cal.Jst(2026, 11, 24, 13), Cal.Jst(2026, 11, 24, 13, 30)),
            },
            e.Counted.Select(c => c.Interval).ToArray());
        GapReason[] weekend = e.Gaps[0].Reasons.ToArray();
        Assert.Contains(weekend, r => r.Kind == GapReasonKind.NonWorkingWeekday && r.Date == new LocalDate(2026, 11, 21));
        Assert.Contains(weekend, r => r.Kind == GapReasonKind.Holiday && r.Description == "Labour Thanksgiving Day");
        Assert.Contains(weekend, r => r.Kind == GapReasonKind.Closure && r.Date == new LocalDate(2026, 11, 24) && r.Description == "09:00-10:00");
        GapReason lunch = Assert.Single(e.Gaps[1].Reasons);
        Assert.Equal(GapReasonKind.OutsideWorkingHours, lunch.Kind);
        Assert.Contains("holiday: Labour Thanksgiving Day", e.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ExplainWorkingTimeBetween_TotalEqualsWorkingTimeBetween()
    {
        Instant a = Cal.Jst(2026, 11, 1, 0);
        Instant b = Cal.Jst(2026, 12, 1, 0);
        WorkingTimeExplanation e = Office.ExplainWorkingTimeBetween(a, b);
        Assert.Equal(Office.WorkingTimeBetween(a, b), e.WorkingTime);
        Assert.Null(e.Result);
        Assert.Equal(new Interval(a, b), e.Span);
        // Counted and gaps tile the span exactly.
        Duration gaps = e.Gaps.Aggregate(Duration.Zero, (s, g) => s + g.Interval.Duration);
        Assert.Equal(b - a, gaps + e.WorkingTime);
        Assert.Throws<ArgumentException>(() => Office.ExplainWorkingTimeBetween(b, a));
    }

    [Fact]
    public void ExplainWorkingTimeBetween_AlgebraCalendar_NamesTheAlgebra()
    {
        BusinessCalendar c = Office.Intersect(BusinessCalendar.AlwaysOpen(Cal.Tokyo), "both");
        WorkingTimeExplanation e = c.ExplainWorkingTimeBetween(Cal.Jst(2026, 11, 16, 17), Cal.Jst(2026, 11, 17, 10));
        Assert.All(e.Gaps.SelectMany(g => g.Reasons), r => Assert.Equal(GapReasonKind.CalendarAlgebra, r.Kind));
        Assert.Equal(Duration.FromHours(2), e.WorkingTime);
    }
}
