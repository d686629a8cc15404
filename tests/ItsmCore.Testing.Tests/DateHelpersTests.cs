using System;
using NodaTime;

namespace ItsmCore.Testing.Tests;

public sealed class DateHelpersTests
{
    /// <summary>The twelve month helpers, indexed by month - 1.</summary>
    private static readonly Func<int, int, LocalDate>[] MonthHelpers =
    {
        DateHelpers.January, DateHelpers.February, DateHelpers.March, DateHelpers.April,
        DateHelpers.May, DateHelpers.June, DateHelpers.July, DateHelpers.August,
        DateHelpers.September, DateHelpers.October, DateHelpers.November, DateHelpers.December,
    };

    private static readonly DateTimeZone London = TestCalendars.Zone("Europe/London");

    [Fact]
    public void Months_FirstAndLastDays2026_AreTheIsoDates()
    {
        Assert.Equal(new LocalDate(2026, 1, 1), 1.January(2026));
        Assert.Equal(new LocalDate(2026, 1, 31), 31.January(2026));
        Assert.Equal(new LocalDate(2026, 2, 1), 1.February(2026));
        Assert.Equal(new LocalDate(2026, 2, 28), 28.February(2026));
        Assert.Equal(new LocalDate(2026, 3, 1), 1.March(2026));
        Assert.Equal(new LocalDate(2026, 3, 31), 31.March(2026));
        Assert.Equal(new LocalDate(2026, 4, 1), 1.April(2026));
        Assert.Equal(new LocalDate(2026, 4, 30), 30.April(2026));
        Assert.Equal(new LocalDate(2026, 5, 1), 1.May(2026));
        Assert.Equal(new LocalDate(2026, 5, 31), 31.May(2026));
        Assert.Equal(new LocalDate(2026, 6, 1), 1.June(2026));
        Assert.Equal(new LocalDate(2026, 6, 30), 30.June(2026));
        Assert.Equal(new LocalDate(2026, 7, 1), 1.July(2026));
        Assert.Equal(new LocalDate(2026, 7, 31), 31.July(2026));
        Assert.Equal(new LocalDate(2026, 8, 1), 1.August(2026));
        Assert.Equal(new LocalDate(2026, 8, 31), 31.August(2026));
        Assert.Equal(new LocalDate(2026, 9, 1), 1.September(2026));
        Assert.Equal(new LocalDate(2026, 9, 30), 30.September(2026));
        Assert.Equal(new LocalDate(2026, 10, 1), 1.October(2026));
        Assert.Equal(new LocalDate(2026, 10, 31), 31.October(2026));
        Assert.Equal(new LocalDate(2026, 11, 1), 1.November(2026));
        Assert.Equal(new LocalDate(2026, 11, 30), 30.November(2026));
        Assert.Equal(new LocalDate(2026, 12, 1), 1.December(2026));
        Assert.Equal(new LocalDate(2026, 12, 31), 31.December(2026));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)]
    [InlineData(8)]
    [InlineData(9)]
    [InlineData(10)]
    [InlineData(11)]
    [InlineData(12)]
    public void MonthHelper_EveryValidDay_MatchesLocalDateAndTheDayAfterTheLastThrows(int month)
    {
        Func<int, int, LocalDate> helper = MonthHelpers[month - 1];
        foreach (int year in new[] { 2026, 2028 })
        {
            int days = CalendarSystem.Iso.GetDaysInMonth(year, month);
            for (int day = 1; day <= days; day++)
            {
                Assert.Equal(new LocalDate(year, month, day), helper(day, year));
            }

            Assert.Throws<ArgumentOutOfRangeException>(() => helper(days + 1, year));
            Assert.Throws<ArgumentOutOfRangeException>(() => helper(0, year));
        }
    }

    [Fact]
    public void February_LeapDay2028_IsValid()
    {
        LocalDate leapDay = 29.February(2028);

        Assert.Equal(new LocalDate(2028, 2, 29), leapDay);
        Assert.Equal(IsoDayOfWeek.Tuesday, leapDay.DayOfWeek);
    }

    [Fact]
    public void February_ThirtiethIn2026_ThrowsArgumentOutOfRange()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => 30.February(2026));
    }

    [Fact]
    public void February_TwentyNinthInCommonYear_ThrowsArgumentOutOfRange()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => 29.February(2026));
    }

    [Fact]
    public void At_HourOnly_IsOnTheHour()
    {
        Assert.Equal(new LocalDateTime(2026, 4, 1, 9, 0), 1.April(2026).At(9));
    }

    [Fact]
    public void At_HourAndMinute_IsThatTime()
    {
        Assert.Equal(new LocalDateTime(2026, 12, 31, 23, 59), 31.December(2026).At(23, 59));
    }

    [Theory]
    [InlineData(24, 0)]
    [InlineData(-1, 0)]
    [InlineData(9, 60)]
    public void At_OutOfRangeTime_ThrowsArgumentOutOfRange(int hour, int minute)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => 1.April(2026).At(hour, minute));
    }

    [Fact]
    public void ToInstantStrictly_TokyoWallTime_IsTheUtcInstant()
    {
        DateTimeZone tokyo = TestCalendars.Zone("Asia/Tokyo");

        Assert.Equal(Instant.FromUtc(2026, 11, 24, 1, 0), 24.November(2026).At(10).ToInstantStrictly(tokyo));
    }

    [Fact]
    public void ToInstantStrictly_OrdinaryTime_EqualsInZoneStrictlyToInstant()
    {
        LocalDateTime local = 1.July(2026).At(9, 30);

        Assert.Equal(local.InZoneStrictly(London).ToInstant(), local.ToInstantStrictly(London));
        Assert.Equal(Instant.FromUtc(2026, 7, 1, 8, 30), local.ToInstantStrictly(London));
    }

    [Fact]
    public void ToInstantStrictly_SkippedTime_ThrowsSkippedTimeException()
    {
        // London springs forward from 01:00 to 02:00 on 29 March 2026.
        Assert.Throws<SkippedTimeException>(() => 29.March(2026).At(1, 30).ToInstantStrictly(London));
    }

    [Fact]
    public void ToInstantStrictly_AmbiguousTime_ThrowsAmbiguousTimeException()
    {
        // London falls back from 02:00 to 01:00 on 25 October 2026.
        Assert.Throws<AmbiguousTimeException>(() => 25.October(2026).At(1, 30).ToInstantStrictly(London));
    }

    [Fact]
    public void ToInstantStrictly_NullZone_ThrowsArgumentNull()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => 1.April(2026).At(9).ToInstantStrictly(null!));

        Assert.Equal("zone", ex.ParamName);
    }

    [Fact]
    public void Utc_LocalDateTime_IsThatUtcInstant()
    {
        Assert.Equal(Instant.FromUtc(2026, 4, 1, 9, 30), 1.April(2026).At(9, 30).Utc());
        Assert.Equal(Instant.FromUtc(2028, 2, 29, 23, 59), 29.February(2028).At(23, 59).Utc());
    }
}
