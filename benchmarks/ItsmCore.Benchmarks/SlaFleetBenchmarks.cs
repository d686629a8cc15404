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
/// A host's tick: every open clock of a large service desk evaluated for one <c>now</c>, on one thread. One
/// invocation loops over 1,000,000 pre-built clocks and sums what it reads, so the reported time is the whole loop
/// (no OperationsPerInvoke: divide by 1,000,000 for the time per clock). The clocks mix five calendars (Tokyo office
/// 09:00-18:00 with JP holidays, New York 09:00-17:00, London 09:00-12:30 and 13:30-17:30, Berlin 08:00-17:00 and
/// 15:00 on Fridays, each with its country's public holidays, and 24x7 UTC), working-time and deadline targets,
/// thresholds or none, 0-10 pauses, running or paused, started over the last 28 days; see <see cref="Setup"/>.
/// The baseline is <see cref="NaiveSlaClock"/> on the same calendars (every segment summed again on each call), so
/// Ratio reads engine / naive sum. A third category runs the same loop over only 2,048 of the clocks, repeated, so
/// their objects stay in the CPU caches: the difference to the full loop is the memory traffic of a million clocks.
/// </summary>
[MemoryDiagnoser]
[CategoriesColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public class SlaFleetBenchmarks
{
    public const int ClockCount = 1_000_000;

    private const string EvaluateCategory = "Evaluate 1,000,000 open clocks (whole loop)";
    private const string NextChangeCategory = "NextChangeAt 1,000,000 open clocks (whole loop)";
    private const string CacheResidentCategory = "Evaluate 1,000,000 calls on 2,048 of the clocks (cache-resident, whole loop)";

    /// <summary>How many distinct clocks the cache-resident loop cycles through (their objects stay in the CPU caches).</summary>
    private const int HotCount = 2048;

    /// <summary>How far back the clocks start: 28 days, in minutes.</summary>
    private const int WindowMinutes = 28 * 24 * 60;

    /// <summary>Wednesday 2026-04-15 13:45 UTC: 22:45 in Tokyo, 09:45 in New York, 14:45 in London, 15:45 in Berlin.</summary>
    private static readonly Instant Now = Instant.FromUtc(2026, 4, 15, 13, 45);

    private static readonly string?[] Reasons = { "awaiting customer", "awaiting supplier", "awaiting change window", null };

    private readonly SlaClock[] clocks = new SlaClock[ClockCount];
    private readonly NaiveSlaClock[] naive = new NaiveSlaClock[ClockCount];
    private readonly byte[] naiveCalendar = new byte[ClockCount];
    private readonly SlaClock[] hotClocks = new SlaClock[ClockCount];
    private readonly NaiveSlaClock[] hotNaive = new NaiveSlaClock[ClockCount];
    private readonly byte[] hotNaiveCalendar = new byte[ClockCount];
    private NaiveSlaClock.Engine[] naiveCalendars = null!;

    /// <summary>The five calendars: tokyo-office, new-york, london, berlin and 24x7 (UTC).</summary>
    private static BusinessCalendar[] Calendars()
    {
        BusinessCalendar tokyo = BusinessCalendar.CreateBuilder("tokyo-office", DateTimeZoneProviders.Tzdb["Asia/Tokyo"])
            .WithWeekdayHours("09:00-18:00")
            .AddHolidaySet("JP")
            .Build();
        BusinessCalendar newYork = BusinessCalendar.CreateBuilder("new-york", DateTimeZoneProviders.Tzdb["America/New_York"])
            .WithWeekdayHours("09:00-17:00")
            .AddFixedHoliday(1, 1, "New Year's Day", HolidayObservance.NearestWeekday)
            .AddNthWeekdayHoliday(1, IsoDayOfWeek.Monday, 3, "Martin Luther King Jr. Day")
            .AddNthWeekdayHoliday(2, IsoDayOfWeek.Monday, 3, "Washington's Birthday")
            .AddLastWeekdayHoliday(5, IsoDayOfWeek.Monday, "Memorial Day")
            .AddFixedHoliday(6, 19, "Juneteenth", HolidayObservance.NearestWeekday)
            .AddFixedHoliday(7, 4, "Independence Day", HolidayObservance.NearestWeekday)
            .AddNthWeekdayHoliday(9, IsoDayOfWeek.Monday, 1, "Labor Day")
            .AddFixedHoliday(11, 11, "Veterans Day", HolidayObservance.NearestWeekday)
            .AddNthWeekdayHoliday(11, IsoDayOfWeek.Thursday, 4, "Thanksgiving")
            .AddFixedHoliday(12, 25, "Christmas Day", HolidayObservance.NearestWeekday)
            .Build();
        BusinessCalendar london = BusinessCalendar.CreateBuilder("london", DateTimeZoneProviders.Tzdb["Europe/London"])
            .WithWeekdayHours("09:00-12:30", "13:30-17:30")
            .AddFixedHoliday(1, 1, "New Year's Day", HolidayObservance.NextWeekdayIfWeekend)
            .AddEasterHoliday(-2, "Good Friday")
            .AddEasterHoliday(1, "Easter Monday")
            .AddNthWeekdayHoliday(5, IsoDayOfWeek.Monday, 1, "Early May bank holiday")
            .AddLastWeekdayHoliday(5, IsoDayOfWeek.Monday, "Spring bank holiday")
            .AddLastWeekdayHoliday(8, IsoDayOfWeek.Monday, "Summer bank holiday")
            .AddFixedHoliday(12, 25, "Christmas Day", HolidayObservance.NextWeekdayIfWeekend)
            .AddFixedHoliday(12, 26, "Boxing Day", HolidayObservance.NextWeekdayIfWeekend)
            .Build();
        BusinessCalendar berlin = BusinessCalendar.CreateBuilder("berlin", DateTimeZoneProviders.Tzdb["Europe/Berlin"])
            .WithWeekdayHours("08:00-17:00")
            .WithHours(IsoDayOfWeek.Friday, "08:00-15:00")
            .AddFixedHoliday(1, 1, "Neujahr")
            .AddEasterHoliday(-2, "Karfreitag")
            .AddEasterHoliday(1, "Ostermontag")
            .AddFixedHoliday(5, 1, "Tag der Arbeit")
            .AddEasterHoliday(39, "Christi Himmelfahrt")
            .AddEasterHoliday(50, "Pfingstmontag")
            .AddFixedHoliday(10, 3, "Tag der Deutschen Einheit")
            .AddFixedHoliday(12, 25, "1. Weihnachtstag")
            .AddFixedHoliday(12, 26, "2. Weihnachtstag")
            .Build();
        BusinessCalendar allDay = BusinessCalendar.AlwaysOpen(DateTimeZone.Utc);
        return new[] { tokyo, newYork, london, berlin, allDay };
    }

    [GlobalSetup]
    public void Setup()
    {
        BusinessCalendar[] calendars = Calendars();
        naiveCalendars = Array.ConvertAll(calendars, c => new NaiveSlaClock.Engine(c));

        // Targets are shared between clocks (as a host shares its SLA definitions): per office calendar 2, 4, 8, 16,
        // 24, 40, 80 and 120 working hours, 1, 3 or 5 business days at the same time of day, 1 or 2 business days to
        // the end of the business day, next business day at 09:00 or 12:00; on 24x7: 1, 2, 4, 8, 24 and 72 hours.
        SlaTarget[][] workingTime = new SlaTarget[calendars.Length][];
        SlaTarget[][] deadlines = new SlaTarget[calendars.Length][];
        for (int c = 0; c < calendars.Length; c++)
        {
            string id = calendars[c].Id;
            workingTime[c] = c == 4
                ? Array.ConvertAll(new[] { 1, 2, 4, 8, 24, 72 }, h => SlaTarget.Within(Duration.FromHours(h), id))
                : Array.ConvertAll(new[] { 2, 4, 8, 16, 24, 40, 80, 120 }, h => SlaTarget.Within(Duration.FromHours(h), id));
            deadlines[c] = new[]
            {
                SlaTarget.WithinBusinessDays(1, BusinessDayEnd.SameTimeOfDay, id),
                SlaTarget.WithinBusinessDays(3, BusinessDayEnd.SameTimeOfDay, id),
                SlaTarget.WithinBusinessDays(5, BusinessDayEnd.SameTimeOfDay, id),
                SlaTarget.WithinBusinessDays(1, BusinessDayEnd.EndOfBusinessDay, id),
                SlaTarget.WithinBusinessDays(2, BusinessDayEnd.EndOfBusinessDay, id),
                SlaTarget.NextBusinessDayAt(new LocalTime(9, 0), id),
                SlaTarget.NextBusinessDayAt(new LocalTime(12, 0), id),
            };
        }

        var random = new SplitMix64(20260415);
        long nowMinute = Now.ToUnixTimeSeconds() / 60;
        long[] minutes = new long[20];
        int[] perCalendar = new int[calendars.Length];
        int[] perPauses = new int[11];
        int deadlineCount = 0;
        int thresholdCount = 0;
        long eventCount = 0;
        for (int n = 0; n < ClockCount; n++)
        {
            // Calendar: Tokyo 30 %, New York 20 %, London 20 %, Berlin 15 %, 24x7 15 %.
            int roll = random.Next(100);
            int c = roll < 30 ? 0 : roll < 50 ? 1 : roll < 70 ? 2 : roll < 85 ? 3 : 4;
            BusinessCalendar calendar = calendars[c];

            // Target: on the office calendars 70 % working time, 30 % deadlines; 24x7 working time only.
            bool deadline = c != 4 && random.Next(10) >= 7;
            SlaTarget target = deadline ? deadlines[c][random.Next(deadlines[c].Length)] : workingTime[c][random.Next(workingTime[c].Length)];
            SlaThresholds thresholds = random.Next(3) == 0 ? SlaThresholds.None : SlaThresholds.Default;

            // Started at a whole minute in the last 28 days, recent starts more likely (age = 28 d x u^3, median 3.5 d:
            // an open backlog is mostly young); 0-10 pauses at uniform instants; half of the clocks with pauses end paused.
            long u = random.Next(1 << 10);
            long startMinute = nowMinute - 1 - (u * u * u * (WindowMinutes - 2) / (1L << 30));
            int pauses = random.Next(11);
            bool endsPaused = pauses > 0 && random.Next(2) == 0;
            int events = endsPaused ? (2 * pauses) - 1 : 2 * pauses;
            long span = nowMinute - startMinute - 1;
            if (span < events)
            {
                pauses = 0;
                endsPaused = false;
                events = 0;
            }

            for (int e = 0; e < events; e++)
            {
                minutes[e] = startMinute + 1 + random.Next((int)span);
            }

            Array.Sort(minutes, 0, events);
            SlaClock clock = SlaClock.Start(target, calendar, Instant.FromUnixTimeSeconds(startMinute * 60), thresholds);
            for (int e = 0; e < events; e++)
            {
                Instant at = Instant.FromUnixTimeSeconds(minutes[e] * 60);
                clock = e % 2 == 0 ? clock.Pause(at, Reasons[random.Next(Reasons.Length)]) : clock.Resume(at);
            }

            clocks[n] = clock;
            naive[n] = NaiveSlaClock.FromClock(clock, calendar);
            naiveCalendar[n] = (byte)c;
            perCalendar[c]++;
            perPauses[pauses]++;
            deadlineCount += deadline ? 1 : 0;
            thresholdCount += thresholds.Count > 0 ? 1 : 0;
            eventCount += 1 + events;
        }

        // Every clock must evaluate the same on the engine and on the naive clock (this also warms both up).
        int[] perState = new int[5];
        int breachedPaused = 0;
        for (int n = 0; n < ClockCount; n++)
        {
            SlaStatus status = clocks[n].Evaluate(Now);
            NaiveSlaClock.Status expected = naive[n].Evaluate(naiveCalendars[naiveCalendar[n]], Now);
            if (!expected.Matches(status))
            {
                throw new InvalidOperationException(string.Create(
                    CultureInfo.InvariantCulture,
                    $"Self-check failed: clock {n} ({clocks[n]}): the engine gives {status}, the naive clock {expected}."));
            }

            Instant? next = clocks[n].NextChangeAt(Now);
            Instant? expectedNext = naive[n].NextChangeAt(naiveCalendars[naiveCalendar[n]], Now);
            if (next != expectedNext)
            {
                throw new InvalidOperationException(string.Create(
                    CultureInfo.InvariantCulture,
                    $"Self-check failed: NextChangeAt of clock {n} ({clocks[n]}): the engine gives {next}, the naive clock {expectedNext}."));
            }

            perState[(int)status.State]++;
            breachedPaused += status.State == SlaClockState.Breached && status.IsPaused ? 1 : 0;
        }

        // The same loop over the first 2,048 clocks again and again: what the evaluation costs when the clocks'
        // objects are in the CPU caches, to separate the arithmetic from the memory traffic of a million clocks.
        for (int n = 0; n < ClockCount; n++)
        {
            hotClocks[n] = clocks[n % HotCount];
            hotNaive[n] = naive[n % HotCount];
            hotNaiveCalendar[n] = naiveCalendar[n % HotCount];
        }

        GC.Collect();
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"// Fleet: {ClockCount:N0} clocks, {eventCount:N0} events; calendars (Tokyo, New York, London, Berlin, 24x7) {string.Join("/", perCalendar)}; "
            + $"deadline targets {deadlineCount:N0}; with thresholds {thresholdCount:N0}; pauses 0..10 {string.Join("/", perPauses)}; "
            + $"states ({string.Join(", ", Enum.GetNames<SlaClockState>())}) {string.Join("/", perState)} ({breachedPaused:N0} of the breached paused); managed heap {GC.GetTotalMemory(false) / (1024 * 1024):N0} MiB."));
    }

    [Benchmark]
    [BenchmarkCategory(EvaluateCategory)]
    public long Evaluate1M_Engine() => EvaluateAll(clocks);

    [Benchmark(Baseline = true)]
    [BenchmarkCategory(EvaluateCategory)]
    public long Evaluate1M_NaiveSum() => EvaluateAll(naive, naiveCalendar);

    [Benchmark]
    [BenchmarkCategory(NextChangeCategory)]
    public long NextChangeAt1M_Engine()
    {
        long sum = 0;
        SlaClock[] all = clocks;
        for (int n = 0; n < all.Length; n++)
        {
            sum = unchecked(sum + (all[n].NextChangeAt(Now)?.ToUnixTimeTicks() ?? 1));
        }

        return sum;
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory(NextChangeCategory)]
    public long NextChangeAt1M_NaiveSum()
    {
        long sum = 0;
        NaiveSlaClock[] all = naive;
        NaiveSlaClock.Engine[] calendars = naiveCalendars;
        for (int n = 0; n < all.Length; n++)
        {
            sum = unchecked(sum + (all[n].NextChangeAt(calendars[naiveCalendar[n]], Now)?.ToUnixTimeTicks() ?? 1));
        }

        return sum;
    }

    [Benchmark]
    [BenchmarkCategory(CacheResidentCategory)]
    public long Evaluate1MCacheResident_Engine() => EvaluateAll(hotClocks);

    [Benchmark(Baseline = true)]
    [BenchmarkCategory(CacheResidentCategory)]
    public long Evaluate1MCacheResident_NaiveSum() => EvaluateAll(hotNaive, hotNaiveCalendar);

    /// <summary>Evaluates every clock at <see cref="Now"/>; sums elapsed, state and due so that nothing can be dropped.</summary>
    private static long EvaluateAll(SlaClock[] all)
    {
        long sum = 0;
        for (int n = 0; n < all.Length; n++)
        {
            SlaStatus status = all[n].Evaluate(Now);
            sum = unchecked(sum + status.Elapsed.ToInt64Nanoseconds() + (int)status.State + (status.DueAt?.ToUnixTimeTicks() ?? 0));
        }

        return sum;
    }

    /// <summary>The same for the naive clocks, each on its calendar.</summary>
    private long EvaluateAll(NaiveSlaClock[] all, byte[] calendarOf)
    {
        long sum = 0;
        NaiveSlaClock.Engine[] calendars = naiveCalendars;
        for (int n = 0; n < all.Length; n++)
        {
            NaiveSlaClock.Status status = all[n].Evaluate(calendars[calendarOf[n]], Now);
            sum = unchecked(sum + status.Elapsed.ToInt64Nanoseconds() + (int)status.State + (status.DueAt?.ToUnixTimeTicks() ?? 0));
        }

        return sum;
    }

    /// <summary>A small deterministic generator (SplitMix64), so the fleet is the same on every run and machine.</summary>
    private struct SplitMix64(ulong seed)
    {
        private ulong state = seed;

        public int Next(int bound)
        {
            state += 0x9E3779B97F4A7C15UL;
            ulong z = state;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            z ^= z >> 31;
            return (int)(z % (ulong)bound);
        }
    }
}
