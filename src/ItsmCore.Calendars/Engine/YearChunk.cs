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
/// table), so the answer is that slot or the next one: at most one step. A cumulative bucket carries
/// the cumulative ends and offsets of both candidate slots, so that lookup is one read and a compare.
/// When that would make a table larger than <see cref="MaxBucketsPerInterval"/> (time) or
/// <see cref="MaxCumulativeBucketsPerInterval"/> (cumulative) entries per interval (a calendar with
/// intervals or gaps a few seconds or minutes long), the buckets are wider and a binary search
/// finishes the lookup when one step is not enough. So a lookup is O(1) typically and O(log n) at
/// worst, and never reads outside the slots.
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

    /// <summary>The largest time bucket table, in entries per interval, built to make every lookup a single step (4 bytes each).</summary>
    public const int MaxBucketsPerInterval = 64;

    /// <summary>The largest cumulative bucket table, in entries per interval, built to make every lookup a single step (32 bytes each).</summary>
    public const int MaxCumulativeBucketsPerInterval = 8;

    private readonly Slot[] slots;
    private readonly long origin;
    private readonly ulong length;
    private readonly int timeShift;
    private readonly int[] timeIndex;
    private readonly int cumulativeShift;
    private readonly CumulativeBucket[] cumulativeBuckets;

    private YearChunk(List<long> flat, int year)
    {
        int count = flat.Count / 2;
        Count = count;
        Year = year;
        origin = TimeScale.YearStart(year);
        long span = TimeScale.YearStart(year + 1) - origin;
        length = (ulong)span;
        slots = new Slot[count + 2];
        slots[0] = new Slot(long.MinValue, long.MinValue, 0);
        long total = 0;
        long shortestGap = span;
        long shortestInterval = span;
        for (int i = 0; i < count; i++)
        {
            long start = flat[2 * i];
            long end = flat[(2 * i) + 1];
            slots[i + 1] = new Slot(start, end, total);
            total += end - start;
            shortestInterval = Math.Min(shortestInterval, end - start);
            if (i > 0)
            {
                shortestGap = Math.Min(shortestGap, start - flat[2 * (i - 1)]);
            }
        }

        slots[count + 1] = new Slot(long.MaxValue, long.MaxValue, total);
        Total = total;

        // timeIndex[b]: the last slot starting at or before the lower edge of time bucket b.
        timeShift = ShiftFor(span, count, shortestGap, BucketsPerInterval, MaxBucketsPerInterval);
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

        // Cumulative bucket k: j is the first interval slot whose cumulative end reaches the lower edge of
        // bucket k, so a target in bucket k is reached in slot j or a later one; the bucket carries what
        // answering from slot j or j + 1 needs.
        long cumulativeSpan = Math.Max(total, 1);
        // A cumulative bucket carries both candidate slots, so it needs no density beyond the single-step width
        // (and it is eight times the size of a time bucket): hence no density floor here.
        cumulativeShift = ShiftFor(cumulativeSpan, count, shortestInterval, 0, MaxCumulativeBucketsPerInterval);
        SingleStepLookups = timeShift <= Log2(shortestGap) && cumulativeShift <= Log2(shortestInterval);
        cumulativeBuckets = new CumulativeBucket[(int)(cumulativeSpan >> cumulativeShift) + 1];
        int first = 1;
        for (int k = 0; k < cumulativeBuckets.Length; k++)
        {
            long edge = (long)k << cumulativeShift;
            while (first < count && slots[first + 1].CumulativeBefore < edge)
            {
                first++;
            }

            cumulativeBuckets[k] = count == 0 ? default : new CumulativeBucket(slots, first, count);
        }
    }

    /// <summary>Whether both bucket tables are fine enough that no lookup needs a search.</summary>
    public bool SingleStepLookups { get; }

    /// <summary>The chunk's UTC year, as an index from <see cref="TimeScale.FirstYear"/>.</summary>
    public int Year { get; }

    public int Count { get; }

    /// <summary>Total working time in the chunk, ns.</summary>
    public long Total { get; }

    /// <summary>A chunk from a normalized flat list [start0, end0, start1, end1, ...] of the year's intervals.</summary>
    public static YearChunk FromList(List<long> flat, int year) => new(flat, year);

    /// <summary>The start of interval <paramref name="i"/> (0 &lt;= i &lt; Count).</summary>
    public long StartOf(int i) => slots[CheckInterval(i) + 1].Start;

    /// <summary>The end of interval <paramref name="i"/> (0 &lt;= i &lt; Count).</summary>
    public long EndOf(int i) => slots[CheckInterval(i) + 1].End;

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
        ref CumulativeBucket bucket = ref cumulativeBuckets[(int)(target >> cumulativeShift)];
        if (target > bucket.NextEnd)
        {
            return SearchEarliest(target);
        }

        unchecked
        {
            return target + (target <= bucket.End ? bucket.Offset : bucket.NextOffset);
        }
    }

    /// <summary>The latest instant whose cumulative working time equals <paramref name="target"/>, for 0 &lt;= target &lt; Total.</summary>
    /// <remarks>The last interval whose cumulative start is at or before the target is the first whose cumulative end exceeds it.</remarks>
    public long LatestWithCumulative(long target)
    {
        ref CumulativeBucket bucket = ref cumulativeBuckets[(int)((target + 1) >> cumulativeShift)];
        if (target + 1 > bucket.NextEnd)
        {
            return target + SlotOffset(SearchCumulative(1, target + 1));
        }

        return target + (target + 1 <= bucket.End ? bucket.Offset : bucket.NextOffset);
    }

    /// <summary>
    /// The number of bits of a bucket's width over <paramref name="span"/>: no wider than <paramref name="shortest"/>
    /// (so that a bucket holds at most one boundary) unless that would take more than <paramref name="maxPerInterval"/>
    /// buckets per interval, and no wider than gives <paramref name="density"/> buckets per interval (0: no floor).
    /// </summary>
    private static int ShiftFor(long span, int count, long shortest, int density, int maxPerInterval)
    {
        int intervals = Math.Max(count, 1);
        int exact = Log2(Math.Max(1, shortest));
        int finest = Log2(Math.Max(1, span / ((long)maxPerInterval * intervals)));
        int shift = Math.Max(exact, finest);
        return density == 0 ? shift : Math.Min(shift, Log2(Math.Max(1, span / ((long)density * intervals))));
    }

    private int CheckInterval(int i) =>
        (uint)i < (uint)Count ? i : throw new ArgumentOutOfRangeException(nameof(i), i, $"Interval index must be in [0, {Count}).");

    private static int Log2(long value) => Math.Min(62, 63 - BitOperations.LeadingZeroCount((ulong)value));

    /// <summary>The last slot starting at or before <paramref name="ns"/> (slot 0, the front sentinel, when none).</summary>
    /// <remarks>
    /// ns lies in the chunk's year (every caller takes the chunk by the instant), so the bucket indexes the
    /// table (a bounds-checked read). The answer is the bucket's slot or the next one when the buckets
    /// are fine enough (<see cref="SingleStepLookups"/>); otherwise a binary search finishes. Slot i + 1
    /// is read only while slot i + 1 starts at or before ns, and the back sentinel starts at
    /// <see cref="long.MaxValue"/>, so no read goes past slot Count + 1.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ref Slot SlotAt(long ns)
    {
        int i = timeIndex[(int)(unchecked((ulong)(ns - origin)) >> timeShift)];
        ref Slot first = ref MemoryMarshal.GetArrayDataReference(slots);
        ref Slot slot = ref Unsafe.Add(ref first, i);
        if (Unsafe.Add(ref slot, 1).Start <= ns)
        {
            slot = ref Unsafe.Add(ref slot, 1);
            if (Unsafe.Add(ref slot, 1).Start <= ns)
            {
                slot = ref Unsafe.Add(ref first, SearchStarts(i + 2, ns));
            }
        }

        return ref slot;
    }

    /// <summary>Slot i's start minus the working time before it: an instant in slot i is its cumulative amount plus this.</summary>
    private long SlotOffset(int i) => slots[i].Start - slots[i].CumulativeBefore;

    /// <summary><see cref="EarliestWithCumulative"/> when the bucket's two slots do not reach the target (wide buckets only).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private long SearchEarliest(long target) => target + SlotOffset(SearchCumulative(1, target));

    /// <summary>Binary search for the last slot in [lo, Count] starting at or before ns, given that slot lo does.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private int SearchStarts(int lo, long ns)
    {
        int hi = Count; // the back sentinel (Count + 1) starts after any ns
        while (lo < hi)
        {
            int mid = (int)((uint)(lo + hi + 1) >> 1);
            if (slots[mid].Start <= ns)
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

    /// <summary>Binary search for the first slot in [lo, Count] whose cumulative end reaches the target (0 &lt; target &lt;= Total), given that slot lo - 1 does not.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private int SearchCumulative(int lo, long target)
    {
        int hi = Count; // slot Count ends at Total, which reaches any target
        while (lo < hi)
        {
            int mid = (int)((uint)(lo + hi) >> 1);
            if (slots[mid + 1].CumulativeBefore >= target)
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

    /// <summary>
    /// What a cumulative lookup needs from slots j and j + 1, in one read: their cumulative ends and
    /// their offsets (start minus working time before). A target reached by slot j maps to target +
    /// <see cref="Offset"/>; one reached only by slot j + 1 to target + <see cref="NextOffset"/>; one beyond
    /// <see cref="NextEnd"/> (possible only with wide buckets) needs a search.
    /// </summary>
    private readonly struct CumulativeBucket
    {
        public readonly long End;
        public readonly long NextEnd;
        public readonly long Offset;
        public readonly long NextOffset;

        public CumulativeBucket(Slot[] slots, int j, int count)
        {
            End = slots[j + 1].CumulativeBefore;
            Offset = slots[j].Start - slots[j].CumulativeBefore;
            if (j < count)
            {
                NextEnd = slots[j + 2].CumulativeBefore;
                NextOffset = slots[j + 1].Start - slots[j + 1].CumulativeBefore;
            }
            else
            {
                NextEnd = End;
                NextOffset = Offset;
            }
        }
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
