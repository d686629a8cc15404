using System;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using ItsmCore.Benchmarks.Baseline;
using ItsmCore.Calendars;
using NodaTime;

namespace ItsmCore.Benchmarks;

/// <summary>
/// <see cref="BusinessCalendar"/> (the compiled, per-year interval index) against
/// <see cref="DayStepCalendar"/> (the day-by-day walk of typical engines) on the same calendar:
/// Asia/Tokyo, Monday to Friday 09:00-12:00 and 13:00-18:00, Japanese national holidays.
/// Each category compares the two; the day-stepping implementation is the baseline, so Ratio reads
/// engine / baseline. Calls cycle through 64 start instants spread over 2026 (working hours,
/// lunch breaks, nights, weekends and holidays) so no single cached path is measured.
/// </summary>
[MemoryDiagnoser]
[CategoriesColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public class CalendarBenchmarks
{
    public const string CalendarJson = """
        {
          "id": "jp-office",
          "timeZone": "Asia/Tokyo",
          "weekly": {
            "monday": ["09:00-12:00", "13:00-18:00"],
            "tuesday": ["09:00-12:00", "13:00-18:00"],
            "wednesday": ["09:00-12:00", "13:00-18:00"],
            "thursday": ["09:00-12:00", "13:00-18:00"],
            "friday": ["09:00-12:00", "13:00-18:00"]
          },
          "holidaySets": ["JP"]
        }
        """;

    private const int StartCount = 64; // a power of two: the index wraps with a mask
    private const int Mask = StartCount - 1;

    private const string Add4h = "Add 4 h";
    private const string Add5Days = "Add 5 business days (40 h)";
    private const string Add250Days = "Add 250 business days (2000 h)";
    private const string BetweenMonth = "WorkingTimeBetween 1 month";
    private const string BetweenYear = "WorkingTimeBetween 1 year";
    private const string IsWorkingCategory = "IsWorking";
    private const string FirstUse = "First use (create + first Add 4 h)";

    private static readonly Duration FourHours = Duration.FromHours(4);
    private static readonly Duration FiveDays = Duration.FromHours(5 * 8);
    private static readonly Duration TwoHundredFiftyDays = Duration.FromHours(250 * 8);

    private readonly Instant[] starts = new Instant[StartCount];
    private readonly Instant[] monthEnds = new Instant[StartCount];
    private readonly Instant[] yearEnds = new Instant[StartCount];

    private BusinessCalendar engine = null!;
    private DayStepCalendar dayStep = null!;
    private int index;

    [GlobalSetup]
    public void Setup()
    {
        // 64 starts from Monday 2026-01-05 08:17 Asia/Tokyo, 5 d 7 h 13 min apart (to 2026-12-08):
        // the step shifts the weekday and the time of day each time.
        Instant first = Instant.FromUtc(2026, 1, 4, 23, 17);
        Duration step = Duration.FromDays(5) + Duration.FromHours(7) + Duration.FromMinutes(13);
        for (int i = 0; i < StartCount; i++)
        {
            starts[i] = first + (step * i);
            monthEnds[i] = starts[i] + Duration.FromDays(30);
            yearEnds[i] = starts[i] + Duration.FromDays(365);
        }

        engine = BusinessCalendar.FromJson(CalendarJson);
        dayStep = new DayStepCalendar(engine.Zone);

        // Runs every benchmarked input through both implementations: checks that they agree and
        // warms both up (the engine builds its index lazily per UTC year, the baseline caches holidays per year).
        for (int i = 0; i < StartCount; i++)
        {
            Instant s = starts[i];
            Check("Add 4 h", s, engine.Add(s, FourHours), dayStep.Add(s, FourHours));
            Check("Add 40 h", s, engine.Add(s, FiveDays), dayStep.Add(s, FiveDays));
            Check("Add 2000 h", s, engine.Add(s, TwoHundredFiftyDays), dayStep.Add(s, TwoHundredFiftyDays));
            Check("WorkingTimeBetween month", s, engine.WorkingTimeBetween(s, monthEnds[i]), dayStep.WorkingTimeBetween(s, monthEnds[i]));
            Check("WorkingTimeBetween year", s, engine.WorkingTimeBetween(s, yearEnds[i]), dayStep.WorkingTimeBetween(s, yearEnds[i]));
            Check("IsWorking", s, engine.IsWorking(s), dayStep.IsWorking(s));
        }

        index = 0;
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory(Add4h)]
    public Instant Add4h_DayStep() => dayStep.Add(starts[index++ & Mask], FourHours);

    [Benchmark]
    [BenchmarkCategory(Add4h)]
    public Instant Add4h_Engine() => engine.Add(starts[index++ & Mask], FourHours);

    [Benchmark(Baseline = true)]
    [BenchmarkCategory(Add5Days)]
    public Instant Add5BusinessDays_DayStep() => dayStep.Add(starts[index++ & Mask], FiveDays);

    [Benchmark]
    [BenchmarkCategory(Add5Days)]
    public Instant Add5BusinessDays_Engine() => engine.Add(starts[index++ & Mask], FiveDays);

    [Benchmark(Baseline = true)]
    [BenchmarkCategory(Add250Days)]
    public Instant Add250BusinessDays_DayStep() => dayStep.Add(starts[index++ & Mask], TwoHundredFiftyDays);

    [Benchmark]
    [BenchmarkCategory(Add250Days)]
    public Instant Add250BusinessDays_Engine() => engine.Add(starts[index++ & Mask], TwoHundredFiftyDays);

    [Benchmark(Baseline = true)]
    [BenchmarkCategory(BetweenMonth)]
    public Duration BetweenMonth_DayStep()
    {
        int i = index++ & Mask;
        return dayStep.WorkingTimeBetween(starts[i], monthEnds[i]);
    }

    [Benchmark]
    [BenchmarkCategory(BetweenMonth)]
    public Duration BetweenMonth_Engine()
    {
        int i = index++ & Mask;
        return engine.WorkingTimeBetween(starts[i], monthEnds[i]);
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory(BetweenYear)]
    public Duration BetweenYear_DayStep()
    {
        int i = index++ & Mask;
        return dayStep.WorkingTimeBetween(starts[i], yearEnds[i]);
    }

    [Benchmark]
    [BenchmarkCategory(BetweenYear)]
    public Duration BetweenYear_Engine()
    {
        int i = index++ & Mask;
        return engine.WorkingTimeBetween(starts[i], yearEnds[i]);
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory(IsWorkingCategory)]
    public bool IsWorking_DayStep() => dayStep.IsWorking(starts[index++ & Mask]);

    [Benchmark]
    [BenchmarkCategory(IsWorkingCategory)]
    public bool IsWorking_Engine() => engine.IsWorking(starts[index++ & Mask]);

    /// <summary>A fresh baseline calendar: the holidays of the year are computed on the first Add.</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory(FirstUse)]
    public Instant FirstUse_DayStep() => new DayStepCalendar(engine.Zone).Add(starts[index++ & Mask], FourHours);

    /// <summary>FromJson plus the first Add, which compiles the index of the UTC year (the compile cost).</summary>
    [Benchmark]
    [BenchmarkCategory(FirstUse)]
    public Instant FirstUse_Engine() => BusinessCalendar.FromJson(CalendarJson).Add(starts[index++ & Mask], FourHours);

    private static void Check<T>(string what, Instant start, T engineResult, T baselineResult)
        where T : IEquatable<T>
    {
        if (!engineResult.Equals(baselineResult))
        {
            throw new InvalidOperationException(string.Create(
                CultureInfo.InvariantCulture,
                $"Self-check failed: {what} from {start}: the engine gives {engineResult}, the day-stepping baseline {baselineResult}."));
        }
    }
}
