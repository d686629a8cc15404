using System;
using System.Collections.Generic;

namespace ItsmCore.Calendars.Engine;

/// <summary>
/// The working intervals of one UTC year, as sorted, disjoint, non-touching [start, end) pairs in ns,
/// with the cumulative working time before each interval. Immutable once built.
/// </summary>
internal sealed class YearChunk
{
    private readonly long[] cumulativeEnd;
    private readonly long origin;
    private readonly int timeShift;
    private readonly int[] timeIndex;
    private readonly int cumulativeShift;
    private readonly int[] cumulativeIndex;

    public YearChunk(long[] starts, long[] ends, int count, long origin, long length)
    {
        Starts = starts;
        Ends = ends;
        Count = count;
        CumulativeBefore = new long[count];
        cumulativeEnd = new long[count];
        long total = 0;
        for (int i = 0; i < count; i++)
        {
            CumulativeBefore[i] = total;
            total += ends[i] - starts[i];
            cumulativeEnd[i] = total;
        }

        Total = total;
        this.origin = origin;

        // Bucket tables turn both binary searches into a lookup plus a short scan: about two buckets
        // per interval, each bucket holding the answer for its lower edge. Cost: 2 ints per bucket.
        timeShift = ShiftFor(length, count);
        timeIndex = new int[(int)((length - 1) >> timeShift) + 2];
        int last = -1;
        for (int b = 0; b < timeIndex.Length; b++)
        {
            long edge = origin + ((long)b << timeShift);
            while (last + 1 < count && starts[last + 1] <= edge)
            {
                last++;
            }

            timeIndex[b] = last;
        }

        cumulativeShift = ShiftFor(Math.Max(total, 1), count);
        cumulativeIndex = new int[(int)(Math.Max(total, 1) >> cumulativeShift) + 2];
        int first = 0;
        for (int k = 0; k < cumulativeIndex.Length; k++)
        {
            long edge = (long)k << cumulativeShift;
            while (first < count - 1 && cumulativeEnd[first] < edge)
            {
                first++;
            }

            cumulativeIndex[k] = first;
        }
    }

    public long[] Starts { get; }

    public long[] Ends { get; }

    public long[] CumulativeBefore { get; }

    public int Count { get; }

    /// <summary>Total working time in the chunk, ns.</summary>
    public long Total { get; }

    public static YearChunk FromList(List<long> flat, long origin, long length)
    {
        int count = flat.Count / 2;
        var starts = new long[count];
        var ends = new long[count];
        for (int i = 0; i < count; i++)
        {
            starts[i] = flat[2 * i];
            ends[i] = flat[(2 * i) + 1];
        }

        return new YearChunk(starts, ends, count, origin, length);
    }

    /// <summary>Index of the last interval starting at or before <paramref name="ns"/>, or -1.</summary>
    public int LastStartAtOrBefore(long ns)
    {
        long offset = ns - origin;
        int b = (int)(offset >> timeShift);
        if (offset < 0 || b >= timeIndex.Length - 1)
        {
            return LastStartAtOrBefore(ns, 0, Count - 1);
        }

        // The answer lies in [timeIndex[b], timeIndex[b + 1]].
        return LastStartAtOrBefore(ns, timeIndex[b], timeIndex[b + 1]);
    }

    /// <summary>Working time in this chunk strictly before <paramref name="ns"/>.</summary>
    public long CumulativeAt(long ns)
    {
        int i = LastStartAtOrBefore(ns);
        if (i < 0)
        {
            return 0;
        }

        return CumulativeBefore[i] + (Math.Min(ns, Ends[i]) - Starts[i]);
    }

    /// <summary>The earliest instant whose cumulative working time equals <paramref name="target"/>, for 0 &lt; target &lt;= Total.</summary>
    public long EarliestWithCumulative(long target)
    {
        int i = FirstCumulativeEndAtLeast(target);
        return Starts[i] + (target - CumulativeBefore[i]);
    }

    /// <summary>The latest instant whose cumulative working time equals <paramref name="target"/>, for 0 &lt;= target &lt; Total.</summary>
    public long LatestWithCumulative(long target)
    {
        // The last interval whose cumulative start is at or before the target is the first whose cumulative end exceeds it.
        int i = FirstCumulativeEndAtLeast(target + 1);
        return Starts[i] + (target - CumulativeBefore[i]);
    }

    private static int ShiftFor(long length, int count)
    {
        long perBucket = Math.Max(1, length / Math.Max(2L * count, 1));
        return Math.Min(62, 63 - System.Numerics.BitOperations.LeadingZeroCount((ulong)perBucket));
    }

    /// <summary>The first interval whose cumulative end reaches <paramref name="target"/> (0 &lt; target &lt;= Total).</summary>
    private int FirstCumulativeEndAtLeast(long target)
    {
        int k = (int)(target >> cumulativeShift);
        int lo = cumulativeIndex[k];
        int hi = cumulativeIndex[k + 1];
        long[] ends = cumulativeEnd;
        while (lo < hi)
        {
            int mid = (int)((uint)(lo + hi) >> 1);
            if (ends[mid] >= target)
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }

        return lo;
    }

    private int LastStartAtOrBefore(long ns, int lo, int hi)
    {
        // Invariant: starts[lo] <= ns (or lo == -1) and the answer is at most hi.
        long[] starts = Starts;
        while (lo < hi)
        {
            int mid = (int)((uint)(lo + hi + 1) >> 1);
            if (starts[mid] <= ns)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return lo;
    }
}
