using System.Linq;
using NodaTime;
using static ItsmCore.Calendars.Tests.Cal;

namespace ItsmCore.Calendars.Tests;

public sealed class ClosureIntervalsTests
{
    private static readonly BusinessCalendar Sales = BusinessCalendar.CreateBuilder("sales", Tokyo)
        .WithWeekdayHours("07:00-23:00").WithHours(IsoDayOfWeek.Saturday, "07:00-23:00")
        .AddNthWeekdayClosure(IsoDayOfWeek.Saturday, 1, "18:00-24:00")
        .Build();

    [Fact]
    public void ClosureIntervals_FirstSaturdayClosure_IsTheClosedPartOfTheServiceHours()
    {
        // November 2026: the first Saturday is the 7th; the closure runs to 24:00, but service ends at 23:00.
        var november = new Interval(Jst(2026, 11, 1, 0), Jst(2026, 12, 1, 0));
        Assert.Equal(new[] { new Interval(Jst(2026, 11, 7, 18), Jst(2026, 11, 7, 23)) }, Sales.ClosureIntervals(november).ToArray());

        // Clipped to the interval asked for.
        var evening = new Interval(Jst(2026, 11, 7, 20), Jst(2026, 11, 8, 0));
        Assert.Equal(new[] { new Interval(Jst(2026, 11, 7, 20), Jst(2026, 11, 7, 23)) }, Sales.ClosureIntervals(evening).ToArray());
    }

    [Fact]
    public void ClosureIntervals_NoClosures_IsEmpty()
    {
        Assert.Empty(NineToSix(Tokyo).ClosureIntervals(new Interval(Jst(2026, 11, 1, 0), Jst(2026, 12, 1, 0))));
    }

    [Fact]
    public void ClosureIntervals_WorkingTimePlusClosures_IsTheHoursWithoutClosures()
    {
        BusinessCalendar open = BusinessCalendar.CreateBuilder("sales", Tokyo)
            .WithWeekdayHours("07:00-23:00").WithHours(IsoDayOfWeek.Saturday, "07:00-23:00").Build();
        var year = new Interval(Jst(2026, 1, 1, 0), Jst(2027, 1, 1, 0));
        Duration closed = Sales.ClosureIntervals(year).Aggregate(Duration.Zero, (sum, i) => sum + i.Duration);
        Assert.Equal(Duration.FromHours(12 * 5), closed);
        Assert.Equal(open.WorkingTimeBetween(year.Start, year.End), Sales.WorkingTimeBetween(year.Start, year.End) + closed);
    }
}
