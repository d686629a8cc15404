using System.Linq;
using NodaTime;
using static ItsmCore.Changes.Tests.Fixtures;

namespace ItsmCore.Changes.Tests.Cab;

/// <summary>
/// Domain brief, cases 9 and 14: the CAB meets monthly around the 10th (here: the 10th moved to the next business day,
/// 14:00 Asia/Tokyo, weekdays 09:00-18:00 with the JP national holidays, cut-off 5 business days), so a normal change
/// waits weeks for its meeting; the agile track meets every two weeks. An RFC is raised at 10:00 on every day of 2026.
/// </summary>
public sealed class Case9CabCadenceScenarioTests
{
    private static readonly ChangeAdvisoryBoard MonthlyCab = new(
        "monthly-cab", TokyoOffice, MeetingRule.MonthlyOnDay(10, BusinessDayMove.Next), new LocalTime(14, 0), CabCutOff.BusinessDaysBefore(5));

    private static readonly ChangeAdvisoryBoard AgileTrack = new(
        "agile-track", TokyoOffice, MeetingRule.EveryWeeks(2, new LocalDate(2026, 1, 5)), new LocalTime(14, 0), CabCutOff.AtMeetingStart);

    private static (Instant Raised, CabMeeting Meeting)[] EveryDayOf2026(ChangeAdvisoryBoard board) =>
        Enumerable.Range(0, 365).Select(d => new LocalDate(2026, 1, 1).PlusDays(d))
            .Select(d => Jst(d.Year, d.Month, d.Day, 10))
            .Select(raised => (raised, board.Forecast(raised, []).Meeting))
            .ToArray();

    [Fact]
    public void MonthlyCab_RfcRaisedEachDay_WaitsBetweenOneWeekAndSixWeeks()
    {
        (Instant Raised, CabMeeting Meeting)[] forecasts = EveryDayOf2026(MonthlyCab);

        // Longest: raised Wed 29 April (Showa Day), after the cut-off of the 11 May meeting (Tue 28 April 14:00, Golden
        // Week in between), heard Wed 10 June 14:00: 42 days 4 hours. Shortest: raised on a cut-off day such as Tue 3
        // February 10:00 and heard Tue 10 February 14:00: 7 days 4 hours.
        Duration longest = forecasts.Max(f => f.Meeting.Start - f.Raised);
        Duration shortest = forecasts.Min(f => f.Meeting.Start - f.Raised);
        Assert.Equal(Duration.FromDays(42) + Duration.FromHours(4), longest);
        Assert.Equal(Jst(2026, 4, 29, 10), forecasts.Single(f => f.Meeting.Start - f.Raised == longest).Raised);
        Assert.Equal(Duration.FromDays(7) + Duration.FromHours(4), shortest);

        // What the cadence implies: never more than two months, and every meeting heard is around the 10th (10th-13th).
        Assert.All(forecasts, f => Assert.True(f.Meeting.Start - f.Raised <= Duration.FromDays(61), $"{f.Raised}: {f.Meeting}"));
        Assert.All(forecasts, f => Assert.InRange(f.Meeting.Date.Day, 10, 13));
    }

    [Fact]
    public void MonthlyCab_RaisedAfterTheCutOff_GoesToTheNextMonth()
    {
        Assert.Equal(new LocalDate(2026, 2, 10), MonthlyCab.MeetingFor(Jst(2026, 2, 3, 14)).Date);
        Assert.Equal(new LocalDate(2026, 3, 10), MonthlyCab.MeetingFor(Jst(2026, 2, 3, 14, 1)).Date);
    }

    [Fact]
    public void AgileTrack_RfcRaisedEachDay_IsHeardWithinTwoWeeksAndFourHours()
    {
        (Instant Raised, CabMeeting Meeting)[] forecasts = EveryDayOf2026(AgileTrack);

        // The longest gaps are 15 days, where a nominal Monday is a holiday and moves to Tuesday: 6 to 21 July (Marine
        // Day), 28 September to 13 October (Sports Day), 9 to 24 November (Labour Thanksgiving Day); raised the morning
        // after such a meeting, an RFC waits 14 days 4 hours. The next nominal date is not re-anchored by the move.
        Duration longest = forecasts.Max(f => f.Meeting.Start - f.Raised);
        Assert.Equal(Duration.FromDays(14) + Duration.FromHours(4), longest);
        Assert.Equal(
            [Jst(2026, 7, 7, 10), Jst(2026, 9, 29, 10), Jst(2026, 11, 10, 10)],
            forecasts.Where(f => f.Meeting.Start - f.Raised == longest).Select(f => f.Raised));
        Assert.Equal(Duration.FromHours(4), forecasts.Min(f => f.Meeting.Start - f.Raised));
    }
}
