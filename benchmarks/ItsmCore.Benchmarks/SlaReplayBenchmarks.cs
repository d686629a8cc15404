using System;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using ItsmCore.Calendars;
using ItsmCore.Sla;
using NodaTime;

namespace ItsmCore.Benchmarks;

/// <summary>
/// Rebuilding an SLA clock from a 50-event log: <see cref="SlaClock.Replay"/> with a <see cref="BusinessCalendarCatalog"/>
/// (the calendars looked up by id and instant), and <see cref="SlaClockJson.ReadClock"/> (parse the JSON log, then
/// replay). Each log is a start (40 working hours on the <see cref="CalendarBenchmarks"/> calendar, thresholds
/// 50/75/90 %), 24 pause/resume pairs with reasons and, after the twelfth pair, a priority change onto the 24x7
/// calendar (24 h, keep percent consumed): 50 events. Calls cycle through 16 logs started over 2026. There is no
/// baseline: the target is absolute.
/// </summary>
[MemoryDiagnoser]
[CategoriesColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public class SlaReplayBenchmarks
{
    private const int LogCount = 16; // a power of two: the index wraps with a mask
    private const int Mask = LogCount - 1;
    private const int Pairs = 24;
    private const int EventCount = 1 + (2 * Pairs) + 1;

    private const string ReplayCategory = "Replay 50 events";
    private const string JsonCategory = "Read JSON + replay 50 events";

    private static readonly string[] Reasons = { "awaiting customer", "awaiting supplier", "awaiting change window" };

    private readonly SlaClockEvent[][] logs = new SlaClockEvent[LogCount][];
    private readonly string[] jsons = new string[LogCount];

    private BusinessCalendarCatalog catalog = null!;
    private int index;

    [GlobalSetup]
    public void Setup()
    {
        BusinessCalendar office = BusinessCalendar.FromJson(CalendarBenchmarks.CalendarJson);
        BusinessCalendar allDay = BusinessCalendar.AlwaysOpen(office.Zone);
        catalog = BusinessCalendarCatalog.Of(new[] { office, allDay });

        // 16 starts from Monday 2026-01-05 08:17 Asia/Tokyo, 21 d 7 h 13 min apart; runs of 20-140 min and pauses
        // of 30 min to 21 h, varying with the log and the pair.
        Instant first = Instant.FromUtc(2026, 1, 4, 23, 17);
        Duration step = Duration.FromDays(21) + Duration.FromHours(7) + Duration.FromMinutes(13);
        for (int i = 0; i < LogCount; i++)
        {
            Instant t = first + (step * i);
            SlaClock clock = SlaClock.Start(SlaTarget.Within(Duration.FromHours(40), office.Id), office, t, SlaThresholds.Default);
            for (int k = 0; k < Pairs; k++)
            {
                if (k == Pairs / 2)
                {
                    t += Duration.FromMinutes(7 + i);
                    clock = clock.ChangeTarget(t, SlaTarget.Within(Duration.FromHours(24), allDay.Id), allDay, SlaTargetChangePolicy.KeepPercentConsumed);
                }

                t += Duration.FromMinutes(20 + (((i * 7) + (k * 13)) % 120));
                clock = clock.Pause(t, Reasons[(i + k) % Reasons.Length]);
                t += Duration.FromMinutes(30 + (((i * 11) + (k * 29)) % 1230));
                clock = clock.Resume(t);
            }

            if (clock.Events.Count != EventCount)
            {
                throw new InvalidOperationException($"Setup: log {i} has {clock.Events.Count} events, not {EventCount}.");
            }

            logs[i] = new SlaClockEvent[EventCount];
            for (int e = 0; e < EventCount; e++)
            {
                logs[i][e] = clock.Events[e];
            }

            jsons[i] = clock.ToJson();

            // Both paths must rebuild the live clock (this also warms up the calendars' indexes).
            Check("Replay", i, clock, SlaClock.Replay(logs[i], catalog));
            Check("ReadClock", i, clock, SlaClockJson.ReadClock(jsons[i], catalog));
        }

        index = 0;
    }

    [Benchmark]
    [BenchmarkCategory(ReplayCategory)]
    public SlaClock Replay_Engine() => SlaClock.Replay(logs[index++ & Mask], catalog);

    [Benchmark]
    [BenchmarkCategory(JsonCategory)]
    public SlaClock ReadJsonAndReplay_Engine() => SlaClockJson.ReadClock(jsons[index++ & Mask], catalog);

    private static void Check(string what, int log, SlaClock live, SlaClock rebuilt)
    {
        Instant later = live.LastEventAt + Duration.FromHours(3);
        if (!rebuilt.Equals(live) || rebuilt.Evaluate(later) != live.Evaluate(later))
        {
            throw new InvalidOperationException(string.Create(
                CultureInfo.InvariantCulture,
                $"Self-check failed: {what} of log {log} gives {rebuilt.Evaluate(later)}, the live clock {live.Evaluate(later)}."));
        }
    }
}
