using System;
using ItsmCore.Calendars;
using NodaTime;

namespace ItsmCore.Calendars.Tests;

/// <summary>
/// The hot path allocates nothing once the years it touches are built. This counts bytes allocated on
/// the current thread (deterministic), it does not time anything; speed is measured in benchmarks/.
/// </summary>
public sealed class AllocationTests
{
    [Fact]
    public void HotPath_AfterWarmUp_AllocatesNothing()
    {
        BusinessCalendar c = BusinessCalendar.CreateBuilder("office", Cal.Tokyo)
            .WithWeekdayHours("09:00-12:00", "13:00-18:00")
            .AddHolidaySet("JP")
            .AddNthWeekdayClosure(IsoDayOfWeek.Saturday, 1, "18:00-23:00")
            .Build();
        Instant start = Cal.Jst(2026, 11, 20, 16, 30);
        Instant end = Cal.Jst(2027, 11, 20, 16, 30);
        var span = new Interval(start, Cal.Jst(2026, 12, 20, 0));
        long sink = Run(c, start, end, span); // warm-up builds 2026 and 2027

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 100; i++)
        {
            sink += Run(c, start, end, span);
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(0, allocated);
        Assert.NotEqual(0, sink);
    }

    private static long Run(BusinessCalendar c, Instant start, Instant end, Interval span)
    {
        long sink = 0;
        sink += c.Add(start, Duration.FromHours(4)).ToUnixTimeTicks();
        sink += c.Add(start, Duration.FromHours(8 * 250)).ToUnixTimeTicks();
        sink += c.Subtract(end, Duration.FromHours(40)).ToUnixTimeTicks();
        sink += c.WorkingTimeBetween(start, end).BclCompatibleTicks;
        sink += c.IsWorking(start) ? 1 : 0;
        sink += c.NextTransition(start)?.ToUnixTimeTicks() ?? 0;
        foreach (Interval interval in c.WorkingIntervals(span))
        {
            sink += interval.Duration.BclCompatibleTicks;
        }

        return sink;
    }
}
