using System;
using System.Linq;
using ItsmCore.Calendars;
using NodaTime;

namespace ItsmCore.Calendars.Tests;

/// <summary>
/// Issue 11, defect 1: a calendar with the "JP" set must answer for every date of 1980-2100 (the promise of
/// docs/calendars.md), also at both ends where building a UTC year needs the neighbouring years' edge days, and
/// throw <see cref="ArgumentOutOfRangeException"/> outside the documented instants.
/// </summary>
public sealed class JapaneseHolidaySetRangeTests
{
    private static readonly BusinessCalendar Office = BusinessCalendar.CreateBuilder("jp-office", Cal.Tokyo)
        .WithWeekdayHours("09:00-18:00")
        .AddHolidaySet("JP")
        .Build();

    /// <summary>Open around the clock every day, so that only holidays close it.</summary>
    private static BusinessCalendar AllDay(DateTimeZone zone) => BusinessCalendar.CreateBuilder("jp-all-day", zone)
        .WithWeekdayHours("00:00-24:00")
        .WithHours(IsoDayOfWeek.Saturday, "00:00-24:00")
        .WithHours(IsoDayOfWeek.Sunday, "00:00-24:00")
        .AddHolidaySet("JP")
        .Build();

    [Fact]
    public void IsWorking_Monday16June1980_AnswersTrue()
    {
        Assert.True(Office.IsWorking(Cal.Jst(1980, 6, 16, 10)));
        Assert.False(Office.IsWorking(Cal.Jst(1980, 6, 16, 8)));
    }

    [Fact]
    public void IsWorking_FirstHoursOf1980InTokyo_AnswersNewYearsDay()
    {
        // 1 January 1980 03:00 in Tokyo is 31 December 1979 18:00 UTC: the UTC year 1979 has to be built.
        BusinessCalendar calendar = AllDay(Cal.Tokyo);

        Assert.False(calendar.IsWorking(Cal.Jst(1980, 1, 1, 3)));
        Assert.True(calendar.IsWorking(Cal.Jst(1980, 1, 2, 3)));
    }

    [Fact]
    public void IsWorking_LastHoursOf2100InHonolulu_AnswersTrue()
    {
        // 31 December 2100 22:00 in Honolulu (UTC-10) is 1 January 2101 08:00 UTC: the UTC year 2101 has to be built.
        DateTimeZone honolulu = DateTimeZoneProviders.Tzdb["Pacific/Honolulu"];
        BusinessCalendar calendar = AllDay(honolulu);

        Assert.True(calendar.IsWorking(Cal.Local(honolulu, 2100, 12, 31, 22)));
        Assert.False(calendar.IsWorking(Cal.Local(honolulu, 2100, 1, 1, 22)));
    }

    [Fact]
    public void Add_From30December2099Into2100_SkipsNewYearsDayAndWeekend()
    {
        // Wed 30 Dec 10:00-18:00 (8 h), Thu 31 Dec (9 h), Fri 1 Jan 2100 New Year's Day, weekend, Mon 4 Jan 09:00 + 3 h.
        Instant due = Office.Add(Cal.Jst(2099, 12, 30, 10), Duration.FromHours(20));

        Assert.Equal(Cal.Jst(2100, 1, 4, 12), due);
    }

    [Fact]
    public void Subtract_From4January2100Into2099_IsTheInverseOfAdd()
    {
        Instant start = Office.Subtract(Cal.Jst(2100, 1, 4, 12), Duration.FromHours(20));

        Assert.Equal(Cal.Jst(2099, 12, 30, 10), start);
    }

    [Fact]
    public void Add_From30December2100_AnswersIn2101WithNewYearsDay()
    {
        // Thu 30 Dec 10:00-18:00 (8 h), Fri 31 Dec (9 h), Sat 1 Jan 2101 New Year's Day (no substitute: not a Sunday),
        // Sunday, Mon 3 Jan 09:00 + 3 h.
        Instant due = Office.Add(Cal.Jst(2100, 12, 30, 10), Duration.FromHours(20));

        Assert.Equal(Cal.Jst(2101, 1, 3, 12), due);
    }

    [Fact]
    public void ExplainWorkingTimeBetween_January1981_NamesNewYearsDay()
    {
        // Wed 31 Dec 1980 17:00-18:00 (1 h), Thu 1 Jan 1981 New Year's Day, Fri 2 Jan (9 h), weekend, Mon 5 Jan 09:00-10:00 (1 h).
        WorkingTimeExplanation explanation = Office.ExplainWorkingTimeBetween(Cal.Jst(1980, 12, 31, 17), Cal.Jst(1981, 1, 5, 10));

        Assert.Equal(Duration.FromHours(11), explanation.WorkingTime);
        Assert.Contains(
            explanation.Gaps.SelectMany(g => g.Reasons),
            r => r.Kind == GapReasonKind.Holiday && r.Date == new LocalDate(1981, 1, 1) && r.Description == "New Year's Day");
    }

    [Fact]
    public void WorkingTimeBetween_AcrossTheWholePromisedRange_Answers()
    {
        Duration total = Office.WorkingTimeBetween(Cal.Jst(1980, 1, 1, 0), Cal.Jst(2101, 1, 1, 0));

        Assert.True(total > Duration.FromHours(9 * 240 * 120), $"{total}");
    }

    [Theory]
    [InlineData(1978, 12, 31)]
    [InlineData(1900, 1, 1)]
    [InlineData(2102, 1, 1)]
    [InlineData(2149, 12, 31)]
    public void IsWorking_OutsideTheAnsweredInstants_ThrowsArgumentOutOfRangeNamingTheRange(int year, int month, int day)
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => Office.IsWorking(Instant.FromUtc(year, month, day, 12, 0)));

        Assert.Contains("\"JP\"", exception.Message, StringComparison.Ordinal);
        Assert.Contains("1980 to 2100", exception.Message, StringComparison.Ordinal);
        Assert.Contains("1979-01-01T00:00:00Z", exception.Message, StringComparison.Ordinal);
        Assert.Contains("2102-01-01T00:00:00Z", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Add_RunningPastTheAnsweredInstants_ThrowsArgumentOutOfRange()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Office.Add(Cal.Jst(2101, 12, 1, 10), Duration.FromHours(1000)));
        Assert.Throws<ArgumentOutOfRangeException>(() => Office.Subtract(Cal.Jst(1979, 2, 1, 10), Duration.FromHours(1000)));
    }
}
