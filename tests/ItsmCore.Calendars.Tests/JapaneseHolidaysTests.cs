using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ItsmCore.Calendars.Holidays;
using NodaTime;
using NodaTime.Text;

namespace ItsmCore.Calendars.Tests;

public sealed class JapaneseHolidaysTests
{
    private const string Substitute = "Substitute Holiday";
    private const string Citizens = "Citizens' Holiday";

    /// <summary>
    /// The Cabinet Office list of national holidays and holidays (内閣府「国民の祝日について」, syukujitsu.csv,
    /// version of February 2026, which covers 1955-2027), for the supported years. A date marked with * is a row
    /// named only 休日 in the list: a substitute holiday or a citizens' holiday.
    /// </summary>
    public static TheoryData<int, string> CabinetOfficeLists => new()
    {
        { 1980, "01-01 01-15 02-11 03-20 04-29 05-03 05-05 09-15 09-23 10-10 11-03 11-23 11-24*" },
        { 1981, "01-01 01-15 02-11 03-21 04-29 05-03 05-04* 05-05 09-15 09-23 10-10 11-03 11-23" },
        { 1982, "01-01 01-15 02-11 03-21 03-22* 04-29 05-03 05-05 09-15 09-23 10-10 10-11* 11-03 11-23" },
        { 1983, "01-01 01-15 02-11 03-21 04-29 05-03 05-05 09-15 09-23 10-10 11-03 11-23" },
        { 1984, "01-01 01-02* 01-15 01-16* 02-11 03-20 04-29 04-30* 05-03 05-05 09-15 09-23 09-24* 10-10 11-03 11-23" },
        { 1985, "01-01 01-15 02-11 03-21 04-29 05-03 05-05 05-06* 09-15 09-16* 09-23 10-10 11-03 11-04* 11-23" },
        { 1986, "01-01 01-15 02-11 03-21 04-29 05-03 05-05 09-15 09-23 10-10 11-03 11-23 11-24*" },
        { 1987, "01-01 01-15 02-11 03-21 04-29 05-03 05-04* 05-05 09-15 09-23 10-10 11-03 11-23" },
        { 1988, "01-01 01-15 02-11 03-20 03-21* 04-29 05-03 05-04* 05-05 09-15 09-23 10-10 11-03 11-23" },
        { 1989, "01-01 01-02* 01-15 01-16* 02-11 02-24 03-21 04-29 05-03 05-04* 05-05 09-15 09-23 10-10 11-03 11-23 12-23" },
        { 1990, "01-01 01-15 02-11 02-12* 03-21 04-29 04-30* 05-03 05-04* 05-05 09-15 09-23 09-24* 10-10 11-03 11-12 11-23 12-23 12-24*" },
        { 1991, "01-01 01-15 02-11 03-21 04-29 05-03 05-04* 05-05 05-06* 09-15 09-16* 09-23 10-10 11-03 11-04* 11-23 12-23" },
        { 1992, "01-01 01-15 02-11 03-20 04-29 05-03 05-04* 05-05 09-15 09-23 10-10 11-03 11-23 12-23" },
        { 1993, "01-01 01-15 02-11 03-20 04-29 05-03 05-04* 05-05 06-09 09-15 09-23 10-10 10-11* 11-03 11-23 12-23" },
        { 1994, "01-01 01-15 02-11 03-21 04-29 05-03 05-04* 05-05 09-15 09-23 10-10 11-03 11-23 12-23" },
        { 1995, "01-01 01-02* 01-15 01-16* 02-11 03-21 04-29 05-03 05-04* 05-05 09-15 09-23 10-10 11-03 11-23 12-23" },
        { 1996, "01-01 01-15 02-11 02-12* 03-20 04-29 05-03 05-04* 05-05 05-06* 07-20 09-15 09-16* 09-23 10-10 11-03 11-04* 11-23 12-23" },
        { 1997, "01-01 01-15 02-11 03-20 04-29 05-03 05-05 07-20 07-21* 09-15 09-23 10-10 11-03 11-23 11-24* 12-23" },
        { 1998, "01-01 01-15 02-11 03-21 04-29 05-03 05-04* 05-05 07-20 09-15 09-23 10-10 11-03 11-23 12-23" },
        { 1999, "01-01 01-15 02-11 03-21 03-22* 04-29 05-03 05-04* 05-05 07-20 09-15 09-23 10-10 10-11* 11-03 11-23 12-23" },
        { 2000, "01-01 01-10 02-11 03-20 04-29 05-03 05-04* 05-05 07-20 09-15 09-23 10-09 11-03 11-23 12-23" },
        { 2001, "01-01 01-08 02-11 02-12* 03-20 04-29 04-30* 05-03 05-04* 05-05 07-20 09-15 09-23 09-24* 10-08 11-03 11-23 12-23 12-24*" },
        { 2002, "01-01 01-14 02-11 03-21 04-29 05-03 05-04* 05-05 05-06* 07-20 09-15 09-16* 09-23 10-14 11-03 11-04* 11-23 12-23" },
        { 2003, "01-01 01-13 02-11 03-21 04-29 05-03 05-05 07-21 09-15 09-23 10-13 11-03 11-23 11-24* 12-23" },
        { 2004, "01-01 01-12 02-11 03-20 04-29 05-03 05-04* 05-05 07-19 09-20 09-23 10-11 11-03 11-23 12-23" },
        { 2005, "01-01 01-10 02-11 03-20 03-21* 04-29 05-03 05-04* 05-05 07-18 09-19 09-23 10-10 11-03 11-23 12-23" },
        { 2006, "01-01 01-02* 01-09 02-11 03-21 04-29 05-03 05-04* 05-05 07-17 09-18 09-23 10-09 11-03 11-23 12-23" },
        { 2007, "01-01 01-08 02-11 02-12* 03-21 04-29 04-30* 05-03 05-04 05-05 07-16 09-17 09-23 09-24* 10-08 11-03 11-23 12-23 12-24*" },
        { 2008, "01-01 01-14 02-11 03-20 04-29 05-03 05-04 05-05 05-06* 07-21 09-15 09-23 10-13 11-03 11-23 11-24* 12-23" },
        { 2009, "01-01 01-12 02-11 03-20 04-29 05-03 05-04 05-05 05-06* 07-20 09-21 09-22* 09-23 10-12 11-03 11-23 12-23" },
        { 2010, "01-01 01-11 02-11 03-21 03-22* 04-29 05-03 05-04 05-05 07-19 09-20 09-23 10-11 11-03 11-23 12-23" },
        { 2011, "01-01 01-10 02-11 03-21 04-29 05-03 05-04 05-05 07-18 09-19 09-23 10-10 11-03 11-23 12-23" },
        { 2012, "01-01 01-02* 01-09 02-11 03-20 04-29 04-30* 05-03 05-04 05-05 07-16 09-17 09-22 10-08 11-03 11-23 12-23 12-24*" },
        { 2013, "01-01 01-14 02-11 03-20 04-29 05-03 05-04 05-05 05-06* 07-15 09-16 09-23 10-14 11-03 11-04* 11-23 12-23" },
        { 2014, "01-01 01-13 02-11 03-21 04-29 05-03 05-04 05-05 05-06* 07-21 09-15 09-23 10-13 11-03 11-23 11-24* 12-23" },
        { 2015, "01-01 01-12 02-11 03-21 04-29 05-03 05-04 05-05 05-06* 07-20 09-21 09-22* 09-23 10-12 11-03 11-23 12-23" },
        { 2016, "01-01 01-11 02-11 03-20 03-21* 04-29 05-03 05-04 05-05 07-18 08-11 09-19 09-22 10-10 11-03 11-23 12-23" },
        { 2017, "01-01 01-02* 01-09 02-11 03-20 04-29 05-03 05-04 05-05 07-17 08-11 09-18 09-23 10-09 11-03 11-23 12-23" },
        { 2018, "01-01 01-08 02-11 02-12* 03-21 04-29 04-30* 05-03 05-04 05-05 07-16 08-11 09-17 09-23 09-24* 10-08 11-03 11-23 12-23 12-24*" },
        { 2019, "01-01 01-14 02-11 03-21 04-29 04-30* 05-01 05-02* 05-03 05-04 05-05 05-06* 07-15 08-11 08-12* 09-16 09-23 10-14 10-22 11-03 11-04* 11-23" },
        { 2020, "01-01 01-13 02-11 02-23 02-24* 03-20 04-29 05-03 05-04 05-05 05-06* 07-23 07-24 08-10 09-21 09-22 11-03 11-23" },
        { 2021, "01-01 01-11 02-11 02-23 03-20 04-29 05-03 05-04 05-05 07-22 07-23 08-08 08-09* 09-20 09-23 11-03 11-23" },
        { 2022, "01-01 01-10 02-11 02-23 03-21 04-29 05-03 05-04 05-05 07-18 08-11 09-19 09-23 10-10 11-03 11-23" },
        { 2023, "01-01 01-02* 01-09 02-11 02-23 03-21 04-29 05-03 05-04 05-05 07-17 08-11 09-18 09-23 10-09 11-03 11-23" },
        { 2024, "01-01 01-08 02-11 02-12* 02-23 03-20 04-29 05-03 05-04 05-05 05-06* 07-15 08-11 08-12* 09-16 09-22 09-23* 10-14 11-03 11-04* 11-23" },
        { 2025, "01-01 01-13 02-11 02-23 02-24* 03-20 04-29 05-03 05-04 05-05 05-06* 07-21 08-11 09-15 09-23 10-13 11-03 11-23 11-24*" },
        { 2026, "01-01 01-12 02-11 02-23 03-20 04-29 05-03 05-04 05-05 05-06* 07-20 08-11 09-21 09-22* 09-23 10-12 11-03 11-23" },
        { 2027, "01-01 01-11 02-11 02-23 03-21 03-22* 04-29 05-03 05-04 05-05 07-19 08-11 09-20 09-23 10-11 11-03 11-23" },
    };

    [Theory]
    [MemberData(nameof(CabinetOfficeLists))]
    public void AddHolidays_PublishedYear_MatchesCabinetOfficeList(int year, string published)
    {
        string[] expected = published.Split(' ');

        string[] actual = Holidays(year)
            .Select(h => h.Key.ToString("MM-dd", CultureInfo.InvariantCulture) + (h.Value is Substitute or Citizens ? "*" : string.Empty))
            .ToArray();

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void AddHolidays_2030_MatchesTheActWithPredictedEquinoxes()
    {
        // Not published yet: the Act as amended, with the equinox days of the standard approximation (20 March and 23 September).
        string[] expected =
        {
            "01-01 New Year's Day", "01-14 Coming of Age Day", "02-11 National Foundation Day", "02-23 Emperor's Birthday",
            "03-20 Vernal Equinox Day", "04-29 Showa Day", "05-03 Constitution Memorial Day", "05-04 Greenery Day",
            "05-05 Children's Day", "05-06 Substitute Holiday", "07-15 Marine Day", "08-11 Mountain Day",
            "08-12 Substitute Holiday", "09-16 Respect for the Aged Day", "09-23 Autumnal Equinox Day", "10-14 Sports Day",
            "11-03 Culture Day", "11-04 Substitute Holiday", "11-23 Labour Thanksgiving Day",
        };

        Assert.Equal(expected, Describe(Holidays(2030)));
    }

    [Fact]
    public void AddHolidays_2019_HasImperialTransitionDaysAndNames()
    {
        string[] expected =
        {
            "01-01 New Year's Day", "01-14 Coming of Age Day", "02-11 National Foundation Day", "03-21 Vernal Equinox Day",
            "04-29 Showa Day", "04-30 Citizens' Holiday", "05-01 Enthronement Day", "05-02 Citizens' Holiday",
            "05-03 Constitution Memorial Day", "05-04 Greenery Day", "05-05 Children's Day", "05-06 Substitute Holiday",
            "07-15 Marine Day", "08-11 Mountain Day", "08-12 Substitute Holiday", "09-16 Respect for the Aged Day",
            "09-23 Autumnal Equinox Day", "10-14 Health and Sports Day", "10-22 Enthronement Ceremony", "11-03 Culture Day",
            "11-04 Substitute Holiday", "11-23 Labour Thanksgiving Day",
        };

        Assert.Equal(expected, Describe(Holidays(2019)));
    }

    [Fact]
    public void AddHolidays_2020_HasOlympicMovesAndNames()
    {
        string[] expected =
        {
            "01-01 New Year's Day", "01-13 Coming of Age Day", "02-11 National Foundation Day", "02-23 Emperor's Birthday",
            "02-24 Substitute Holiday", "03-20 Vernal Equinox Day", "04-29 Showa Day", "05-03 Constitution Memorial Day",
            "05-04 Greenery Day", "05-05 Children's Day", "05-06 Substitute Holiday", "07-23 Marine Day", "07-24 Sports Day",
            "08-10 Mountain Day", "09-21 Respect for the Aged Day", "09-22 Autumnal Equinox Day", "11-03 Culture Day",
            "11-23 Labour Thanksgiving Day",
        };

        Assert.Equal(expected, Describe(Holidays(2020)));
    }

    [Fact]
    public void AddHolidays_2021_HasOlympicMovesWithSubstituteForMountainDay()
    {
        var holidays = Holidays(2021);

        Assert.Equal("Marine Day", NameOn(holidays, "2021-07-22"));
        Assert.Equal("Sports Day", NameOn(holidays, "2021-07-23"));
        Assert.Equal("Mountain Day", NameOn(holidays, "2021-08-08"));
        Assert.Equal(Substitute, NameOn(holidays, "2021-08-09"));
        Assert.Equal(17, holidays.Count);
    }

    [Theory]
    [InlineData(1980, 20, 23)]
    [InlineData(1990, 21, 23)]
    [InlineData(2000, 20, 23)]
    [InlineData(2012, 20, 22)]
    [InlineData(2016, 20, 22)]
    [InlineData(2019, 21, 23)]
    [InlineData(2020, 20, 22)]
    [InlineData(2023, 21, 23)]
    [InlineData(2024, 20, 22)]
    [InlineData(2025, 20, 23)]
    [InlineData(2026, 20, 23)]
    [InlineData(2027, 21, 23)]
    [InlineData(2030, 20, 23)]
    [InlineData(2032, 20, 22)]
    [InlineData(2088, 20, 22)]
    [InlineData(2100, 20, 23)]
    public void AddHolidays_Year_PutsEquinoxDaysOnExpectedDates(int year, int vernalDay, int autumnalDay)
    {
        var holidays = Holidays(year);

        Assert.Equal(new LocalDate(year, 3, vernalDay), DateOf(holidays, "Vernal Equinox Day"));
        Assert.Equal(new LocalDate(year, 9, autumnalDay), DateOf(holidays, "Autumnal Equinox Day"));
    }

    [Fact]
    public void AddHolidays_EverySupportedYear_PutsEquinoxDaysWhereExactIntegerFormulaDoes()
    {
        // The approximation in millionths of a day, so that no rounding can move the floor (2012 autumn is 22.999008,
        // 2088 spring is 20.000052).
        for (int year = JapaneseHolidays.FirstComputedYear; year <= JapaneseHolidays.LastComputedYear; year++)
        {
            long elapsed = year - 1980;
            long vernal = year < 2100 ? 20_843_100 : 21_851_000;
            long autumnal = year < 2100 ? 23_248_800 : 24_248_800;
            long leapDays = (long)Math.Floor(elapsed / 4.0);
            int vernalDay = (int)(((vernal + (242_194 * elapsed)) / 1_000_000) - leapDays);
            int autumnalDay = (int)(((autumnal + (242_194 * elapsed)) / 1_000_000) - leapDays);

            var holidays = Holidays(year);

            Assert.Equal(new LocalDate(year, 3, vernalDay), DateOf(holidays, "Vernal Equinox Day"));
            Assert.Equal(new LocalDate(year, 9, autumnalDay), DateOf(holidays, "Autumnal Equinox Day"));
        }
    }

    [Theory]
    [InlineData("1980-11-24")]
    [InlineData("1992-05-04")] // Before 2007 the Monday after a Sunday holiday is its substitute, not a citizens' holiday.
    [InlineData("2006-01-02")]
    [InlineData("2008-05-06")] // Greenery Day on Sunday: Children's Day is a holiday, so the next free day is Tuesday.
    [InlineData("2009-05-06")] // Constitution Day on Sunday: 4 and 5 May are holidays.
    [InlineData("2013-05-06")]
    [InlineData("2019-05-06")]
    [InlineData("2021-08-09")]
    [InlineData("2024-09-23")]
    [InlineData("2025-11-24")]
    [InlineData("2027-03-22")]
    public void AddHolidays_HolidayOnSunday_AddsSubstituteHoliday(string date)
    {
        LocalDate day = Parse(date);

        Assert.Equal(Substitute, NameOn(Holidays(day.Year), date));
    }

    [Theory]
    [InlineData("1988-05-04")]
    [InlineData("2006-05-04")]
    [InlineData("2009-09-22")]
    [InlineData("2015-09-22")]
    [InlineData("2019-04-30")]
    [InlineData("2019-05-02")]
    [InlineData("2026-09-22")]
    [InlineData("2032-09-21")]
    [InlineData("2037-09-22")]
    public void AddHolidays_DayBetweenTwoNationalHolidays_AddsCitizensHoliday(string date)
    {
        LocalDate day = Parse(date);

        Assert.Equal(Citizens, NameOn(Holidays(day.Year), date));
    }

    [Theory]
    [InlineData("1985-05-04")] // Saturday before the citizens' holiday amendment took effect (27 December 1985).
    [InlineData("1986-05-04")] // Sunday between two holidays.
    [InlineData("1997-05-04")] // Sunday between two holidays.
    [InlineData("1995-07-20")] // Before Marine Day.
    [InlineData("2015-08-11")] // Before Mountain Day.
    [InlineData("2019-02-23")] // Between the two Emperor's Birthdays.
    [InlineData("2019-12-23")]
    [InlineData("2020-07-20")] // Olympic years: the regular Marine Day, Mountain Day and Sports Day were moved.
    [InlineData("2020-08-11")]
    [InlineData("2020-10-12")]
    [InlineData("2021-07-19")]
    [InlineData("2021-10-11")]
    [InlineData("2012-09-23")] // Autumnal Equinox Day fell on the 22nd.
    public void AddHolidays_DateWithoutHoliday_DoesNotListIt(string date)
    {
        LocalDate day = Parse(date);

        Assert.DoesNotContain(Holidays(day.Year), h => h.Key == day);
    }

    [Theory]
    [InlineData("1988-04-29", "Emperor's Birthday")]
    [InlineData("1989-04-29", "Greenery Day")]
    [InlineData("2006-04-29", "Greenery Day")]
    [InlineData("2007-04-29", "Showa Day")]
    [InlineData("2007-05-04", "Greenery Day")]
    [InlineData("1989-12-23", "Emperor's Birthday")]
    [InlineData("2018-12-23", "Emperor's Birthday")]
    [InlineData("2020-02-23", "Emperor's Birthday")]
    [InlineData("1999-01-15", "Coming of Age Day")]
    [InlineData("2000-01-10", "Coming of Age Day")]
    [InlineData("1996-07-20", "Marine Day")]
    [InlineData("2003-07-21", "Marine Day")]
    [InlineData("2002-09-15", "Respect for the Aged Day")]
    [InlineData("2004-09-20", "Respect for the Aged Day")]
    [InlineData("1999-10-10", "Health and Sports Day")]
    [InlineData("2000-10-09", "Health and Sports Day")]
    [InlineData("2019-10-14", "Health and Sports Day")]
    [InlineData("2022-10-10", "Sports Day")]
    [InlineData("2016-08-11", "Mountain Day")]
    [InlineData("2021-02-11", "National Foundation Day")]
    [InlineData("2021-11-03", "Culture Day")]
    [InlineData("2021-11-23", "Labour Thanksgiving Day")]
    [InlineData("1989-02-24", "Funeral of Emperor Showa")]
    [InlineData("1990-11-12", "Enthronement Ceremony")]
    [InlineData("1993-06-09", "Wedding of the Crown Prince")]
    [InlineData("2019-05-01", "Enthronement Day")]
    [InlineData("2019-10-22", "Enthronement Ceremony")]
    public void AddHolidays_HolidayDate_UsesNameInForceThatYear(string date, string name)
    {
        LocalDate day = Parse(date);

        Assert.Equal(name, NameOn(Holidays(day.Year), date));
    }

    [Theory]
    [InlineData(1977)]
    [InlineData(2103)]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(int.MinValue)]
    [InlineData(int.MaxValue)]
    public void AddHolidays_YearOutsideSupportedRange_ThrowsArgumentOutOfRange(int year)
    {
        var into = new List<KeyValuePair<LocalDate, string>>();

        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => JapaneseHolidays.AddHolidays(year, into));

        Assert.Equal("year", exception.ParamName);
        Assert.Contains("\"JP\"", exception.Message, StringComparison.Ordinal);
        Assert.Contains("1980 to 2100", exception.Message, StringComparison.Ordinal);
        Assert.Contains("1978 to 2102", exception.Message, StringComparison.Ordinal);
        Assert.Empty(into);
    }

    [Fact]
    public void AddHolidays_NullList_ThrowsArgumentNull()
    {
        var exception = Assert.Throws<ArgumentNullException>(() => JapaneseHolidays.AddHolidays(2024, null!));

        Assert.Equal("into", exception.ParamName);
    }

    [Fact]
    public void AddHolidays_ListWithEntries_AppendsAfterThemInDateOrder()
    {
        var existing = new KeyValuePair<LocalDate, string>(new LocalDate(2099, 1, 1), "Existing");
        var into = new List<KeyValuePair<LocalDate, string>> { existing };

        JapaneseHolidays.AddHolidays(2019, into);
        JapaneseHolidays.AddHolidays(2020, into);

        Assert.Equal(1 + 22 + 18, into.Count);
        Assert.Equal(existing, into[0]);
        Assert.Equal(Holidays(2019), into.GetRange(1, 22));
        Assert.Equal(Holidays(2020), into.GetRange(23, 18));
    }

    [Fact]
    public void AddHolidays_EverySupportedYear_IsOrderedWithinYearAndLeavesNoSundayUnsubstituted()
    {
        for (int year = JapaneseHolidays.FirstComputedYear; year <= JapaneseHolidays.LastComputedYear; year++)
        {
            var holidays = Holidays(year);

            Assert.All(holidays, h => Assert.Equal(year, h.Key.Year));
            Assert.All(holidays, h => Assert.False(string.IsNullOrWhiteSpace(h.Value)));
            for (int i = 1; i < holidays.Count; i++)
            {
                Assert.True(holidays[i - 1].Key < holidays[i].Key, $"{year}: {holidays[i - 1].Key} is not before {holidays[i].Key}");
            }

            foreach (var sunday in holidays.Where(h => h.Key.DayOfWeek == IsoDayOfWeek.Sunday))
            {
                Assert.NotEqual(Substitute, sunday.Value);
                Assert.NotEqual(Citizens, sunday.Value);

                // The first day after it that is not a national holiday is its substitute.
                LocalDate day = sunday.Key.PlusDays(1);
                while (NameOn(holidays, day) is { } name && name is not (Substitute or Citizens))
                {
                    day = day.PlusDays(1);
                }

                Assert.True(NameOn(holidays, day) == Substitute, $"{year}: no substitute for {sunday.Value} on Sunday {sunday.Key}");
            }
        }
    }

    [Fact]
    public void AddHolidays_Years2000To2099_HaveBetween15And22Holidays()
    {
        for (int year = JapaneseHolidays.FirstExactYear; year <= JapaneseHolidays.LastExactYear; year++)
        {
            int count = Holidays(year).Count;

            Assert.InRange(count, 15, 22);
        }
    }

    private static List<KeyValuePair<LocalDate, string>> Holidays(int year)
    {
        var into = new List<KeyValuePair<LocalDate, string>>();
        JapaneseHolidays.AddHolidays(year, into);
        return into;
    }

    private static string[] Describe(List<KeyValuePair<LocalDate, string>> holidays) =>
        holidays.Select(h => h.Key.ToString("MM-dd", CultureInfo.InvariantCulture) + " " + h.Value).ToArray();

    private static LocalDate Parse(string date) => LocalDatePattern.Iso.Parse(date).Value;

    private static string? NameOn(List<KeyValuePair<LocalDate, string>> holidays, string date) => NameOn(holidays, Parse(date));

    private static string? NameOn(List<KeyValuePair<LocalDate, string>> holidays, LocalDate day) =>
        holidays.Where(h => h.Key == day).Select(h => h.Value).SingleOrDefault();

    private static LocalDate DateOf(List<KeyValuePair<LocalDate, string>> holidays, string name) =>
        holidays.Single(h => h.Value == name).Key;
}
