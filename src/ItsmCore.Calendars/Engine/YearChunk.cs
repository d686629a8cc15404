using System;
using System.Collections.Generic;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace ItsmCore.Calendars.Engine;

/// <summary>
/// The working intervals of one UTC year, as sorted, disjoint, non-touching [start, end) pairs in ns,
/// with the cumulative working time before each interval. Immutable once built.
/// </summary>
/// <remarks>
/// <para>
/// The hot paths (<see cref="CumulativeAt"/>, <see cref="EarliestWithCumulative"/>) read a slot array
/// that holds start, end and cumulative time side by side, framed by two sentinels: slot 0 is an empty
/// interval at the chunk's origin (cumulative 0) and slot <c>Count + 1</c> starts at
/// <see cref="long.MaxValue"/> with cumulative <see cref="Total"/>. Interval i is slot i + 1.
/// </para>
/// <para>
/// Two bucket tables (about <see cref="BucketsPerInterval"/> buckets per interval, power-of-two widths) give for
/// any instant, and for any cumulative amount, a slot at or just before the answer; a forward scan
/// that the sentinels bound finishes the lookup, usually in zero or one step. So both lookups are
/// O(1) on average and never worse than O(n) in a bucket, whatever the distance between instants.
/// </para>
/// <para>
/// Arithmetic in the lookups is unchecked on purpose: every operand is an instant or an amount of
/// working time inside the supported range (250 years of nanoseconds, which fits a <see cref="long"/>
/// with room to spare), so no sum or difference here can overflow.
/// </para>
/// </remarks>
internal sealed class YearChunk
{
    /// <summary>Bucket-table density: buckets per working interval (rounded to a power-of-two width).</summary>
    public const int BucketsPerInterval = 4;

    private readonly Slot[] slots;
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
        slots = new Slot[count + 2];
        slots[0] = new Slot(long.MinValue, long.MinValue, 0);
        long total = 0;
        for (int i = 0; i < count; i++)
        {
            CumulativeBefore[i] = total;
            slots[i + 1] = new Slot(starts[i], ends[i], total);
            total += ends[i] - starts[i];
        }

        slots[count + 1] = new Slot(long.MaxValue, long.MaxValue, total);
        Total = total;
        this.origin = origin;

        // timeIndex[b]: the last slot starting at or before the lower edge of time bucket b.
        timeShift = ShiftFor(length, count);
        timeIndex = new int[(int)((length - 1) >> timeShift) + 1];
        int last = 0;
        for (int b = 0; b < timeIndex.Length; b++)
        {
            long edge = origin + ((long)b << timeShift);
            while (slots[last + 1].Start <= edge)
            {
                last++;
            }

            timeIndex[b] = last;
        }

        // cumulativeIndex[k]: the first interval slot whose cumulative end reaches the lower edge of bucket k.
        long span = Math.Max(total, 1);
        cumulativeShift = ShiftFor(span, count);
        cumulativeIndex = new int[(int)(span >> cumulativeShift) + 1];
        int first = 1;
        for (int k = 0; k < cumulativeIndex.Length; k++)
        {
            long edge = (long)k << cumulativeShift;
            while (first < count && slots[first + 1].CumulativeBefore < edge)
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
    public int LastStartAtOrBefore(long ns) => SlotAt(ns) - 1;

    /// <summary>Working time in this chunk strictly before <paramref name="ns"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public long CumulativeAt(long ns)
    {
        ref readonly Slot slot = ref slots[SlotAt(ns)];
        unchecked
        {
            return slot.CumulativeBefore + (Math.Min(ns, slot.End) - slot.Start);
        }
    }

    /// <summary>The earliest instant whose cumulative working time equals <paramref name="target"/>, for 0 &lt; target &lt;= Total.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public long EarliestWithCumulative(long target)
    {
        ref readonly Slot slot = ref slots[FirstSlotReaching(target)];
        unchecked
        {
            return slot.Start + (target - slot.CumulativeBefore);
        }
    }

    /// <summary>The latest instant whose cumulative working time equals <paramref name="target"/>, for 0 &lt;= target &lt; Total.</summary>
    public long LatestWithCumulative(long target)
    {
        // The last interval whose cumulative start is at or before the target is the first whose cumulative end exceeds it.
        ref readonly Slot slot = ref slots[FirstSlotReaching(target + 1)];
        return slot.Start + (target - slot.CumulativeBefore);
    }

    /// <summary>The number of bits of a bucket's width: about <see cref="BucketsPerInterval"/> buckets per interval over <paramref name="length"/>.</summary>
    private static int ShiftFor(long length, int count)
    {
        long perBucket = Math.Max(1, length / Math.Max((long)BucketsPerInterval * count, 1));
        return Math.Min(62, 63 - BitOperations.LeadingZeroCount((ulong)perBucket));
    }

    /// <summary>The last slot starting at or before <paramref name="ns"/> (0, the front sentinel, when none).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int SlotAt(long ns)
    {
        Slot[] s = slots;
        int i;
        unchecked
        {
            ulong b = (ulong)(ns - origin) >> timeShift;
            i = b < (ulong)timeIndex.Length ? timeIndex[(int)b] : (ns < origin ? 0 : timeIndex[^1]);
        }

        // Bounded by the back sentinel, which starts at long.MaxValue.
        while (s[i + 1].Start <= ns)
        {
            i++;
        }

        return i;
    }

    /// <summary>The first interval slot whose cumulative end reaches <paramref name="target"/> (0 &lt; target &lt;= Total).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int FirstSlotReaching(long target)
    {
        Slot[] s = slots;
        int j = cumulativeIndex[(int)(target >> cumulativeShift)];

        // The cumulative end of slot j is the cumulative start of slot j + 1; the back sentinel holds Total.
        while (s[j + 1].CumulativeBefore < target)
        {
            j++;
        }

        return j;
    }

    /// <summary>One working interval and the working time before it, side by side for the lookups.</summary>
    private readonly struct Slot
    {
        public readonly long Start;
        public readonly long End;
        public readonly long CumulativeBefore;

        public Slot(long start, long end, long cumulativeBefore)
        {
            Start = start;
            End = end;
            CumulativeBefore = cumulativeBefore;
        }
    }
}
