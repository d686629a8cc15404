using System.Collections.Generic;
using System.Linq;
using ItsmCore.Calendars;
using NodaTime;
using NodaTime.TimeZones;

namespace ItsmCore.Changes.Tests.Cab;

/// <summary>
/// A brute-force reading of DESIGN.md's "CAB cadence", written from the text and not from the engine: nominal dates are
/// recognised by stepping over every local date, moves step day by day, working-hour cut-offs, lead times and
/// maintenance windows step minute by minute (the random calendars and meeting times are on whole minutes). Only the
/// calendar's own <see cref="BusinessCalendar.IsWorkingDay"/> and <see cref="BusinessCalendar.IsWorking"/> are used.
/// </summary>
internal static class CadenceOracle
{
    private const int Horizon = 366;

    public static bool IsNominal(MeetingRule rule, LocalDate d)
    {
        int length = CalendarSystem.Iso.GetDaysInMonth(d.Year, d.Month);
        return rule.Kind switch
        {
            MeetingRuleKind.MonthlyOnDay => d.Day == System.Math.Min(rule.Day, length),
            MeetingRuleKind.NthWeekdayOfMonth => d.DayOfWeek == rule.Weekday && (rule.IsLastWeekday ? d.Day + 7 > length : ((d.Day - 1) / 7) + 1 == rule.N),
            _ => d >= rule.Anchor && Period.DaysBetween(rule.Anchor, d) % (7 * rule.IntervalWeeks) == 0,
        };
    }

    public static LocalDate? Move(BusinessCalendar calendar, BusinessDayMove move, LocalDate nominal)
    {
        LocalDate? next = null;
        LocalDate? previous = null;
        for (int k = 0; k <= Horizon && next is null; k++)
        {
            next = calendar.IsWorkingDay(nominal.PlusDays(k)) ? nominal.PlusDays(k) : null;
        }

        for (int k = 0; k <= Horizon && previous is null; k++)
        {
            previous = calendar.IsWorkingDay(nominal.PlusDays(-k)) ? nominal.PlusDays(-k) : null;
        }

        switch (move)
        {
            case BusinessDayMove.Next:
                return next;
            case BusinessDayMove.Previous:
                return previous;
            default:
                if (next is null || previous is null)
                {
                    return next ?? previous;
                }

                int after = Period.DaysBetween(nominal, next.Value);
                int before = Period.DaysBetween(previous.Value, nominal);
                return after <= before ? next : previous;
        }
    }

    /// <summary>The meeting dates within [from, to], by stepping over every nominal date that could move there.</summary>
    public static SortedSet<LocalDate> Dates(ChangeAdvisoryBoard board, LocalDate from, LocalDate to)
    {
        var result = new SortedSet<LocalDate>();
        for (LocalDate d = from.PlusDays(-Horizon - 1); d <= to.PlusDays(Horizon + 1); d = d.PlusDays(1))
        {
            if (IsNominal(board.Rule, d) && Move(board.Calendar, board.Rule.Move, d) is { } moved && moved >= from && moved <= to)
            {
                result.Add(moved);
            }
        }

        return result;
    }

    /// <summary>The first instant at which the wall clock shows the local time or later.</summary>
    public static Instant Map(DateTimeZone zone, LocalDateTime local)
    {
        ZoneLocalMapping mapping = zone.MapLocal(local);
        return mapping.Count switch
        {
            0 => mapping.LateInterval.Start,
            _ => mapping.First().ToInstant(),
        };
    }

    public static Instant StartOf(ChangeAdvisoryBoard board, LocalDate date) => Map(board.Calendar.Zone, date.At(board.MeetingTime));

    public static Instant CutOff(ChangeAdvisoryBoard board, LocalDate date)
    {
        Instant start = StartOf(board, date);
        switch (board.CutOff.Kind)
        {
            case CabCutOffKind.BusinessDays:
                LocalDate day = date;
                for (int n = board.CutOff.BusinessDays; n > 0;)
                {
                    day = day.PlusDays(-1);
                    if (board.Calendar.IsWorkingDay(day))
                    {
                        n--;
                    }
                }

                return StartOf(board, day);
            case CabCutOffKind.WorkingHours:
                Instant c = start;
                Duration working = Duration.Zero;
                while (working < board.CutOff.WorkingTime)
                {
                    c -= Duration.FromMinutes(1);
                    if (board.Calendar.IsWorking(c))
                    {
                        working += Duration.FromMinutes(1);
                    }
                }

                return c;
            default:
                return start;
        }
    }

    public static CabMeeting? NextMeeting(ChangeAdvisoryBoard board, Instant t)
    {
        LocalDate d = t.InZone(board.Calendar.Zone).Date;
        foreach (LocalDate date in Dates(board, d.PlusDays(-1), d.PlusDays(Horizon)))
        {
            Instant start = StartOf(board, date);
            if (start > t)
            {
                return new CabMeeting(board.Id, date, start, CutOff(board, date));
            }
        }

        return null;
    }

    public static CabMeeting? MeetingFor(ChangeAdvisoryBoard board, Instant submitted)
    {
        LocalDate d = submitted.InZone(board.Calendar.Zone).Date;
        foreach (LocalDate date in Dates(board, d.PlusDays(-1), d.PlusDays(Horizon)))
        {
            Instant cutOff = CutOff(board, date);
            if (cutOff >= submitted)
            {
                return new CabMeeting(board.Id, date, StartOf(board, date), cutOff);
            }
        }

        return null;
    }

    /// <summary>Earliest implementation: minute stepping for the lead time, then for the first minute every window is working.</summary>
    public static Instant? EarliestImplementation(ChangeAdvisoryBoard board, Instant meetingStart, IReadOnlyList<BusinessCalendar> windows)
    {
        Instant e = meetingStart;
        Duration working = Duration.Zero;
        while (working < board.LeadTime)
        {
            if (board.Calendar.IsWorking(e))
            {
                working += Duration.FromMinutes(1);
            }

            e += Duration.FromMinutes(1);
        }

        // e is now the end of the minute that completed the lead time: with a positive lead time the earliest instant
        // with that much working time is that minute's end, as Add defines.
        Instant limit = e + Duration.FromDays(Horizon);
        while (!windows.All(w => w.IsWorking(e)))
        {
            e += Duration.FromMinutes(1);
            if (e > limit)
            {
                return null;
            }
        }

        return e;
    }
}
