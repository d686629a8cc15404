using System;
using System.Collections.Generic;

namespace ItsmCore.Calendars.Engine;

/// <summary>
/// The working intervals of one UTC year, as sorted, disjoint, non-touching [start, end) pairs in ns,
/// with the cumulative working time before each interval. Immutable once built.
/// </summary>
internal sealed class YearChunk
{
    public YearChunk(long[] starts, long[] ends, int count)
    {
        Starts = starts;
        Ends = ends;
        Count = count;
        CumulativeBefore = new long[count];
        long total = 0;
        for (int i = 0; i < count; i++)
        {
            CumulativeBefore[i] = total;
            total += ends[i] - starts[i];
        }

        Total = total;
    }

    public long[] Starts { get; }

    public long[] Ends { get; }

    public long[] CumulativeBefore { get; }

    public int Count { get; }

    /// <summary>Total working time in the chunk, ns.</summary>
    public long Total { get; }

    public static YearChunk FromList(List<long> flat)
    {
        int count = flat.Count / 2;
        var starts = new long[count];
        var ends = new long[count];
        for (int i = 0; i < count; i++)
        {
            starts[i] = flat[2 * i];
            ends[i] = flat[(2 * i) + 1];
        }

        return new YearChunk(starts, ends, count);
    }

    /// <summary>Index of the last interval starting at or before <paramref name="ns"/>, or -1.</summary>
    public int LastStartAtOrBefore(long ns)
    {
        int lo = 0;
        int hi = Count - 1;
        long[] starts = Starts;
        while (lo <= hi)
        {
            int mid = (int)((uint)(lo + hi) >> 1);
            if (starts[mid] <= ns)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return hi;
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
        // First interval whose cumulative end reaches the target.
        int lo = 0;
        int hi = Count - 1;
        while (lo < hi)
        {
            int mid = (int)((uint)(lo + hi) >> 1);
            if (CumulativeBefore[mid] + (Ends[mid] - Starts[mid]) >= target)
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }

        return Starts[lo] + (target - CumulativeBefore[lo]);
    }

    /// <summary>The latest instant whose cumulative working time equals <paramref name="target"/>, for 0 &lt;= target &lt; Total.</summary>
    public long LatestWithCumulative(long target)
    {
        // Last interval whose cumulative start is at or before the target.
        int lo = 0;
        int hi = Count - 1;
        while (lo < hi)
        {
            int mid = (int)((uint)(lo + hi + 1) >> 1);
            if (CumulativeBefore[mid] <= target)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return Starts[lo] + (target - CumulativeBefore[lo]);
    }
}
