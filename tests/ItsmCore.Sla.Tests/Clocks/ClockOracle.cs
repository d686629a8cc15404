using System;
using System.Collections.Generic;
using ItsmCore.Calendars;
using NodaTime;

namespace ItsmCore.Sla.Tests.Clocks;

/// <summary>
/// A deliberately plain reference for the clock: it replays the events and sums the working time of every running
/// segment with <see cref="BusinessCalendar.WorkingTimeBetween"/>, applying the target-change policies literally.
/// No caching, no folding of closed segments, no threshold or breach bookkeeping.
/// </summary>
internal static class ClockOracle
{
    public static (Duration Elapsed, Duration Budget, bool Running, bool Open) At(SlaClock clock, IReadOnlyList<BusinessCalendar?> calendarsByEvent, Instant now)
    {
        BusinessCalendar calendar = null!;
        var segments = new List<(Instant Start, Instant End)>();
        Duration carried = Duration.Zero;
        Duration budget = Duration.Zero;
        Instant cycleStart = default;
        Instant segmentStart = default;
        bool running = false;
        bool open = false;
        for (int i = 0; i < clock.Events.Count && clock.Events[i].At <= now; i++)
        {
            SlaClockEvent e = clock.Events[i];
            switch (e.Kind)
            {
                case SlaClockEventKind.Started:
                    calendar = calendarsByEvent[i]!;
                    budget = e.Target!.BudgetFrom(calendar, e.At);
                    carried = Duration.Zero;
                    segments.Clear();
                    cycleStart = segmentStart = e.At;
                    running = open = true;
                    break;
                case SlaClockEventKind.Paused:
                    segments.Add((segmentStart, e.At));
                    running = false;
                    break;
                case SlaClockEventKind.Resumed:
                    segmentStart = e.At;
                    running = true;
                    break;
                case SlaClockEventKind.Stopped:
                case SlaClockEventKind.Cancelled:
                    if (running)
                    {
                        segments.Add((segmentStart, e.At));
                    }

                    running = open = false;
                    break;
                default:
                    Duration elapsed = Sum(calendar, carried, segments, running ? segmentStart : null, e.At);
                    BusinessCalendar next = calendarsByEvent[i]!;
                    Duration newBudget = e.Target!.BudgetFrom(next, e.Policy == SlaTargetChangePolicy.Restart ? e.At : cycleStart);
                    carried = e.Policy switch
                    {
                        SlaTargetChangePolicy.Restart => Duration.Zero,
                        SlaTargetChangePolicy.KeepPercentConsumed when budget > Duration.Zero =>
                            Duration.FromNanoseconds((long)((Int128)elapsed.ToInt64Nanoseconds() * newBudget.ToInt64Nanoseconds() / budget.ToInt64Nanoseconds())),
                        _ => elapsed,
                    };
                    budget = newBudget;
                    calendar = next;
                    segments.Clear();
                    segmentStart = e.At;
                    break;
            }
        }

        return (Sum(calendar, carried, segments, running ? segmentStart : null, now), budget, running, open);
    }

    private static Duration Sum(BusinessCalendar calendar, Duration carried, List<(Instant Start, Instant End)> segments, Instant? openSince, Instant now)
    {
        Duration total = carried;
        foreach ((Instant start, Instant end) in segments)
        {
            total += calendar.WorkingTimeBetween(start, end);
        }

        if (openSince is { } since)
        {
            total += calendar.WorkingTimeBetween(since, now);
        }

        return total;
    }
}
