using System;
using System.Collections.Generic;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace ItsmCore.Calendars.Engine;

/// <summary>
/// The working intervals of one UTC year, as sorted, disjoint, non-touching [start, end) pairs in ns,
/// with the cumulative working time before each interval. Immutable once built.
/// </summary>
/// <remarks>
/// <para>
/// The hot paths (<see cref="CumulativeAt"/>, <see cref="EarliestWithCumulative"/>, <see cref="IsWorking"/>)
/// read a slot array that holds start, end and cumulative time side by side, framed by two sentinels:
/// slot 0 is an empty interval at <see cref="long.MinValue"/> (cumulative 0) and slot <c>Count + 1</c>
/// starts at <see cref="long.MaxValue"/> with cumulative <see cref="Total"/>. Interval i is slot i + 1.
/// </para>
/// <para>
/// Two bucket tables with power-of-two widths give, for any instant and for any cumulative amount,
/// the slot at or just before the answer. A bucket is made no wider than the shortest distance
/// between two interval starts (for the time table) or the shortest interval (for the cumulative
/// table), so the answer is that slot or the next one: one branch-free step. When that would make a
/// table larger than <see cref="MaxBucketsPerInterval"/> entries per interval (a calendar with very
/// short intervals or gaps), the buckets are wider and a forward scan, bounded by the back sentinel,
/// finishes the lookup. Either way a lookup is O(1) on average and never reads outside the slots.
/// </para>
/// <para>
/// Arithmetic in the lookups is unchecked on purpose: every operand is an instant or an amount of
/// working time inside the supported range (250 years of nanoseconds, which fits a <see cref="long"/>
/// with room to spare), so no sum or difference here can overflow.
/// </para>
/// </remarks>
internal sealed class YearChunk
{
    /// <summary>Bucket-table density when the intervals allow it: buckets per working interval (rounded to a power-of-two width).</summary>
    public const int BucketsPerInterval = 4;

    /// <summary>The largest bucket table, in entries per interval, built to make every lookup a single step.</summary>
    public const int MaxBucketsPerInterval = 64;

    private readonly Slot[] slots;
    private readonly long origin;
    private readonly ulong length;
    private readonly int timeShift;
    private readonly int[] timeIndex;
    private readonly int cumulativeShift;
    private readonly int[] cumulativeIndex;

    public YearChunk(long[] starts, long[] ends, int count, int year)
    {
        Starts = starts;
        Ends = ends;
        Count = count;
        Year = year;
        origin = TimeScale.YearStart(year);
        long span = TimeScale.YearStart(year + 1) - origin;
        length = (ulong)span;
        CumulativeBefore = new long[count];
        slots = new Slot[count + 2];
        slots[0] = new Slot(long.MinValue, long.MinValue, 0);
        long total = 0;
        long shortestGap = span;
        long shortestInterval = span;
        for (int i = 0; i < count; i++)
        {
            CumulativeBefore[i] = total;
            slots[i + 1] = new Slot(starts[i], ends[i], total);
            total += ends[i] - starts[i];
            shortestInterval = Math.Min(shortestInterval, ends[i] - starts[i]);
            if (i > 0)
            {
                shortestGap = Math.Min(shortestGap, starts[i] - starts[i - 1]);
            }
        }

        slots[count + 1] = new Slot(long.MaxValue, long.MaxValue, total);
        Total = total;

        // timeIndex[b]: the last slot starting at or before the lower edge of time bucket b.
        timeShift = ShiftFor(span, count, shortestGap);
        SingleStepLookups = timeShift <= Log2(shortestGap) && ShiftFor(Math.Max(total, 1), count, shortestInterval) <= Log2(shortestInterval);
        timeIndex = new int[(int)((span - 1) >> timeShift) + 1];
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

        // cumulativeIndex[k]: the first interval slot whose cumulative end reaches the lower edge of bucket k,
        // so that a target in bucket k is reached in that slot or a later one.
        long cumulativeSpan = Math.Max(total, 1);
        cumulativeShift = ShiftFor(cumulativeSpan, count, shortestInterval);
        cumulativeIndex = new int[(int)(cumulativeSpan >> cumulativeShift) + 1];
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

    /// <summary>Whether both bucket tables are fine enough that every lookup is one step (no scan).</summary>
    public bool SingleStepLookups { get; }

    /// <summary>The chunk's UTC year, as an index from <see cref="TimeScale.FirstYear"/>.</summary>
    public int Year { get; }

    public long[] Starts { get; }

    public long[] Ends { get; }

    public long[] CumulativeBefore { get; }

    public int Count { get; }

    /// <summary>Total working time in the chunk, ns.</summary>
    public long Total { get; }

    public static YearChunk FromList(List<long> flat, int year)
    {
        int count = flat.Count / 2;
        var starts = new long[count];
        var ends = new long[count];
        for (int i = 0; i < count; i++)
        {
            starts[i] = flat[2 * i];
            ends[i] = flat[(2 * i) + 1];
        }

        return new YearChunk(starts, ends, count, year);
    }

    /// <summary>Whether <paramref name="ns"/> lies in this chunk's UTC year.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Contains(long ns) => unchecked((ulong)(ns - origin) < length);

    /// <summary>Index of the last interval starting at or before <paramref name="ns"/>, or -1.</summary>
    public int LastStartAtOrBefore(long ns) =>
        (int)(Unsafe.ByteOffset(ref MemoryMarshal.GetArrayDataReference(slots), ref SlotAt(ns)) / Unsafe.SizeOf<Slot>()) - 1;

    /// <summary>Whether <paramref name="ns"/> lies inside one of the chunk's intervals.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsWorking(long ns) => ns < SlotAt(ns).End;

    /// <summary>Working time in this chunk strictly before <paramref name="ns"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public long CumulativeAt(long ns)
    {
        ref Slot slot = ref SlotAt(ns);
        unchecked
        {
            return slot.CumulativeBefore + (Math.Min(ns, slot.End) - slot.Start);
        }
    }

    /// <summary>The earliest instant whose cumulative working time equals <paramref name="target"/>, for 0 &lt; target &lt;= Total.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public long EarliestWithCumulative(long target)
    {
        ref Slot slot = ref FirstSlotReaching(target);
        unchecked
        {
            return slot.Start + (target - slot.CumulativeBefore);
        }
    }

    /// <summary>The latest instant whose cumulative working time equals <paramref name="target"/>, for 0 &lt;= target &lt; Total.</summary>
    public long LatestWithCumulative(long target)
    {
        // The last interval whose cumulative start is at or before the target is the first whose cumulative end exceeds it.
        ref Slot slot = ref FirstSlotReaching(target + 1);
        return slot.Start + (target - slot.CumulativeBefore);
    }

    /// <summary>
    /// The number of bits of a bucket's width over <paramref name="span"/>: about <see cref="BucketsPerInterval"/>
    /// buckets per interval, and no wider than <paramref name="shortest"/> (so that a bucket holds at most one
    /// boundary) unless that would take more than <see cref="MaxBucketsPerInterval"/> buckets per interval.
    /// </summary>
    private static int ShiftFor(long span, int count, long shortest)
    {
        int intervals = Math.Max(count, 1);
        int dense = Log2(Math.Max(1, span / ((long)BucketsPerInterval * intervals)));
        int exact = Log2(Math.Max(1, shortest));
        int finest = Log2(Math.Max(1, span / ((long)MaxBucketsPerInterval * intervals)));
        return Math.Min(dense, Math.Max(exact, finest));
    }

    private static int Log2(long value) => Math.Min(62, 63 - BitOperations.LeadingZeroCount((ulong)value));

    /// <summary>The last slot starting at or before <paramref name="ns"/> (slot 0, the front sentinel, when none).</summary>
    /// <remarks>
    /// ns lies in the chunk's year (every caller takes the chunk by the instant), so the bucket indexes the
    /// table (a bounds-checked read). The scan reads slot i + 1 only while slot i + 1 starts at or before
    /// ns; the back sentinel starts at <see cref="long.MaxValue"/>, so it never moves past slot Count + 1.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ref Slot SlotAt(long ns)
    {
        ref Slot slot = ref Unsafe.Add(
            ref MemoryMarshal.GetArrayDataReference(slots),
            timeIndex[(int)(unchecked((ulong)(ns - origin)) >> timeShift)]);
        while (Unsafe.Add(ref slot, 1).Start <= ns)
        {
            slot = ref Unsafe.Add(ref slot, 1);
        }

        return ref slot;
    }

    /// <summary>The first interval slot whose cumulative end reaches <paramref name="target"/> (0 &lt; target &lt;= Total).</summary>
    /// <remarks>
    /// The cumulative end of a slot is the cumulative start of the next; the back sentinel holds
    /// <see cref="Total"/>, which reaches any target the callers pass, so the scan never moves past slot Count + 1.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ref Slot FirstSlotReaching(long target)
    {
        ref Slot slot = ref Unsafe.Add(
            ref MemoryMarshal.GetArrayDataReference(slots),
            cumulativeIndex[(int)(target >> cumulativeShift)]);
        while (Unsafe.Add(ref slot, 1).CumulativeBefore < target)
        {
            slot = ref Unsafe.Add(ref slot, 1);
        }

        return ref slot;
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
