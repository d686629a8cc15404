using System;
using System.Collections.Generic;
using ItsmCore.Calendars.Model;
using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Calendars.Engine;

/// <summary>Builds <see cref="WorkingTimeExplanation"/>s: counted intervals from the index, gap reasons from the rules.</summary>
internal static class Explainer
{
    public static WorkingTimeExplanation Explain(BusinessCalendar calendar, Instant start, Instant end, Instant? result)
    {
        var counted = new List<CountedInterval>();
        var gaps = new List<NonWorkingGap>();
        Instant cursor = start;
        foreach (Interval interval in calendar.WorkingIntervals(new Interval(start, end)))
        {
            if (interval.Start > cursor)
            {
                gaps.Add(Gap(calendar, cursor, interval.Start));
            }

            counted.Add(new CountedInterval(interval));
            cursor = interval.End;
        }

        if (end > cursor)
        {
            gaps.Add(Gap(calendar, cursor, end));
        }

        return new WorkingTimeExplanation(calendar.Id, calendar.Zone, new Interval(start, end), result, counted, gaps);
    }

    private static NonWorkingGap Gap(BusinessCalendar calendar, Instant start, Instant end)
    {
        var reasons = new List<GapReason>();
        LocalDate first = start.InZone(calendar.Zone).Date;
        LocalDate last = (end - Duration.Epsilon).InZone(calendar.Zone).Date;
        DayRules? rules = calendar.Rules;
        for (LocalDate date = first; date <= last; date = date.PlusDays(1))
        {
            if (rules is null)
            {
                reasons.Add(new GapReason(GapReasonKind.CalendarAlgebra, date, $"not working time of {calendar.Id}"));
                continue;
            }

            AddRuleReasons(rules, date, start, end, reasons);
        }

        return new NonWorkingGap(new Interval(start, end), reasons);
    }

    private static void AddRuleReasons(DayRules rules, LocalDate date, Instant gapStart, Instant gapEnd, List<GapReason> reasons)
    {
        DayPlan plan = rules.Resolve(date);
        switch (plan.Kind)
        {
            case DayKind.Holiday:
                reasons.Add(new GapReason(GapReasonKind.Holiday, date, plan.HolidayName ?? "holiday"));
                break;
            case DayKind.Exception:
                reasons.Add(new GapReason(GapReasonKind.Exception, date, (plan.HolidayName is { } rule ? rule + ": " : string.Empty) + (plan.Hours.Count == 0 ? "closed" : "hours " + Join(plan.Hours))));
                break;
            case DayKind.Weekly when plan.Hours.Count == 0:
                reasons.Add(new GapReason(GapReasonKind.NonWorkingWeekday, date, date.DayOfWeek.ToString()));
                break;
        }

        var closureHours = new List<WallInterval>();
        rules.AddClosures(date, closureHours);
        Instant? coveredFrom = null;
        Instant? coveredTo = null;
        foreach (WallInterval closure in closureHours)
        {
            Instant s = rules.Map(date, closure.StartSeconds);
            Instant e = rules.Map(date, closure.EndSeconds);
            if (s < gapEnd && e > gapStart)
            {
                reasons.Add(new GapReason(GapReasonKind.Closure, date, closure.ToString()));
                coveredFrom = coveredFrom is null || s < coveredFrom ? s : coveredFrom;
                coveredTo = coveredTo is null || e > coveredTo ? e : coveredTo;
            }
        }

        bool onlyClosure = coveredFrom <= gapStart && coveredTo >= gapEnd;
        if (plan.Kind == DayKind.Weekly && plan.Hours.Count > 0 && !onlyClosure)
        {
            reasons.Add(new GapReason(GapReasonKind.OutsideWorkingHours, date, "working hours " + Join(plan.Hours)));
        }
    }

    private static string Join(EquatableArray<WallInterval> hours)
    {
        var parts = new string[hours.Count];
        for (int i = 0; i < hours.Count; i++)
        {
            parts[i] = hours[i].ToString();
        }

        return string.Join(", ", parts);
    }
}
