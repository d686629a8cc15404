using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using ItsmCore.Calendars;
using NodaTime;

namespace ItsmCore.Changes.Tests.Cab;

/// <summary>
/// <see cref="ChangeAdvisoryBoard"/> against <see cref="CadenceOracle"/> on random calendars (Tokyo, New York with its
/// DST nights, London), random rules, meeting times (some inside New York's spring-forward gap), cut-offs and lead times.
/// </summary>
public sealed class CadencePropertyTests
{
    private static readonly Instant RangeStart = Instant.FromUtc(2026, 1, 1, 0, 0);

    [Fact]
    public void NextMeeting_RandomBoards_EqualsTheDayByDayOracle() => PropertyRunner.Run(Cases(), c =>
    {
        CabMeeting? expected = CadenceOracle.NextMeeting(c.Board, c.Instant);
        if (expected is null)
        {
            Assert.Throws<WorkingTimeNotFoundException>(() => c.Board.NextMeeting(c.Instant));
            return;
        }

        CabMeeting actual = c.Board.NextMeeting(c.Instant);
        Assert.True(expected == actual, $"{c}: expected {expected}, got {actual}");
        Assert.True(actual.Start > c.Instant);
    }, maxTest: 150);

    [Fact]
    public void Forecast_RandomBoards_EqualsTheOracle() => PropertyRunner.Run(
        from c in Cases()
        from count in Gen.Choose(0, 2)
        from windows in Gen.ArrayOf(Fixtures.Calendars("window"), count)
        select (c, windows),
        pair =>
        {
            (Case c, BusinessCalendar[] windows) = pair;
            CabMeeting? meeting = CadenceOracle.MeetingFor(c.Board, c.Instant);
            Instant? earliest = meeting is null ? null : CadenceOracle.EarliestImplementation(c.Board, meeting.Start, windows);
            if (earliest is null)
            {
                Assert.Throws<WorkingTimeNotFoundException>(() => c.Board.Forecast(c.Instant, windows));
                return;
            }

            CabForecast forecast = c.Board.Forecast(c.Instant, windows);
            Assert.True(meeting == forecast.Meeting, $"{c}: expected {meeting}, got {forecast.Meeting}");
            Assert.True(forecast.Meeting.CutOff >= c.Instant);
            Assert.Equal(earliest, forecast.EarliestImplementation);
        },
        maxTest: 120);

    [Fact]
    public void MeetingsIn_RandomBoards_AreTheSortedDistinctSeriesAndChainWithNextMeeting() => PropertyRunner.Run(Cases(), c =>
    {
        var interval = new NodaTime.Interval(c.Instant, c.Instant + Duration.FromDays(120));
        CabMeeting[] meetings = [.. c.Board.MeetingsIn(interval)];
        LocalDate[] expected = [.. CadenceOracle.Dates(c.Board, c.Instant.InZone(c.Board.Calendar.Zone).Date.PlusDays(-1), (c.Instant + Duration.FromDays(121)).InZone(c.Board.Calendar.Zone).Date)
            .Where(d => interval.Contains(CadenceOracle.StartOf(c.Board, d)))];
        Assert.Equal(expected, meetings.Select(m => m.Date));
        for (int i = 1; i < meetings.Length; i++)
        {
            Assert.Equal(meetings[i], c.Board.NextMeeting(meetings[i - 1].Start));
        }
    }, maxTest: 60);

    private static Gen<Case> Cases() =>
        from calendar in Fixtures.Calendars()
        from rule in Rules()
        from time in Gen.Frequency(
            (4, Gen.Choose(0, (24 * 4) - 1).Select(q => new LocalTime(q / 4, q % 4 * 15))),
            (1, Gen.Elements(new LocalTime(2, 30), new LocalTime(1, 30), new LocalTime(0, 0))))
        from cutOff in Gen.Frequency(
            (1, Gen.Constant(CabCutOff.AtMeetingStart)),
            (2, Gen.Choose(1, 5).Select(CabCutOff.BusinessDaysBefore)),
            (2, Gen.Choose(1, 12 * 4).Select(q => CabCutOff.WorkingHoursBefore(Duration.FromMinutes(q * 15)))))
        from lead in Gen.Frequency((1, Gen.Constant(0)), (2, Gen.Choose(1, 16 * 4)))
        from minute in Gen.Choose(0, 365 * 24 * 60)
        select new Case(
            new ChangeAdvisoryBoard("cab", calendar, rule, time, cutOff, Duration.FromMinutes(lead * 15)),
            RangeStart + Duration.FromMinutes(minute));

    private static Gen<MeetingRule> Rules() =>
        Gen.OneOf(
            from day in Gen.Frequency((3, Gen.Choose(1, 28)), (1, Gen.Choose(29, 31)))
            from move in Gen.Elements(BusinessDayMove.Next, BusinessDayMove.Previous, BusinessDayMove.Nearest)
            select MeetingRule.MonthlyOnDay(day, move),
            from n in Gen.Choose(0, 5)
            from weekday in Gen.Choose(1, 7)
            select n == 0 ? MeetingRule.LastWeekdayOfMonth((IsoDayOfWeek)weekday) : MeetingRule.NthWeekdayOfMonth(n, (IsoDayOfWeek)weekday),
            from weeks in Gen.Choose(1, 6)
            from anchor in Gen.Choose(0, 700)
            select MeetingRule.EveryWeeks(weeks, new LocalDate(2025, 1, 1).PlusDays(anchor)));

    internal sealed record Case(ChangeAdvisoryBoard Board, Instant Instant)
    {
        public override string ToString() =>
            $"{Board.Calendar.ToJson()} {Board.Rule} at {Board.MeetingTime}, cut-off {Board.CutOff}, lead {Board.LeadTime}, t = {Instant}";
    }
}
