using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using FsCheck;
using FsCheck.Fluent;
using ItsmCore.Calendars;
using NodaTime;

namespace ItsmCore.Sla.Tests.Clocks;

/// <summary>
/// Properties of <see cref="SlaClock"/> over random command sequences on calendars in five zones (two with DST, one
/// with Lord Howe's 30-minute shift), checked against <see cref="ClockOracle"/>. Seeds are fixed per property;
/// ITSMCORE_PROPERTY_SEED (a number or "random") and ITSMCORE_PROPERTY_SCALE explore further.
/// </summary>
public sealed class SlaClockPropertyTests
{
    private static readonly BusinessCalendar[] Calendars =
    {
        Sla.Office,
        Sla.AlwaysOpen,
        BusinessCalendar.CreateBuilder("ny", Sla.NewYork).WithWeekdayHours("09:00-12:00", "13:00-17:00").Build(),
        BusinessCalendar.CreateBuilder("lord-howe", DateTimeZoneProviders.Tzdb["Australia/Lord_Howe"]).WithWeekdayHours("01:00-03:00", "08:00-16:00").Build(),
        BusinessCalendar.CreateBuilder("night", DateTimeZoneProviders.Tzdb["Europe/London"]).WithWeekdayHours("22:00-06:00").Build(),
    };

    private static readonly BusinessCalendarCatalog Catalog = BusinessCalendarCatalog.Of(Calendars);

    [Fact]
    public void Evaluate_AnyInstant_MatchesTheOracle()
    {
        Run(300, s =>
        {
            foreach (Instant now in s.Queries)
            {
                SlaStatus status = s.Clock.Evaluate(now);
                (Duration elapsed, Duration budget, bool running, bool open) = ClockOracle.At(s.Clock, s.Clock.CalendarsUsed, now);
                Check(status.Elapsed == elapsed, s, $"elapsed at {now}: clock {status.Elapsed}, oracle {elapsed}");
                Check(status.Target == budget, s, $"target at {now}: clock {status.Target}, oracle {budget}");
                Check(status.IsActive == open && status.IsPaused == (open && !running), s, $"phase at {now}");
                Check(status.IsBreached == (elapsed > budget), s, $"breach at {now}: clock {status.BreachedAt}, elapsed {elapsed} of {budget}");
                int crossed = Enumerable.Range(0, s.Clock.Thresholds.Count).Count(i => elapsed.ToInt64Nanoseconds() >= s.Clock.Thresholds.ThresholdNs(i, budget.ToInt64Nanoseconds()));
                Check(status.ThresholdsCrossed == crossed, s, $"thresholds at {now}: clock {status.ThresholdsCrossed}, oracle {crossed}");
                if (running && status.DueAt is { } due && !status.IsBreached && now >= s.Clock.LastEventAt)
                {
                    Check(ClockOracle.At(s.Clock, s.Clock.CalendarsUsed, due).Elapsed == budget, s, $"DueAt {due}: elapsed there is not the target");
                }
            }
        });
    }

    [Fact]
    public void BreachedAt_IsTheFirstInstantOverTheTarget()
    {
        Run(300, s =>
        {
            SlaStatus end = s.Clock.Evaluate(s.Queries[^1]);
            if (end.BreachedAt is { } breached && breached > s.Clock.LastEventAt)
            {
                Check(s.Clock.Evaluate(breached).IsBreached, s, $"not breached at BreachedAt {breached}");
                Check(!s.Clock.Evaluate(breached - Duration.Epsilon).IsBreached, s, $"already breached before BreachedAt {breached}");
            }
        });
    }

    [Fact]
    public void Elapsed_NeverDecreasesWithNow_WithinAMeasurement()
    {
        Run(300, s =>
        {
            Instant[] sorted = s.Queries.Order().ToArray();
            for (int i = 1; i < sorted.Length; i++)
            {
                SlaStatus a = s.Clock.Evaluate(sorted[i - 1]);
                SlaStatus b = s.Clock.Evaluate(sorted[i]);
                bool sameMeasurement = a.Cycle == b.Cycle && !s.Clock.Events.Any(e =>
                    e.Kind == SlaClockEventKind.TargetChanged && e.Policy != SlaTargetChangePolicy.KeepStart && e.At > sorted[i - 1] && e.At <= sorted[i]);
                if (sameMeasurement)
                {
                    Check(b.Elapsed >= a.Elapsed, s, $"elapsed fell from {a.Elapsed} at {a.At} to {b.Elapsed} at {b.At}");
                }
            }
        });
    }

    [Fact]
    public void Pause_NeverBringsDueAtEarlier()
    {
        Run(300, s =>
        {
            Instant from = s.Clock.LastEventAt;
            SlaStatus now = s.Clock.Evaluate(from);
            if (now.State != SlaClockState.Running || now.DueAt is not { } due)
            {
                return;
            }

            Instant resume = from + s.PauseLength;
            SlaStatus after = s.Clock.Pause(from, "test").Resume(resume).Evaluate(resume);
            Check(after.DueAt is { } later && later >= due, s, $"due {due} became {after.DueAt} after a pause until {resume}");
        });
    }

    [Fact]
    public void Replay_AndJsonRoundTrip_GiveTheLiveClock()
    {
        Run(300, s =>
        {
            SlaClock replayed = SlaClock.Replay(s.Clock.Events, Catalog);
            SlaClock read = SlaClockJson.ReadClock(s.Clock.ToJson(), Catalog);
            Check(replayed.Equals(s.Clock) && read.Equals(s.Clock), s, "replay differs");
            foreach (Instant now in s.Queries)
            {
                Check(replayed.Evaluate(now) == s.Clock.Evaluate(now) && read.Evaluate(now) == s.Clock.Evaluate(now), s, $"replayed status differs at {now}");
                Check(replayed.NextChangeAt(now) == s.Clock.NextChangeAt(now), s, $"replayed next change differs at {now}");
            }
        });
    }

    [Fact]
    public void NextChangeAt_IsInTheFutureAndSkipsNothing()
    {
        Run(300, s =>
        {
            foreach (Instant now in s.Queries.Where(q => q >= s.Clock.LastEventAt))
            {
                SlaStatus here = s.Clock.Evaluate(now);
                if (s.Clock.NextChangeAt(now) is not { } next)
                {
                    if (here.State == SlaClockState.Running && here.DueAt is not null)
                    {
                        Check(s.Clock.Evaluate(now + Duration.FromDays(400)).ThresholdsCrossed == here.ThresholdsCrossed && here.IsBreached, s, $"no next change at {now} but something changes later");
                    }

                    continue;
                }

                Check(next > now, s, $"next change {next} is not after {now}");
                SlaStatus there = s.Clock.Evaluate(next);
                SlaStatus justBefore = s.Clock.Evaluate(next - Duration.Epsilon);
                Check(there.ThresholdsCrossed != here.ThresholdsCrossed || there.IsBreached != here.IsBreached, s, $"nothing changes at {next}");
                Check(justBefore.ThresholdsCrossed == here.ThresholdsCrossed && justBefore.IsBreached == here.IsBreached, s, $"a change before {next} was skipped");
                Check(there.ThresholdsCrossed <= here.ThresholdsCrossed + s.Clock.Thresholds.Count, s, "threshold count");
            }
        });
    }

    [Fact]
    public void ChangeTarget_EachPolicy_ObeysItsDefinition()
    {
        Run(300, s =>
        {
            SlaClock clock = s.Clock;
            Instant at = clock.LastEventAt + s.PauseLength;
            if (!clock.IsActive)
            {
                return;
            }

            SlaStatus before = clock.Evaluate(at);
            Duration newTarget = Duration.FromMinutes(s.NewTargetMinutes);
            foreach (SlaTargetChangePolicy policy in new[] { SlaTargetChangePolicy.KeepStart, SlaTargetChangePolicy.Restart, SlaTargetChangePolicy.KeepPercentConsumed })
            {
                SlaStatus after = clock.ChangeTarget(at, newTarget, policy).Evaluate(at);
                Check(after.Target == newTarget, s, $"{policy}: target {after.Target}");
                Duration expected = policy switch
                {
                    SlaTargetChangePolicy.KeepStart => before.Elapsed,
                    SlaTargetChangePolicy.Restart => Duration.Zero,
                    _ => Duration.FromNanoseconds((long)((Int128)before.Elapsed.ToInt64Nanoseconds() * newTarget.ToInt64Nanoseconds() / before.Target.ToInt64Nanoseconds())),
                };
                Check(after.Elapsed == expected, s, $"{policy}: elapsed {before.Elapsed} of {before.Target} became {after.Elapsed} of {newTarget}, expected {expected}");
                Check(after.IsBreached == (expected > newTarget), s, $"{policy}: breach {after.BreachedAt}");
                if (policy == SlaTargetChangePolicy.KeepPercentConsumed)
                {
                    Check(Math.Abs(after.PercentConsumed - before.PercentConsumed) < 1e-6, s, $"percent {before.PercentConsumed} became {after.PercentConsumed}");
                }
            }
        });
    }

    private static void Check(bool condition, Scenario s, string message)
    {
        if (!condition)
        {
            throw new InvalidOperationException(message + Environment.NewLine + s);
        }
    }

    private static void Run(int maxTest, Action<Scenario> property, [CallerMemberName] string name = "") =>
        PropertyRunner.Run(Arb.From(Scenarios()), property, maxTest, name);

    private static Gen<Scenario> Scenarios() =>
        from calendarIndex in Gen.Choose(0, Calendars.Length - 1)
        from startMinute in Gen.Choose(0, (365 * 24 * 60) - 1)
        from startNanos in Gen.Frequency((3, Gen.Constant(0)), (1, Gen.Choose(1, 999_999_999)))
        from targetMinutes in Gen.Choose(1, 3000)
        from steps in Gen.ArrayOf(Step(), 12)
        from queries in Gen.ArrayOf(Gen.Choose(0, 20_000), 6)
        from pause in Gen.Choose(0, 6000)
        from newTarget in Gen.Choose(1, 3000)
        select Build(calendarIndex, startMinute, startNanos, targetMinutes, steps, queries, pause, newTarget);

    private static Gen<(int Gap, int Kind, int Param)> Step() =>
        from gap in Gen.Frequency((1, Gen.Constant(0)), (6, Gen.Choose(1, 600)), (2, Gen.Choose(600, 6000)))
        from kind in Gen.Choose(0, 9)
        from param in Gen.Choose(1, 3000)
        select (gap, kind, param);

    private static Scenario Build(int calendarIndex, int startMinute, int startNanos, int targetMinutes, (int Gap, int Kind, int Param)[] steps, int[] queries, int pause, int newTarget)
    {
        BusinessCalendar calendar = Calendars[calendarIndex];
        Instant t = Instant.FromUtc(2026, 1, 1, 0, 0) + Duration.FromMinutes(startMinute) + Duration.FromNanoseconds(startNanos);
        SlaClock clock = SlaClock.Start(SlaTarget.Within(Duration.FromMinutes(targetMinutes), calendar.Id), calendar, t, SlaThresholds.Default);
        var log = new List<string>();
        foreach ((int gap, int kind, int param) in steps)
        {
            t += Duration.FromMinutes(gap);
            SlaStatus s = clock.Evaluate(t);
            SlaClock? next = kind switch
            {
                0 or 1 when s.IsActive && !s.IsPaused => clock.Pause(t, param % 2 == 0 ? "awaiting customer" : null),
                2 or 3 when s.IsPaused => clock.Resume(t),
                4 when s.IsActive => clock.Stop(t),
                5 when s.IsActive && param % 3 == 0 => clock.Cancel(t),
                6 when !s.IsActive => clock.Reopen(t),
                7 or 8 when s.IsActive => ChangeTarget(clock, t, param),
                _ => null,
            };
            if (next is not null)
            {
                clock = next;
                log.Add(clock.Events[^1].ToString());
            }
        }

        Instant first = clock.Events[0].At;
        Instant[] at = queries.Select(q => first + Duration.FromMinutes(q)).Append(clock.LastEventAt).ToArray();
        return new Scenario(clock, at, Duration.FromMinutes(pause), newTarget, log);
    }

    private static SlaClock ChangeTarget(SlaClock clock, Instant t, int param)
    {
        var policy = (SlaTargetChangePolicy)(param % 3);
        BusinessCalendar calendar = param % 7 == 0 ? Sla.AlwaysOpen : clock.Calendar;
        SlaTarget target = param % 11 == 0 && calendar.Id != "night"
            ? SlaTarget.WithinBusinessDays(1 + (param % 3), param % 2 == 0 ? BusinessDayEnd.SameTimeOfDay : BusinessDayEnd.EndOfBusinessDay, calendar.Id)
            : SlaTarget.Within(Duration.FromMinutes(param), calendar.Id);
        return clock.ChangeTarget(t, target, calendar, policy);
    }

    /// <summary>A random clock, the instants to query and parameters for follow-up commands.</summary>
    public sealed record Scenario(SlaClock Clock, Instant[] Queries, Duration PauseLength, int NewTargetMinutes, List<string> Log)
    {
        public override string ToString() =>
            $"calendar {Clock.Events[0].Target!.CalendarId}, thresholds {Clock.Thresholds}{Environment.NewLine}  {Clock.Events[0]}{Environment.NewLine}  "
            + string.Join(Environment.NewLine + "  ", Log) + $"{Environment.NewLine}queries {string.Join(", ", Queries)}; pause {PauseLength}; new target {NewTargetMinutes} min";
    }
}
