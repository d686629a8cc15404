using System;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using ItsmCore.Benchmarks.Baseline;
using ItsmCore.Calendars;
using ItsmCore.Sla;
using NodaTime;

namespace ItsmCore.Benchmarks;

/// <summary>
/// One SLA clock at a time: <see cref="SlaClock.Evaluate"/> and <see cref="SlaClock.NextChangeAt"/> of a running clock
/// with 10 pauses behind it and thresholds 50/75/90 %, against <see cref="NaiveSlaClock"/> (which sums the working
/// time of every segment again on each call) on the engine's calendar and on the day-by-day
/// <see cref="DayStepCalendar"/>. The naive clock on the engine's calendar is the baseline, so Ratio reads
/// implementation / naive sum (the naive rows return only Elapsed of their status, which is public; the work is the
/// same). Calls cycle through 64 clocks started over 2026 on the calendar of
/// <see cref="CalendarBenchmarks"/> (Asia/Tokyo, Monday to Friday 09:00-12:00 and 13:00-18:00, JP holidays).
/// </summary>
[MemoryDiagnoser]
[CategoriesColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public class SlaClockBenchmarks
{
    private const int ClockCount = 64; // a power of two: the index wraps with a mask
    private const int Mask = ClockCount - 1;
    private const int Pauses = 10;

    private const string EvaluateCategory = "Evaluate, running, 10 pauses";
    private const string NextChangeCategory = "NextChangeAt, running, 10 pauses, 50/75/90 %";

    private static readonly string[] Reasons = { "awaiting customer", "awaiting supplier", "awaiting change window" };

    /// <summary>The share of the budget consumed at <c>now</c>, per clock (cycled): below, between and above the thresholds.</summary>
    private static readonly double[] Consumed = { 0.3, 0.55, 0.8, 0.95, 0.45, 0.7, 0.85, 0.6 };

    private readonly SlaClock[] clocks = new SlaClock[ClockCount];
    private readonly NaiveSlaClock[] naive = new NaiveSlaClock[ClockCount];
    private readonly Instant[] nows = new Instant[ClockCount];

    private NaiveSlaClock.Engine naiveEngine;
    private NaiveSlaClock.DayStep naiveDayStep;
    private int index;

    [GlobalSetup]
    public void Setup()
    {
        BusinessCalendar calendar = BusinessCalendar.FromJson(CalendarBenchmarks.CalendarJson);
        naiveEngine = new NaiveSlaClock.Engine(calendar);
        naiveDayStep = new NaiveSlaClock.DayStep(new DayStepCalendar(calendar.Zone));

        // 64 starts from Monday 2026-01-05 08:17 Asia/Tokyo, 5 d 7 h 13 min apart (as in CalendarBenchmarks).
        // Each clock runs 2-7 h, pauses 5-30 h, ten times (wall times vary with the clock and the round, so the
        // segments fall on working hours, lunch, nights, weekends and holidays), then runs again until now.
        Instant first = Instant.FromUtc(2026, 1, 4, 23, 17);
        Duration step = Duration.FromDays(5) + Duration.FromHours(7) + Duration.FromMinutes(13);
        for (int i = 0; i < ClockCount; i++)
        {
            Instant start = first + (step * i);
            var bounds = new Instant[(2 * Pauses) + 1];
            Instant t = start;
            bounds[0] = t;
            for (int k = 0; k < Pauses; k++)
            {
                t += Duration.FromMinutes(120 + (((i * 7) + (k * 13)) % 300));
                bounds[(2 * k) + 1] = t;
                t += Duration.FromMinutes(300 + (((i * 11) + (k * 17)) % 1500));
                bounds[(2 * k) + 2] = t;
            }

            nows[i] = t + Duration.FromMinutes(60 + ((i * 37) % 400));

            // The budget puts now at a chosen share of it, so the clocks sit below, between and above the thresholds
            // and none is breached; whole minutes, as a real target would be.
            Duration elapsed = Duration.Zero;
            for (int b = 0; b < bounds.Length; b += 2)
            {
                elapsed += calendar.WorkingTimeBetween(bounds[b], b + 1 < bounds.Length ? bounds[b + 1] : nows[i]);
            }

            long minutes = (long)Math.Ceiling(elapsed.TotalMinutes / Consumed[i % Consumed.Length]);
            SlaTarget target = SlaTarget.Within(Duration.FromMinutes(Math.Max(minutes, 60)), calendar.Id);
            SlaClock clock = SlaClock.Start(target, calendar, start, SlaThresholds.Default);
            for (int k = 0; k < Pauses; k++)
            {
                clock = clock.Pause(bounds[(2 * k) + 1], Reasons[(i + k) % Reasons.Length]).Resume(bounds[(2 * k) + 2]);
            }

            clocks[i] = clock;
            naive[i] = NaiveSlaClock.FromClock(clock, calendar);
        }

        // Checks every input on the engine and both naive clocks (which also warms them up): running, not breached,
        // and the same elapsed time, due instant, thresholds crossed and next change.
        int[] crossedHistogram = new int[4];
        for (int i = 0; i < ClockCount; i++)
        {
            SlaStatus status = clocks[i].Evaluate(nows[i]);
            if (status.State != SlaClockState.Running || clocks[i].Events.Count != (2 * Pauses) + 1)
            {
                throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"Setup: clock {i} is {status.State} with {clocks[i].Events.Count} events; expected a running clock with 10 pauses."));
            }

            crossedHistogram[status.ThresholdsCrossed]++;
            Check("Evaluate (naive sum)", i, status, naive[i].Evaluate(naiveEngine, nows[i]));
            Check("Evaluate (naive day-stepping)", i, status, naive[i].Evaluate(naiveDayStep, nows[i]));
            Instant? next = clocks[i].NextChangeAt(nows[i]);
            Check("NextChangeAt (naive sum)", i, next, naive[i].NextChangeAt(naiveEngine, nows[i]));
            Check("NextChangeAt (naive day-stepping)", i, next, naive[i].NextChangeAt(naiveDayStep, nows[i]));
        }

        for (int c = 0; c < crossedHistogram.Length; c++)
        {
            if (crossedHistogram[c] == 0)
            {
                throw new InvalidOperationException($"Setup: no clock has crossed exactly {c} thresholds; the inputs do not cover the cases.");
            }
        }

        index = 0;
    }

    [Benchmark]
    [BenchmarkCategory(EvaluateCategory)]
    public SlaStatus Evaluate_Engine()
    {
        int i = index++ & Mask;
        return clocks[i].Evaluate(nows[i]);
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory(EvaluateCategory)]
    public Duration Evaluate_NaiveSum()
    {
        int i = index++ & Mask;
        return naive[i].Evaluate(naiveEngine, nows[i]).Elapsed;
    }

    [Benchmark]
    [BenchmarkCategory(EvaluateCategory)]
    public Duration Evaluate_NaiveDayStep()
    {
        int i = index++ & Mask;
        return naive[i].Evaluate(naiveDayStep, nows[i]).Elapsed;
    }

    [Benchmark]
    [BenchmarkCategory(NextChangeCategory)]
    public Instant? NextChangeAt_Engine()
    {
        int i = index++ & Mask;
        return clocks[i].NextChangeAt(nows[i]);
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory(NextChangeCategory)]
    public Instant? NextChangeAt_NaiveSum()
    {
        int i = index++ & Mask;
        return naive[i].NextChangeAt(naiveEngine, nows[i]);
    }

    [Benchmark]
    [BenchmarkCategory(NextChangeCategory)]
    public Instant? NextChangeAt_NaiveDayStep()
    {
        int i = index++ & Mask;
        return naive[i].NextChangeAt(naiveDayStep, nows[i]);
    }

    private static void Check(string what, int clock, SlaStatus engine, NaiveSlaClock.Status baseline)
    {
        if (!baseline.Matches(engine))
        {
            throw new InvalidOperationException(string.Create(
                CultureInfo.InvariantCulture,
                $"Self-check failed: {what}, clock {clock}: the engine gives {engine}, the baseline {baseline}."));
        }
    }

    private static void Check(string what, int clock, Instant? engine, Instant? baseline)
    {
        if (engine != baseline)
        {
            throw new InvalidOperationException(string.Create(
                CultureInfo.InvariantCulture,
                $"Self-check failed: {what}, clock {clock}: the engine gives {engine}, the baseline {baseline}."));
        }
    }
}
