using System;
using System.Collections.Generic;
using System.Linq;
using ItsmCore.Calendars;
using NodaTime;

namespace ItsmCore.Calendars.Tests;

public sealed class BusinessCalendarTests
{
    private static readonly BusinessCalendar NineToSix = Cal.NineToSix(Cal.Tokyo);

    [Fact]
    public void Add_FridayAfternoonPlusFourHours_LandsMondayNoon()
    {
        // Friday 17:00 + 4 h = 1 h on Friday and 3 h on Monday from 09:00.
        Instant result = NineToSix.Add(Cal.Jst(2026, 11, 13, 17), Duration.FromHours(4));
        Assert.Equal(Cal.Jst(2026, 11, 16, 12), result);
    }

    [Fact]
    public void Add_Zero_ReturnsStartEvenOutsideWorkingTime()
    {
        Instant saturday = Cal.Jst(2026, 11, 14, 3);
        Assert.Equal(saturday, NineToSix.Add(saturday, Duration.Zero));
        Assert.Equal(saturday, NineToSix.Subtract(saturday, Duration.Zero));
    }

    [Fact]
    public void Add_ReachingTargetAtCloseOfDay_ReturnsCloseNotNextOpening()
    {
        // The earliest instant with 1 h of working time after Friday 17:00 is Friday 18:00.
        Assert.Equal(Cal.Jst(2026, 11, 13, 18), NineToSix.Add(Cal.Jst(2026, 11, 13, 17), Duration.FromHours(1)));
    }

    [Fact]
    public void Subtract_FromMondayNoonFourHours_ReturnsFridayFivePm()
    {
        Assert.Equal(Cal.Jst(2026, 11, 13, 17), NineToSix.Subtract(Cal.Jst(2026, 11, 16, 12), Duration.FromHours(4)));
    }

    [Fact]
    public void Subtract_ReachingStartOfDay_ReturnsOpeningNotPreviousClose()
    {
        // The latest instant 3 h before Monday 12:00 is Monday 09:00, not Friday 18:00.
        Assert.Equal(Cal.Jst(2026, 11, 16, 9), NineToSix.Subtract(Cal.Jst(2026, 11, 16, 12), Duration.FromHours(3)));
    }

    [Fact]
    public void WorkingTimeBetween_AcrossWeekend_CountsOnlyOpenHours()
    {
        Duration d = NineToSix.WorkingTimeBetween(Cal.Jst(2026, 11, 13, 17), Cal.Jst(2026, 11, 16, 10));
        Assert.Equal(Duration.FromHours(2), d);
    }

    [Fact]
    public void WorkingTimeBetween_Reversed_IsNegated()
    {
        Instant a = Cal.Jst(2026, 11, 13, 17);
        Instant b = Cal.Jst(2026, 11, 16, 10);
        Assert.Equal(-NineToSix.WorkingTimeBetween(a, b), NineToSix.WorkingTimeBetween(b, a));
    }

    [Fact]
    public void WorkingTimeBetween_AcrossSeveralYears_SumsEveryYear()
    {
        BusinessCalendar open = BusinessCalendar.AlwaysOpen(Cal.Tokyo);
        Instant a = Instant.FromUtc(2020, 6, 1, 0, 0);
        Instant b = Instant.FromUtc(2030, 6, 1, 0, 0);
        Assert.Equal(b - a, open.WorkingTimeBetween(a, b));
    }

    [Fact]
    public void Add_LongDurationAcrossYears_MatchesWorkingTimeBetween()
    {
        Instant start = Cal.Jst(2026, 3, 2, 10);
        Duration d = Duration.FromHours(9 * 700); // about 2.7 years of working days
        Instant end = NineToSix.Add(start, d);
        Assert.Equal(d, NineToSix.WorkingTimeBetween(start, end));
        Assert.Equal(start, NineToSix.Subtract(end, d));
    }

    [Fact]
    public void Add_NegativeWorkingTime_Throws()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => NineToSix.Add(Cal.Jst(2026, 1, 5, 9), Duration.FromHours(-1)));
        Assert.Equal("workingTime", e.ParamName);
    }

    [Fact]
    public void Add_InstantOutsideSupportedRange_ThrowsNamingParameter()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => NineToSix.Add(Instant.FromUtc(1850, 1, 1, 0, 0), Duration.FromHours(1)));
        Assert.Equal("start", e.ParamName);
        Assert.Contains("supported range", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => NineToSix.IsWorking(Instant.MaxValue));
        Assert.Throws<ArgumentOutOfRangeException>(() => NineToSix.WorkingTimeBetween(Instant.MinValue, Instant.FromUtc(2026, 1, 1, 0, 0)));
    }

    [Fact]
    public void Add_CalendarWithoutAnyHours_ThrowsAtOnceNamingCalendar()
    {
        BusinessCalendar empty = BusinessCalendar.CreateBuilder("never-open", Cal.Tokyo).Build();
        var e = Assert.Throws<WorkingTimeNotFoundException>(() => empty.Add(Cal.Jst(2026, 1, 5, 9), Duration.FromMinutes(1)));
        Assert.Equal("never-open", e.CalendarId);
        Assert.Contains("never-open", e.Message, StringComparison.Ordinal);
        Assert.Throws<WorkingTimeNotFoundException>(() => empty.NextWorkingInstant(Cal.Jst(2026, 1, 5, 9)));
    }

    [Fact]
    public void Add_WorkingTimeOnlyInThePast_StopsAtSearchHorizon()
    {
        // Only one exception date has hours; after it, nothing. The search must stop, not loop.
        BusinessCalendar once = BusinessCalendar.CreateBuilder("one-day", Cal.Tokyo)
            .AddException(new LocalDate(2026, 1, 10), "09:00-10:00")
            .Build();
        Assert.Equal(Cal.Jst(2026, 1, 10, 10), once.Add(Cal.Jst(2026, 1, 1, 0), Duration.FromHours(1)));
        var e = Assert.Throws<WorkingTimeNotFoundException>(() => once.Add(Cal.Jst(2026, 1, 1, 0), Duration.FromHours(2)));
        Assert.Contains(BusinessCalendar.SearchHorizonYears.ToString(System.Globalization.CultureInfo.InvariantCulture), e.Message, StringComparison.Ordinal);
        Assert.Null(once.NextTransition(Cal.Jst(2026, 2, 1, 0)));
    }

    [Fact]
    public void IsWorking_IntervalIsClosedAtStartAndOpenAtEnd()
    {
        Assert.True(NineToSix.IsWorking(Cal.Jst(2026, 11, 16, 9)));
        Assert.True(NineToSix.IsWorking(Cal.Jst(2026, 11, 16, 17, 59)));
        Assert.False(NineToSix.IsWorking(Cal.Jst(2026, 11, 16, 18)));
        Assert.False(NineToSix.IsWorking(Cal.Jst(2026, 11, 14, 12)));
    }

    [Fact]
    public void NextWorkingInstant_DuringWorkingTime_ReturnsSameInstant()
    {
        Instant t = Cal.Jst(2026, 11, 16, 10);
        Assert.Equal(t, NineToSix.NextWorkingInstant(t));
        Assert.Equal(Cal.Jst(2026, 11, 16, 9), NineToSix.NextWorkingInstant(Cal.Jst(2026, 11, 14, 10)));
    }

    [Fact]
    public void NextTransition_ReturnsNextOpeningOrClosing()
    {
        Assert.Equal(Cal.Jst(2026, 11, 16, 18), NineToSix.NextTransition(Cal.Jst(2026, 11, 16, 10)));
        Assert.Equal(Cal.Jst(2026, 11, 17, 9), NineToSix.NextTransition(Cal.Jst(2026, 11, 16, 18)));
        Assert.Equal(Cal.Jst(2026, 11, 16, 9), NineToSix.NextTransition(Cal.Jst(2026, 11, 13, 18)));
    }

    [Fact]
    public void NextTransition_AlwaysOpen_IsNullAcrossYearBoundaries()
    {
        Assert.Null(BusinessCalendar.AlwaysOpen(Cal.Tokyo).NextTransition(Instant.FromUtc(2026, 12, 31, 23, 0)));
    }

    [Fact]
    public void NextTransition_OvernightShiftRunningIntoNextDayHours_IsOneRun()
    {
        // Monday 22:00-06:00 merges with Tuesday 06:00-14:00: one run, closing Tuesday 14:00.
        BusinessCalendar c = BusinessCalendar.CreateBuilder("shift", Cal.Tokyo)
            .WithHours(IsoDayOfWeek.Monday, "22:00-06:00")
            .WithHours(IsoDayOfWeek.Tuesday, "06:00-14:00")
            .Build();
        Assert.Equal(Cal.Jst(2026, 11, 17, 14), c.NextTransition(Cal.Jst(2026, 11, 16, 23)));
        Interval[] runs = c.WorkingIntervals(new Interval(Cal.Jst(2026, 11, 16, 0), Cal.Jst(2026, 11, 18, 0))).ToArray();
        Assert.Equal(new[] { new Interval(Cal.Jst(2026, 11, 16, 22), Cal.Jst(2026, 11, 17, 14)) }, runs);
    }

    [Fact]
    public void WorkingIntervals_ClipsToRequestedInterval()
    {
        var list = new List<Interval>();
        foreach (Interval i in NineToSix.WorkingIntervals(new Interval(Cal.Jst(2026, 11, 13, 12), Cal.Jst(2026, 11, 16, 10))))
        {
            list.Add(i);
        }

        Assert.Equal(
            new[]
            {
                new Interval(Cal.Jst(2026, 11, 13, 12), Cal.Jst(2026, 11, 13, 18)),
                new Interval(Cal.Jst(2026, 11, 16, 9), Cal.Jst(2026, 11, 16, 10)),
            },
            list);
    }

    [Fact]
    public void WorkingIntervals_AlwaysOpenAcrossNewYear_IsOneMergedInterval()
    {
        var span = new Interval(Instant.FromUtc(2026, 12, 30, 0, 0), Instant.FromUtc(2027, 1, 2, 0, 0));
        Assert.Equal(new[] { span }, BusinessCalendar.AlwaysOpen(Cal.Tokyo).WorkingIntervals(span).ToArray());
    }

    [Fact]
    public void WorkingIntervals_UnboundedInterval_Throws()
    {
        Assert.Throws<ArgumentException>(() => NineToSix.WorkingIntervals(new Interval(null, Instant.FromUtc(2026, 1, 1, 0, 0))));
    }

    [Fact]
    public void Exception_OverridesHolidayAndWeekend()
    {
        BusinessCalendar c = BusinessCalendar.CreateBuilder("c", Cal.Tokyo)
            .WithWeekdayHours("09:00-18:00")
            .AddHolidaySet("JP")
            .AddException(new LocalDate(2026, 11, 23), "10:00-12:00") // Labour Thanksgiving Day, worked
            .AddException(new LocalDate(2026, 11, 21), "09:00-12:00") // a Saturday, worked
            .AddException(new LocalDate(2026, 11, 24))                // a Tuesday, closed
            .Build();
        Assert.Equal(Duration.FromHours(2), c.WorkingTimeBetween(Cal.Jst(2026, 11, 23, 0), Cal.Jst(2026, 11, 24, 0)));
        Assert.Equal(Duration.FromHours(3), c.WorkingTimeBetween(Cal.Jst(2026, 11, 21, 0), Cal.Jst(2026, 11, 22, 0)));
        Assert.Equal(Duration.Zero, c.WorkingTimeBetween(Cal.Jst(2026, 11, 24, 0), Cal.Jst(2026, 11, 25, 0)));
    }

    [Fact]
    public void Closure_FirstSaturdayOfMonth_IsSubtractedFromServiceHours()
    {
        // Case 3: service Mon-Sat 07:00-23:00, the first Saturday 18:00-23:00 is planned downtime.
        BusinessCalendar c = BusinessCalendar.CreateBuilder("sales", Cal.Tokyo)
            .WithWeekdayHours("07:00-23:00")
            .WithHours(IsoDayOfWeek.Saturday, "07:00-23:00")
            .AddNthWeekdayClosure(IsoDayOfWeek.Saturday, 1, "18:00-23:00")
            .Build();
        // 2026-11-07 is the first Saturday of November: 11 h instead of 16 h; the second Saturday keeps 16 h.
        Assert.Equal(Duration.FromHours(11), c.WorkingTimeBetween(Cal.Jst(2026, 11, 7, 0), Cal.Jst(2026, 11, 8, 0)));
        Assert.Equal(Duration.FromHours(16), c.WorkingTimeBetween(Cal.Jst(2026, 11, 14, 0), Cal.Jst(2026, 11, 15, 0)));
        Assert.False(c.IsWorking(Cal.Jst(2026, 11, 7, 18)));
        Assert.True(c.IsWorking(Cal.Jst(2026, 11, 7, 17, 59)));
    }

    [Fact]
    public void IsWorkingDay_HolidayWeekendAndFullyClosedDay_AreNotWorkingDays()
    {
        BusinessCalendar c = BusinessCalendar.CreateBuilder("c", Cal.Tokyo)
            .WithWeekdayHours("09:00-18:00")
            .AddHolidaySet("JP")
            .AddClosure(new LocalDate(2026, 11, 25), "00:00-24:00")
            .Build();
        Assert.True(c.IsWorkingDay(new LocalDate(2026, 11, 24)));
        Assert.False(c.IsWorkingDay(new LocalDate(2026, 11, 23))); // holiday
        Assert.False(c.IsWorkingDay(new LocalDate(2026, 11, 22))); // Sunday
        Assert.False(c.IsWorkingDay(new LocalDate(2026, 11, 25))); // closed all day
    }

    [Fact]
    public void AddWorkingDays_SkipsWeekendsAndHolidays_BothDirections()
    {
        BusinessCalendar c = BusinessCalendar.CreateBuilder("c", Cal.Tokyo).WithWeekdayHours("09:00-18:00").AddHolidaySet("JP").Build();
        var friday = new LocalDate(2026, 11, 20);
        Assert.Equal(new LocalDate(2026, 11, 24), c.AddWorkingDays(friday, 1));  // Mon 23rd is a holiday
        Assert.Equal(new LocalDate(2026, 11, 30), c.AddWorkingDays(friday, 5));
        Assert.Equal(friday, c.AddWorkingDays(friday, 0));
        Assert.Equal(new LocalDate(2026, 11, 20), c.AddWorkingDays(new LocalDate(2026, 11, 24), -1));
    }

    [Fact]
    public void AddWorkingDays_CalendarWithoutWorkingDays_ThrowsInsteadOfLooping()
    {
        BusinessCalendar empty = BusinessCalendar.CreateBuilder("never-open", Cal.Tokyo).Build();
        Assert.Throws<WorkingTimeNotFoundException>(() => empty.AddWorkingDays(new LocalDate(2026, 1, 1), 1));
    }

    [Fact]
    public void NextWorkingDayAt_SkipsHolidayWeekend()
    {
        BusinessCalendar c = BusinessCalendar.CreateBuilder("c", Cal.Tokyo).WithWeekdayHours("09:00-18:00").AddHolidaySet("JP").Build();
        // Friday 20 Nov 2026 20:00 -> "by 09:00 next business day" is Tuesday 24 Nov (Monday is a holiday).
        Assert.Equal(Cal.Jst(2026, 11, 24, 9), c.NextWorkingDayAt(Cal.Jst(2026, 11, 20, 20), new LocalTime(9, 0)));
        // Monday morning before opening still means the next day.
        Assert.Equal(Cal.Jst(2026, 11, 17, 9), c.NextWorkingDayAt(Cal.Jst(2026, 11, 16, 7), new LocalTime(9, 0)));
    }

    [Fact]
    public void EndOfWorkingDay_UsesLastIntervalStartingThatDayAfterClosures()
    {
        BusinessCalendar c = BusinessCalendar.CreateBuilder("c", Cal.Tokyo)
            .WithWeekdayHours("09:00-12:00", "13:00-18:00")
            .WithHours(IsoDayOfWeek.Friday, "22:00-06:00")
            .AddClosure(new LocalDate(2026, 11, 17), "17:00-18:00")
            .Build();
        Assert.Equal(Cal.Jst(2026, 11, 16, 18), c.EndOfWorkingDay(new LocalDate(2026, 11, 16)));
        Assert.Equal(Cal.Jst(2026, 11, 17, 17), c.EndOfWorkingDay(new LocalDate(2026, 11, 17)));
        Assert.Equal(Cal.Jst(2026, 11, 21, 6), c.EndOfWorkingDay(new LocalDate(2026, 11, 20))); // overnight shift
        Assert.Null(c.EndOfWorkingDay(new LocalDate(2026, 11, 22)));
    }

    [Fact]
    public void Equals_SameDefinition_AreEqualAndHashAlike()
    {
        BusinessCalendar a = Cal.NineToSix(Cal.Tokyo);
        BusinessCalendar b = Cal.NineToSix(Cal.Tokyo);
        BusinessCalendar other = Cal.NineToSix(Cal.Berlin);
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, other);
        Assert.False(a.Equals(null));
        Assert.Equal("nine-to-six (Asia/Tokyo)", a.ToString());
    }
}
