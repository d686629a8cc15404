using System;
using System.Collections;
using System.Collections.Generic;
using ItsmCore.Calendars.Engine;
using NodaTime;

namespace ItsmCore.Calendars;

/// <summary>
/// The working intervals of a calendar within a bounded interval, as returned by
/// <see cref="BusinessCalendar.WorkingIntervals(Interval)"/>. <c>foreach</c> uses the struct
/// <see cref="Enumerator"/> and allocates nothing per item; each step is a binary search.
/// </summary>
public readonly struct WorkingIntervalEnumerable : IEnumerable<Interval>
{
    private readonly Timeline? timeline;
    private readonly long start;
    private readonly long end;

    internal WorkingIntervalEnumerable(Timeline timeline, long start, long end)
    {
        this.timeline = timeline;
        this.start = start;
        this.end = end;
    }

    /// <summary>Returns the allocation-free enumerator.</summary>
    /// <returns>The enumerator.</returns>
    public Enumerator GetEnumerator() => new(timeline, start, end);

    IEnumerator<Interval> IEnumerable<Interval>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Enumerates working intervals in order, clipped to the requested interval and merged where they touch.</summary>
    public struct Enumerator : IEnumerator<Interval>
    {
        private readonly Timeline? timeline;
        private readonly long end;
        private long position;

        internal Enumerator(Timeline? timeline, long start, long end)
        {
            this.timeline = timeline;
            this.end = end;
            position = start;
            Current = default;
        }

        /// <summary>The current working interval.</summary>
        public Interval Current { get; private set; }

        readonly object IEnumerator.Current => Current;

        /// <summary>Advances to the next working interval.</summary>
        /// <returns>False when there are no more.</returns>
        public bool MoveNext()
        {
            if (timeline is null || position >= end)
            {
                return false;
            }

            long? next = timeline.NextWorkingStart(position);
            if (next is not { } s || s >= end)
            {
                position = end;
                return false;
            }

            int year = TimeScale.IndexOf(s);
            int index = timeline.GetChunk(year).LastStartAtOrBefore(s);
            long runEnd = timeline.EndOfRun(year, index) ?? TimeScale.MaxNs;
            long e = Math.Min(runEnd, end);
            Current = new Interval(TimeScale.ToInstant(s), TimeScale.ToInstant(e));
            position = e;
            return true;
        }

        /// <summary>Not supported; enumerate again instead.</summary>
        /// <exception cref="NotSupportedException">Always.</exception>
        public readonly void Reset() => throw new NotSupportedException("Enumerate again instead of resetting.");

        /// <summary>Nothing to dispose.</summary>
        public readonly void Dispose()
        {
        }
    }
}
