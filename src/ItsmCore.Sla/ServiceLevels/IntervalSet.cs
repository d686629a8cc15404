using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using ItsmCore.Calendars;
using NodaTime;

namespace ItsmCore.Sla;

/// <summary>
/// Set operations on lists of bounded intervals. A "normalized" list is sorted, non-empty per element,
/// disjoint and non-touching (overlapping or touching intervals are merged), so its total duration counts
/// every instant once.
/// </summary>
internal static class IntervalSet
{
    /// <summary>
    /// Normalizes <paramref name="intervals"/> after clipping each to <paramref name="clip"/> (when given);
    /// intervals outside the clip or of zero length disappear.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="intervals"/> is null.</exception>
    /// <exception cref="ArgumentException">An interval has no start or no end; the message gives its index.</exception>
    public static ImmutableArray<Interval> Normalize(IEnumerable<Interval> intervals, Interval? clip, string paramName)
    {
        ArgumentNullException.ThrowIfNull(intervals, paramName);
        var list = new List<Interval>();
        int index = 0;
        foreach (Interval interval in intervals)
        {
            if (!interval.HasStart || !interval.HasEnd)
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"{paramName}[{index}] must have a start and an end; unbounded intervals cannot be measured."),
                    paramName);
            }

            Instant start = interval.Start;
            Instant end = interval.End;
            if (clip is { } c)
            {
                start = Instant.Max(start, c.Start);
                end = Instant.Min(end, c.End);
            }

            if (start < end)
            {
                list.Add(new Interval(start, end));
            }

            index++;
        }

        return Merge(list);
    }

    /// <summary>The instants in both normalized lists.</summary>
    public static ImmutableArray<Interval> Intersect(ImmutableArray<Interval> a, ImmutableArray<Interval> b)
    {
        var result = ImmutableArray.CreateBuilder<Interval>();
        int i = 0;
        int j = 0;
        while (i < a.Length && j < b.Length)
        {
            Instant start = Instant.Max(a[i].Start, b[j].Start);
            Instant end = Instant.Min(a[i].End, b[j].End);
            if (start < end)
            {
                result.Add(new Interval(start, end));
            }

            if (a[i].End <= b[j].End)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return result.ToImmutable();
    }

    /// <summary>The instants of normalized <paramref name="a"/> that are not in normalized <paramref name="b"/>.</summary>
    public static ImmutableArray<Interval> Subtract(ImmutableArray<Interval> a, ImmutableArray<Interval> b)
    {
        var result = ImmutableArray.CreateBuilder<Interval>();
        int j = 0;
        foreach (Interval interval in a)
        {
            Instant start = interval.Start;
            Instant end = interval.End;
            while (j < b.Length && b[j].End <= start)
            {
                j++;
            }

            for (int k = j; k < b.Length && b[k].Start < end; k++)
            {
                if (b[k].Start > start)
                {
                    result.Add(new Interval(start, b[k].Start));
                }

                start = Instant.Max(start, b[k].End);
            }

            if (start < end)
            {
                result.Add(new Interval(start, end));
            }
        }

        return result.ToImmutable();
    }

    /// <summary>The sum of the durations (for a normalized list, the measure of the set).</summary>
    public static Duration Total(ImmutableArray<Interval> intervals)
    {
        Duration total = Duration.Zero;
        foreach (Interval interval in intervals)
        {
            total += interval.Duration;
        }

        return total;
    }

    /// <summary>The working intervals of <paramref name="calendar"/> within <paramref name="period"/>, as a normalized list.</summary>
    public static ImmutableArray<Interval> WorkingIntervals(BusinessCalendar calendar, Interval period)
    {
        var builder = ImmutableArray.CreateBuilder<Interval>();
        if (period.Start == period.End)
        {
            return builder.ToImmutable();
        }

        foreach (Interval interval in calendar.WorkingIntervals(period))
        {
            builder.Add(interval);
        }

        // The calendar already returns merged, sorted intervals; merging again is cheap and keeps the invariant local.
        return Merge(builder);
    }

    /// <summary>The union of two normalized lists, normalized.</summary>
    public static ImmutableArray<Interval> Union(ImmutableArray<Interval> a, ImmutableArray<Interval> b) =>
        b.IsEmpty ? a : a.IsEmpty ? b : Merge(a.AddRange(b));

    /// <summary>The intervals closures remove from <paramref name="calendar"/> within <paramref name="period"/>, normalized.</summary>
    public static ImmutableArray<Interval> ClosureIntervals(BusinessCalendar calendar, Interval period) =>
        period.Start == period.End ? ImmutableArray<Interval>.Empty : Merge(new List<Interval>(calendar.ClosureIntervals(period)));

    private static ImmutableArray<Interval> Merge(IList<Interval> intervals)
    {
        var sorted = new Interval[intervals.Count];
        intervals.CopyTo(sorted, 0);
        Array.Sort(sorted, static (x, y) => x.Start.CompareTo(y.Start));
        var result = ImmutableArray.CreateBuilder<Interval>(sorted.Length);
        for (int i = 0; i < sorted.Length; i++)
        {
            Instant start = sorted[i].Start;
            Instant end = sorted[i].End;
            while (i + 1 < sorted.Length && sorted[i + 1].Start <= end)
            {
                i++;
                end = Instant.Max(end, sorted[i].End);
            }

            result.Add(new Interval(start, end));
        }

        return result.ToImmutable();
    }
}
