using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using ItsmCore.Calendars.Engine;
using Xunit;

namespace ItsmCore.Calendars.Tests;

/// <summary>
/// The compiled year index (<see cref="YearChunk"/>) against a linear scan of its own intervals. Its
/// bucket tables take two shapes: buckets no wider than the shortest interval and gap (every lookup is
/// one step), and, when a year holds very short intervals or gaps, wider buckets finished by a binary search.
/// The generated years mix ordinary working days with bursts of intervals a few nanoseconds long, so
/// both shapes and the sentinels at both ends are exercised.
/// </summary>
public sealed class YearChunkTests
{
    private const int Year2026 = 2026 - TimeScale.FirstYear;

    private static readonly long Origin = TimeScale.YearStart(Year2026);
    private static readonly long Length = TimeScale.YearStart(Year2026 + 1) - Origin;

    private const long Minute = 60_000_000_000L;
    private const long Hour = 60 * Minute;

    [Fact]
    public void An_empty_year_has_no_working_time_and_no_interval()
    {
        var chunk = YearChunk.FromList(new List<long>(), Year2026);

        Assert.Equal(0, chunk.Total);
        Assert.Equal(-1, chunk.LastStartAtOrBefore(Origin + Hour));
        Assert.False(chunk.IsWorking(Origin));
        Assert.Equal(0, chunk.CumulativeAt(Origin + Length - 1));
    }

    [Fact]
    public void A_whole_year_interval_counts_from_the_first_to_the_last_nanosecond()
    {
        var chunk = YearChunk.FromList(new List<long> { Origin, Origin + Length }, Year2026);

        Assert.True(chunk.IsWorking(Origin));
        Assert.True(chunk.IsWorking(Origin + Length - 1));
        Assert.Equal(Length - 1, chunk.CumulativeAt(Origin + Length - 1));
        Assert.Equal(Origin + 1, chunk.EarliestWithCumulative(1));
        Assert.Equal(Origin + Length, chunk.EarliestWithCumulative(Length));
        Assert.Equal(Origin, chunk.LatestWithCumulative(0));
        Assert.True(chunk.Contains(Origin));
        Assert.False(chunk.Contains(Origin - 1));
        Assert.False(chunk.Contains(Origin + Length));
    }

    [Fact]
    public void An_office_calendar_gets_single_step_lookups()
    {
        BusinessCalendar office = BusinessCalendar.FromJson("""
            {
              "id": "jp-office",
              "timeZone": "Asia/Tokyo",
              "weekly": {
                "monday": ["09:00-12:00", "13:00-18:00"], "tuesday": ["09:00-12:00", "13:00-18:00"],
                "wednesday": ["09:00-12:00", "13:00-18:00"], "thursday": ["09:00-12:00", "13:00-18:00"],
                "friday": ["09:00-12:00", "13:00-18:00"]
              },
              "holidaySets": ["JP"]
            }
            """);
        YearChunk chunk = office.Timeline.GetChunk(Year2026);

        Assert.True(chunk.SingleStepLookups);
        CheckAgainstLinearScan(Flatten(chunk));
    }

    [Fact]
    public void A_year_with_nanosecond_intervals_falls_back_to_searching_and_stays_exact()
    {
        var flat = new List<long>();
        for (long t = Origin + Hour; flat.Count < 2_000; t += 7)
        {
            flat.Add(t);
            flat.Add(t + 3);
        }

        flat.Add(Origin + (100 * 24 * Hour));
        flat.Add(Origin + (200 * 24 * Hour));
        var chunk = YearChunk.FromList(flat, Year2026);

        Assert.False(chunk.SingleStepLookups);
        CheckAgainstLinearScan(flat.ToArray());
    }

    [Fact]
    public void Lookups_agree_with_a_linear_scan_of_the_intervals() =>
        PropertyRunner.Run(YearIntervals(), CheckAgainstLinearScan, maxTest: 150);

    private static void CheckAgainstLinearScan(long[] flat)
    {
        var chunk = YearChunk.FromList(flat.ToList(), Year2026);
        int count = flat.Length / 2;
        long[] cumulativeBefore = new long[count + 1];
        for (int i = 0; i < count; i++)
        {
            cumulativeBefore[i + 1] = cumulativeBefore[i] + (flat[(2 * i) + 1] - flat[2 * i]);
        }

        long total = cumulativeBefore[count];
        Assert.Equal(total, chunk.Total);

        foreach (long ns in Probes(flat))
        {
            int last = -1;
            while (last + 1 < count && flat[2 * (last + 1)] <= ns)
            {
                last++;
            }

            bool working = last >= 0 && ns < flat[(2 * last) + 1];
            long cumulative = last < 0 ? 0 : cumulativeBefore[last] + (Math.Min(ns, flat[(2 * last) + 1]) - flat[2 * last]);
            Assert.Equal(last, chunk.LastStartAtOrBefore(ns));
            Assert.Equal(working, chunk.IsWorking(ns));
            Assert.Equal(cumulative, chunk.CumulativeAt(ns));
        }

        foreach (long target in Targets(cumulativeBefore))
        {
            if (target > 0 && target <= total)
            {
                // Earliest: the interval where the target is reached (its cumulative end reaches it first).
                int i = 0;
                while (cumulativeBefore[i + 1] < target)
                {
                    i++;
                }

                Assert.Equal(flat[2 * i] + (target - cumulativeBefore[i]), chunk.EarliestWithCumulative(target));
            }

            if (target >= 0 && target < total)
            {
                // Latest: the last interval whose cumulative start is at or before the target.
                int j = count - 1;
                while (cumulativeBefore[j] > target)
                {
                    j--;
                }

                Assert.Equal(flat[2 * j] + (target - cumulativeBefore[j]), chunk.LatestWithCumulative(target));
            }
        }
    }

    private static long[] Flatten(YearChunk chunk)
    {
        var flat = new long[chunk.Count * 2];
        for (int i = 0; i < chunk.Count; i++)
        {
            flat[2 * i] = chunk.StartOf(i);
            flat[(2 * i) + 1] = chunk.EndOf(i);
        }

        return flat;
    }

    private static IEnumerable<long> Probes(long[] flat)
    {
        yield return Origin;
        yield return Origin + Length - 1;
        foreach (long boundary in flat)
        {
            for (long delta = -2; delta <= 2; delta++)
            {
                long ns = boundary + delta;
                if (ns >= Origin && ns < Origin + Length)
                {
                    yield return ns;
                }
            }
        }

        for (long ns = Origin + 7_919; ns < Origin + Length; ns += Length / 97)
        {
            yield return ns;
        }
    }

    private static IEnumerable<long> Targets(long[] cumulative)
    {
        foreach (long c in cumulative)
        {
            for (long delta = -2; delta <= 2; delta++)
            {
                yield return c + delta;
            }
        }

        long total = cumulative[^1];
        for (int k = 1; k < 64; k++)
        {
            yield return total * k / 64;
        }
    }

    /// <summary>
    /// Sorted, disjoint, non-touching intervals inside the 2026 UTC year: runs of ordinary days
    /// (hours with gaps of hours) and bursts of intervals and gaps a few nanoseconds to a few minutes long.
    /// </summary>
    private static Gen<long[]> YearIntervals()
    {
        Gen<(long Gap, long Length)> ordinary =
            from gapMinutes in Gen.Choose(1, 3 * 24 * 60)
            from lengthMinutes in Gen.Choose(1, 10 * 60)
            select ((long)gapMinutes * Minute, (long)lengthMinutes * Minute);
        Gen<(long Gap, long Length)> burst =
            from gap in Gen.Choose(1, 5_000)
            from length in Gen.Choose(1, 5_000)
            from scale in Gen.Elements(1L, 1_000L, 60_000_000L)
            select (gap * scale, length * scale);
        Gen<(long Gap, long Length)> step = Gen.Frequency((3, ordinary), (2, burst));

        return from offsetMinutes in Gen.Choose(0, 60 * 24 * 30)
               from n in Gen.Choose(1, 400)
               from steps in Gen.ArrayOf(step, n)
               select Build(offsetMinutes * Minute, steps);
    }

    private static long[] Build(long offset, (long Gap, long Length)[] steps)
    {
        var flat = new List<long>();
        long t = Origin + offset;
        foreach ((long gap, long length) in steps)
        {
            long start = flat.Count == 0 ? t : t + gap;
            long end = start + length;
            if (end > Origin + Length)
            {
                break;
            }

            flat.Add(start);
            flat.Add(end);
            t = end;
        }

        return flat.ToArray();
    }
}
