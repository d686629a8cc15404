using System;
using FsCheck;
using FsCheck.Fluent;
using ItsmCore.Calendars;
using ItsmCore.Primitives;
using NodaTime;
using static ItsmCore.Sla.Tests.Sla;

namespace ItsmCore.Sla.Tests.LeadTimes;

/// <summary>
/// <see cref="LeadTime"/> on case 1's second-line calendar (weekdays 10:00-19:00 Asia/Tokyo, JP national holidays):
/// minor requests 1 business day, service-impacting requests 5 business days. November 2026: Tuesday 3rd (Culture Day)
/// and Monday 23rd (Labour Thanksgiving Day) are holidays.
/// </summary>
public sealed class LeadTimeTests
{
    private static readonly BusinessCalendar SecondLine =
        BusinessCalendar.CreateBuilder("tokyo-second-line", Tokyo).WithWeekdayHours("10:00-19:00").AddHolidaySet("JP").Build();

    private static readonly LeadTime OneDay = LeadTime.OfBusinessDays(1, "tokyo-second-line");
    private static readonly LeadTime FiveDays = LeadTime.OfBusinessDays(5, "tokyo-second-line");

    [Theory]
    [InlineData("2026-11-16T11:00", "2026-11-17T11:00")] // Monday inside working hours: Tuesday, same time
    [InlineData("2026-11-20T17:00", "2026-11-24T17:00")] // Friday: Monday 23rd is a holiday
    [InlineData("2026-11-21T11:00", "2026-11-25T10:00")] // Saturday: counted from Tuesday's 10:00 opening
    [InlineData("2026-11-16T20:00", "2026-11-18T10:00")] // Monday after the close: from Tuesday's opening
    [InlineData("2026-11-16T08:00", "2026-11-17T10:00")] // Monday before the opening: from Monday's opening
    [InlineData("2026-11-16T10:00", "2026-11-17T10:00")] // exactly at the opening
    public void EarliestFrom_OneBusinessDaySameTimeOfDay_IsTheNextBusinessDayAtTheStartTime(string created, string expected) =>
        Assert.Equal(Local(expected), OneDay.EarliestFrom(SecondLine, Local(created)));

    [Theory]
    [InlineData("2026-11-16T11:00", "2026-11-24T11:00")] // Tue, Wed, Thu, Fri, (Mon 23rd), Tue
    [InlineData("2026-10-30T18:59", "2026-11-09T18:59")] // Mon 2, (Tue 3), Wed 4, Thu 5, Fri 6, Mon 9
    [InlineData("2026-04-30T10:00", "2026-05-12T10:00")] // Fri 1 May, (Golden Week 4-6), Thu 7, Fri 8, Mon 11, Tue 12
    public void EarliestFrom_FiveBusinessDays_SkipsWeekendsAndHolidays(string created, string expected) =>
        Assert.Equal(Local(expected), FiveDays.EarliestFrom(SecondLine, Local(created)));

    [Theory]
    [InlineData("2026-11-16T11:00", "2026-11-17T19:00")]
    [InlineData("2026-11-20T17:00", "2026-11-24T19:00")]
    [InlineData("2026-11-21T11:00", "2026-11-25T19:00")]
    public void EarliestFrom_EndOfBusinessDayPolicy_IsTheCloseOfTheLastDay(string created, string expected) =>
        Assert.Equal(Local(expected), LeadTime.OfBusinessDays(1, "tokyo-second-line", LeadTimePolicy.EndOfBusinessDay).EarliestFrom(SecondLine, Local(created)));

    [Fact]
    public void Check_DesiredExactlyAtTheEarliest_IsAccepted()
    {
        Outcome<LeadTimeCheck> outcome = OneDay.Check(SecondLine, Local("2026-11-20T17:00"), Local("2026-11-24T17:00"));
        Assert.True(outcome.IsSuccess);
        Assert.Equal(new LeadTimeCheck(Local("2026-11-20T17:00"), Local("2026-11-24T17:00"), Local("2026-11-24T17:00")), outcome.Value);
    }

    [Fact]
    public void Check_DesiredOneNanosecondEarly_IsRefusedStatingTheEarliestAllowedInstant()
    {
        Outcome<LeadTimeCheck> outcome = OneDay.Check(SecondLine, Local("2026-11-20T17:00"), Local("2026-11-24T17:00") - Duration.Epsilon);

        Refusal refusal = Assert.Single(outcome.Refusals);
        Assert.Equal("LeadTime.DesiredAt.BeforeEarliestAllowed", refusal.Code);
        Assert.Equal("2026-11-24T08:00:00Z", refusal["earliestAllowed"]);
        Assert.Equal("2026-11-24 17:00", refusal["earliestAllowedLocal"]);
        Assert.Equal("2026-11-20T08:00:00Z", refusal["createdAt"]);
        Assert.Contains("earliest allowed is 2026-11-24 17:00 (Asia/Tokyo)", refusal.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_DesiredDate_AcceptedFromTheEarliestDateOn()
    {
        // Created Monday 16 November 11:00 with 5 business days: earliest Tuesday 24 November 11:00.
        Instant created = Local("2026-11-16T11:00");
        Outcome<LeadTimeCheck> sameDay = FiveDays.Check(SecondLine, created, new LocalDate(2026, 11, 24));
        Assert.Equal(Local("2026-11-24T11:00"), sameDay.Value.Desired);
        Assert.Equal(Local("2026-11-25T00:00"), FiveDays.Check(SecondLine, created, new LocalDate(2026, 11, 25)).Value.Desired);

        Outcome<LeadTimeCheck> early = FiveDays.Check(SecondLine, created, new LocalDate(2026, 11, 23));
        Assert.True(early.HasRefusal(LeadTime.TooEarlyCode));
        Assert.Equal("2026-11-24T02:00:00Z", early.Refusals[0]["earliestAllowed"]);
        Assert.Equal("2026-11-23", early.Refusals[0]["desired"]);
    }

    [Fact]
    public void EarliestFrom_ZeroDays_IsTheCreationOrTheEndOfItsBusinessDay()
    {
        Assert.Equal(Local("2026-11-16T11:00"), LeadTime.OfBusinessDays(0, "tokyo-second-line").EarliestFrom(SecondLine, Local("2026-11-16T11:00")));
        Assert.Equal(
            Local("2026-11-16T19:00"),
            LeadTime.OfBusinessDays(0, "tokyo-second-line", LeadTimePolicy.EndOfBusinessDay).EarliestFrom(SecondLine, Local("2026-11-16T11:00")));
    }

    [Fact]
    public void OfBusinessDays_InvalidArguments_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => LeadTime.OfBusinessDays(-1, "x"));
        Assert.Throws<ArgumentOutOfRangeException>(() => LeadTime.OfBusinessDays(251, "x"));
        Assert.Throws<ArgumentException>(() => LeadTime.OfBusinessDays(1, string.Empty));
        Assert.Throws<ArgumentException>(() => OneDay.EarliestFrom(Office, Local("2026-11-16T11:00")));
        Assert.Throws<ArgumentException>(() => LeadTime.OfBusinessDays(0, "tokyo-second-line").EarliestFrom(Office, Local("2026-11-16T11:00")));
        Assert.Equal(LeadTime.OfBusinessDays(1, "tokyo-second-line", LeadTimePolicy.SameTimeOfDay), OneDay);
        Assert.NotEqual(LeadTime.OfBusinessDays(1, "tokyo-second-line", LeadTimePolicy.EndOfBusinessDay), OneDay);
    }

    [Fact]
    public void EarliestFrom_CreatedInWorkingHours_LeavesExactlyNFullBusinessDaysOfWorkingTime() => PropertyRunner.Run(
        from minute in Gen.Choose(0, 364 * 24 * 60)
        from days in Gen.Choose(1, 10)
        select (Created: Jst(2026, 1, 1, 0) + Duration.FromMinutes(minute), Days: days),
        c =>
        {
            if (!SecondLine.IsWorking(c.Created))
            {
                return;
            }

            Instant earliest = LeadTime.OfBusinessDays(c.Days, "tokyo-second-line").EarliestFrom(SecondLine, c.Created);

            // Every business day has 9 working hours and the time of day is kept, so exactly n x 9 h of working time
            // lies in between, and the local date is n business days on (counted by stepping over dates).
            Assert.Equal(Duration.FromHours(9 * c.Days), SecondLine.WorkingTimeBetween(c.Created, earliest));
            Assert.Equal(c.Created.InZone(Tokyo).TimeOfDay, earliest.InZone(Tokyo).TimeOfDay);
            int counted = 0;
            for (LocalDate d = c.Created.InZone(Tokyo).Date.PlusDays(1); d <= earliest.InZone(Tokyo).Date; d = d.PlusDays(1))
            {
                counted += SecondLine.IsWorkingDay(d) ? 1 : 0;
            }

            Assert.Equal(c.Days, counted);
        },
        maxTest: 300);

    private static Instant Local(string text) =>
        Tokyo.AtStrictly(NodaTime.Text.LocalDateTimePattern.GeneralIso.Parse(text + ":00").Value).ToInstant();

    [Fact]
    public void Describe_AsPeopleWriteIt_ToStringKeepsTheExactForm()
    {
        Assert.Equal("1 business day on second-line", LeadTime.OfBusinessDays(1, "second-line").Describe());
        Assert.Equal("5 business days on second-line", LeadTime.OfBusinessDays(5, "second-line").Describe());
        Assert.Equal("3 business days, end of day on second-line", LeadTime.OfBusinessDays(3, "second-line", LeadTimePolicy.EndOfBusinessDay).Describe());
        Assert.Equal("end of business day on second-line", LeadTime.OfBusinessDays(0, "second-line", LeadTimePolicy.EndOfBusinessDay).Describe());
        Assert.Equal("5 business days (SameTimeOfDay) on 'second-line'", LeadTime.OfBusinessDays(5, "second-line").ToString());
    }
}
