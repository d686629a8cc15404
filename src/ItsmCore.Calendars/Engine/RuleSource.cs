using System.Collections.Generic;
using ItsmCore.Calendars.Model;
using NodaTime;

namespace ItsmCore.Calendars.Engine;

/// <summary>
/// Builds a year of working intervals from calendar rules. Every interval belongs to the local date
/// it starts on and can run at most 24 h past that date's midnight; zone offsets are within ±18 h,
/// so the local dates from 29 December of the previous year to 3 January of the next year cover
/// every interval that can touch the UTC year.
/// </summary>
internal sealed class RuleSource : IntervalSource
{
    private readonly DayRules rules;

    public RuleSource(DayRules rules) => this.rules = rules;

    public override bool MayHaveWorkingTime => rules.HasAnyHours;

    public override List<long> BuildYear(int index)
    {
        int year = TimeScale.FirstYear + index;
        long lo = TimeScale.YearStart(index);
        long hi = TimeScale.YearStart(index + 1);
        var work = new List<long>(1024);
        var closed = new List<long>();
        var closureHours = new List<WallInterval>();
        var last = new LocalDate(year + 1, 1, 3);
        for (var date = new LocalDate(year - 1, 12, 29); date <= last; date = date.PlusDays(1))
        {
            DayPlan plan = rules.Resolve(date);
            foreach (WallInterval interval in plan.Hours)
            {
                AddMapped(work, date, interval);
            }

            if (rules.HasClosures)
            {
                closureHours.Clear();
                rules.AddClosures(date, closureHours);
                foreach (WallInterval interval in closureHours)
                {
                    AddMapped(closed, date, interval);
                }
            }
        }

        IntervalMath.Normalize(work);
        if (closed.Count > 0)
        {
            IntervalMath.Normalize(closed);
            work = IntervalMath.Subtract(work, closed);
        }

        return IntervalMath.Clip(work, lo, hi);
    }

    private void AddMapped(List<long> into, LocalDate date, WallInterval interval)
    {
        long start = TimeScale.ToNs(rules.Map(date, interval.StartSeconds));
        long end = TimeScale.ToNs(rules.Map(date, interval.EndSeconds));
        if (end > start)
        {
            into.Add(start);
            into.Add(end);
        }
    }
}
