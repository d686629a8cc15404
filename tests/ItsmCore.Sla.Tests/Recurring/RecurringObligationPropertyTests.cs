using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Runtime.CompilerServices;
using FsCheck;
using FsCheck.Fluent;
using ItsmCore.Calendars;
using ItsmCore.Testing;
using NodaTime;

namespace ItsmCore.Sla.Tests;

/// <summary>
/// Property tests of <see cref="RecurringObligation.Evaluate"/> over random calendars (24x7, office hours, a lunch
/// break in a DST zone, Japanese holidays, a night shift), intervals, spans, ends and reports.
/// </summary>
/// <remarks>
/// The seeds are fixed (one per property) so a run is reproducible; set ITSMCORE_PROPERTY_SEED to a number (or
/// "random") to explore other cases or replay a failure, and ITSMCORE_PROPERTY_SCALE to multiply the number of cases.
/// </remarks>
public sealed class RecurringObligationPropertyTests
{
    private static readonly BusinessCalendar[] Calendars =
    {
        TestCalendars.AlwaysOpen(TestCalendars.Zone("Asia/Tokyo")),
        TestCalendars.NineToSix(TestCalendars.Zone("Asia/Tokyo")),
        TestCalendars.OfficeWithLunch(TestCalendars.Zone("Europe/London")),
        TestCalendars.TokyoBusinessDays(),
        TestCalendars.NightShift(TestCalendars.Zone("America/New_York")),
    };

    private static readonly Instant RangeStart = Instant.FromUtc(2026, 1, 1, 0, 0);

    [Fact]
    public void Evaluate_AnyCase_EachDueIsOneIntervalOfWorkingTimeAfterItsAnchor()
    {
        Run(300, c =>
        {
            RecurringObligationEvaluation result = c.Evaluate();
            Instant expectedAnchor = c.Start;
            foreach (RecurringOccurrence o in result.Occurrences)
            {
                Check(o.Anchor == expectedAnchor, c, $"#{o.Number}: anchor {o.Anchor}, expected {expectedAnchor}");
                Check(o.Due == c.Calendar.Add(o.Anchor, c.Obligation.Interval), c, $"#{o.Number}: due {o.Due} is not Add(anchor, interval)");
                Check(c.Calendar.WorkingTimeBetween(o.Anchor, o.Due) == c.Obligation.Interval, c, $"#{o.Number}: working time from anchor to due is not the interval");
                expectedAnchor = c.Obligation.Anchoring == RecurrenceAnchoring.FixedSchedule ? o.Due : o.SatisfiedBy ?? o.Due;
            }
        });
    }

    [Fact]
    public void Evaluate_FixedSchedule_DueInstantsAreStartPlusMultiplesOfTheInterval()
    {
        Run(300, c =>
        {
            RecurringObligationEvaluation result = c.With(RecurrenceAnchoring.FixedSchedule).Evaluate();
            Instant previous = c.Start;
            foreach (RecurringOccurrence o in result.Occurrences)
            {
                Duration total = c.Obligation.Interval * o.Number;
                Check(o.Due == c.Calendar.Add(c.Start, total), c, $"#{o.Number}: due {o.Due}, expected Add(start, {o.Number} * interval)");
                Check(o.Due > previous, c, $"#{o.Number}: due {o.Due} not after {previous}");
                Check(c.Calendar.WorkingTimeBetween(previous, o.Due) == c.Obligation.Interval, c, $"#{o.Number}: not one interval after the previous due instant");
                previous = o.Due;
            }
        });
    }

    [Fact]
    public void Evaluate_AnyCase_DueInstantsIncrease()
    {
        // Strictly for FixedSchedule and on 24x7; FromLastReport may repeat a due instant when a report falls in
        // non-working time right after its anchor (see RecurrenceAnchoring.FromLastReport).
        Run(300, c =>
        {
            RecurringObligationEvaluation result = c.Evaluate();
            bool strict = c.Obligation.Anchoring == RecurrenceAnchoring.FixedSchedule || c.Calendar.Id == "24x7";
            for (int i = 1; i < result.Occurrences.Count; i++)
            {
                Instant a = result.Occurrences[i - 1].Due;
                Instant b = result.Occurrences[i].Due;
                Check(strict ? b > a : b >= a, c, $"due instants #{i} {a} and #{i + 1} {b} out of order");
                if (b == a)
                {
                    RecurringOccurrence previous = result.Occurrences[i - 1];
                    Check(
                        previous.SatisfiedBy is { } r && c.Calendar.WorkingTimeBetween(previous.Anchor, r) == Duration.Zero,
                        c,
                        $"#{i + 1} repeats the due instant {b} without a report in non-working time after the anchor");
                }
            }
        });
    }

    [Fact]
    public void Evaluate_AnyCase_OutcomesFollowTheWindowRules()
    {
        Run(300, c =>
        {
            RecurringObligationEvaluation result = c.Evaluate();
            Check(result.MetCount + result.MissedCount + result.PendingCount == result.Occurrences.Count, c, "met + missed + pending != occurrences");
            Check(result.PendingCount == (c.End is null ? 1 : 0), c, $"pending count {result.PendingCount}");
            foreach (RecurringOccurrence o in result.Occurrences)
            {
                switch (o.Outcome)
                {
                    case RecurringOccurrenceOutcome.Met:
                        Check(o.SatisfiedBy is { } r && r > o.Anchor && r <= o.Due && c.Reports.Contains(r), c, $"#{o.Number}: report outside (anchor, due]");
                        break;
                    case RecurringOccurrenceOutcome.Missed:
                        Check(o.SatisfiedBy is null && o.Due < c.Now, c, $"#{o.Number}: missed but not yet due");
                        break;
                    default:
                        Check(o.SatisfiedBy is null && o.Due >= c.Now && o.Number == result.Occurrences.Count, c, $"#{o.Number}: pending but due or not last");
                        Check(result.NextDue == o.Due, c, "next due is not the pending occurrence");
                        break;
                }

                Check(c.End is not { } end || o.Due < end, c, $"#{o.Number} due {o.Due} at or after the end");

                // No report of the window was left unused: unused reports in (anchor, due] would have met the occurrence.
                if (o.Outcome != RecurringOccurrenceOutcome.Met)
                {
                    Check(!result.UnattributedReports.Any(r => r > o.Anchor && r <= o.Due), c, $"#{o.Number}: an unused report lies in its window");
                }
            }

            if (c.End is { } e)
            {
                // Nothing was left out: the occurrence after the last one would fall due at or after the end.
                Instant anchor = c.Start;
                if (result.Occurrences.Count > 0)
                {
                    RecurringOccurrence last = result.Occurrences[^1];
                    anchor = c.Obligation.Anchoring == RecurrenceAnchoring.FromLastReport && last.SatisfiedBy is { } s ? s : last.Due;
                }

                Check(c.Calendar.Add(anchor, c.Obligation.Interval) >= e, c, "an occurrence due before the end is missing");
                Check(result.NextDue is null && !result.IsOverdue, c, "ended but next due or overdue");
            }
        });
    }

    [Fact]
    public void Evaluate_AnyCase_EveryReportIsUsedOnceOrListedUnattributed()
    {
        Run(300, c =>
        {
            RecurringObligationEvaluation result = c.Evaluate();
            List<Instant> used = result.Occurrences.Where(o => o.SatisfiedBy.HasValue).Select(o => o.SatisfiedBy!.Value).ToList();
            Check(used.Distinct().Count() == used.Count, c, "a report met two occurrences");
            Instant[] all = used.Concat(result.UnattributedReports).OrderBy(r => r).ToArray();
            Check(all.SequenceEqual(c.Reports.OrderBy(r => r)), c, "used + unattributed reports differ from the input");
            Check(result.UnattributedReports.SequenceEqual(result.UnattributedReports.OrderBy(r => r)), c, "unattributed reports not sorted");
        });
    }

    [Fact]
    public void Evaluate_NoReports_EveryOccurrenceDueBeforeNowIsMissedInBothModes()
    {
        Run(300, c =>
        {
            Case silent = c.WithReports(Array.Empty<Instant>());
            RecurringObligationEvaluation fixedResult = silent.With(RecurrenceAnchoring.FixedSchedule).Evaluate();
            RecurringObligationEvaluation fromLast = silent.With(RecurrenceAnchoring.FromLastReport).Evaluate();
            Check(fixedResult.Occurrences.SequenceEqual(fromLast.Occurrences), c, "without reports the modes differ");
            foreach (RecurringOccurrence o in fixedResult.Occurrences)
            {
                Check(o.Outcome == (o.Due < c.Now ? RecurringOccurrenceOutcome.Missed : RecurringOccurrenceOutcome.Pending), c, $"#{o.Number}: {o.Outcome}");
            }

            Check(fixedResult.MetCount == 0, c, "met without reports");
            Check(fixedResult.IsOverdue == (c.End is null && fixedResult.MissedCount > 0), c, "overdue flag");
            Check(!fixedResult.IsOverdue || fixedResult.OverdueSince == fixedResult.Occurrences[0].Due, c, "overdue since the first due instant");
        });
    }

    [Fact]
    public void Evaluate_AddingAReport_NeverTurnsMetIntoMissedNorAddsMisses()
    {
        Run(300, c =>
        {
            RecurringObligationEvaluation before = c.Evaluate();
            RecurringObligationEvaluation after = c.WithReports(c.Reports.Append(c.Extra).ToArray()).Evaluate();
            Check(after.MissedCount <= before.MissedCount, c, $"missed {before.MissedCount} -> {after.MissedCount} after adding {c.Extra}");
            Check(after.MetCount >= before.MetCount, c, $"met {before.MetCount} -> {after.MetCount} after adding {c.Extra}");
            if (c.Obligation.Anchoring == RecurrenceAnchoring.FixedSchedule)
            {
                // Same grid: occurrence by occurrence, met stays met and missed can only become met.
                int common = Math.Min(before.Occurrences.Count, after.Occurrences.Count);
                for (int i = 0; i < common; i++)
                {
                    RecurringOccurrence b = before.Occurrences[i];
                    RecurringOccurrence a = after.Occurrences[i];
                    Check(a.Due == b.Due, c, $"#{i + 1}: due moved");
                    Check(b.Outcome != RecurringOccurrenceOutcome.Met || a.Outcome == RecurringOccurrenceOutcome.Met, c, $"#{i + 1}: met became {a.Outcome}");
                    Check(a.Outcome != RecurringOccurrenceOutcome.Missed || b.Outcome == RecurringOccurrenceOutcome.Missed, c, $"#{i + 1}: {b.Outcome} became missed");
                }
            }
        });
    }

    [Fact]
    public void Evaluate_AnyCase_OverdueMeansNoReportSinceTheFirstMissedDueInstant()
    {
        Run(300, c =>
        {
            RecurringObligationEvaluation result = c.Evaluate();
            RecurringOccurrence? lastDecided = result.Occurrences.Where(o => o.Outcome != RecurringOccurrenceOutcome.Pending).Select(o => (RecurringOccurrence?)o).LastOrDefault();
            bool expected = c.End is null && lastDecided is { Outcome: RecurringOccurrenceOutcome.Missed };
            Check(result.IsOverdue == expected, c, $"overdue {result.IsOverdue}, expected {expected}");
            if (result.OverdueSince is { } since)
            {
                Check(!c.Reports.Any(r => r > since), c, $"a report after {since} yet overdue");
                Check(since < c.Now, c, "overdue since a future instant");
            }
        });
    }

    [Fact]
    public void Evaluate_ShuffledReports_GiveTheSameResult()
    {
        Run(200, c =>
        {
            RecurringObligationEvaluation a = c.Evaluate();
            RecurringObligationEvaluation b = c.WithReports(c.Reports.Reverse().ToArray()).Evaluate();
            Check(a.Occurrences.SequenceEqual(b.Occurrences) && a.UnattributedReports.SequenceEqual(b.UnattributedReports), c, "order of reports matters");
        });
    }

    private static void Check(bool condition, Case c, string message)
    {
        if (!condition)
        {
            throw new PropertyFailure($"{message}{Environment.NewLine}{c}");
        }
    }

    private static void Run(int maxTest, Action<Case> property, [CallerMemberName] string name = "") =>
        PropertyRunner.Run(Cases.Arbitrary, property, maxTest, name);

    private sealed class PropertyFailure : Exception
    {
        public PropertyFailure(string message)
            : base(message)
        {
        }
    }

    /// <summary>One evaluation: calendar, obligation, start, optional end, now, reports, and one extra report instant.</summary>
    public sealed class Case
    {
        public Case(BusinessCalendar calendar, RecurringObligation obligation, Instant start, Instant? end, Instant now, Instant[] reports, Instant extra)
        {
            Calendar = calendar;
            Obligation = obligation;
            Start = start;
            End = end;
            Now = now;
            Reports = reports;
            Extra = extra;
        }

        public BusinessCalendar Calendar { get; }

        public RecurringObligation Obligation { get; }

        public Instant Start { get; }

        public Instant? End { get; }

        public Instant Now { get; }

        public Instant[] Reports { get; }

        /// <summary>Another instant in [start, now], for the "adding a report" property.</summary>
        public Instant Extra { get; }

        public RecurringObligationEvaluation Evaluate() => Obligation.Evaluate(Calendar, Start, End, Reports, Now);

        public Case With(RecurrenceAnchoring anchoring) =>
            new(Calendar, new RecurringObligation(Obligation.Name, Obligation.Interval, anchoring), Start, End, Now, Reports, Extra);

        public Case WithReports(Instant[] reports) => new(Calendar, Obligation, Start, End, Now, reports, Extra);

        public override string ToString() =>
            $"calendar {Calendar}, {Obligation}, start {Start}, end {(End is { } e ? e.ToString() : "none")}, now {Now}, " +
            $"reports [{string.Join(", ", Reports)}], extra {Extra}";
    }

    private static class Cases
    {
        public static Arbitrary<Case> Arbitrary { get; } = Arb.From(Any());

        private static Gen<Case> Any() =>
            from calendar in Gen.Elements(Calendars)
            from anchoring in Gen.Elements(RecurrenceAnchoring.FixedSchedule, RecurrenceAnchoring.FromLastReport)
            from interval in Interval()
            from startMinute in Gen.Choose(0, 364 * 24 * 60)
            from startSecond in Gen.Frequency((3, Gen.Constant(0)), (1, Gen.Choose(1, 59)))
            from spanMinutes in Gen.Frequency((2, Gen.Choose(0, 6 * 60)), (3, Gen.Choose(0, 4 * 24 * 60)))
            from endMinute in Gen.Frequency((1, Gen.Constant(-1)), (1, Gen.Choose(0, spanMinutes)))
            from count in Gen.Frequency((1, Gen.Constant(0)), (6, Gen.Choose(1, 16)))
            from offsets in Gen.ArrayOf(Offset(spanMinutes), count)
            from extra in Offset(spanMinutes)
            let start = RangeStart + Duration.FromMinutes(startMinute) + Duration.FromSeconds(startSecond)
            let now = start + Duration.FromMinutes(spanMinutes)
            select new Case(
                calendar,
                new RecurringObligation("Update", interval, anchoring),
                start,
                endMinute < 0 ? null : start + Duration.FromMinutes(endMinute),
                now,
                offsets.Select(o => start + o).ToArray(),
                start + extra);

        private static Gen<Duration> Interval() =>
            Gen.Frequency(
                (3, Gen.Elements(15, 30, 60, 240).Select(m => Duration.FromMinutes(m))),
                (2, Gen.Choose(1, 8 * 60).Select(m => Duration.FromMinutes(m))),
                (1, Gen.Choose(30, 3 * 3600).Select(s => Duration.FromSeconds(s))));

        /// <summary>An offset in [0, span]: mostly whole minutes (which hit due instants exactly), sometimes any second.</summary>
        private static Gen<Duration> Offset(int spanMinutes) =>
            Gen.Frequency(
                (3, Gen.Choose(0, spanMinutes).Select(m => Duration.FromMinutes(m))),
                (1, Gen.Choose(0, spanMinutes * 60).Select(s => Duration.FromSeconds(s))));
    }
}
