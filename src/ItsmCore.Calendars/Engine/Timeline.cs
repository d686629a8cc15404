using System.Runtime.CompilerServices;
using System.Threading;
using NodaTime;

namespace ItsmCore.Calendars.Engine;

/// <summary>
/// The compiled index of a calendar: one <see cref="YearChunk"/> per UTC year, built lazily on first
/// use and published with a compare-and-swap, so concurrent first use from many threads is safe (a
/// chunk may be built twice by racing threads, but only one is published and both are identical).
/// All arithmetic is a year lookup, a bucket lookup with a short search, and a few additions: O(log n) and
/// allocation-free once the years involved are built. Spans of several years add one cached total
/// per whole year in between.
/// </summary>
internal sealed class Timeline
{
    /// <summary>How many consecutive years without working time end a search.</summary>
    public const int SearchHorizonYears = 10;

    private readonly YearChunk?[] chunks = new YearChunk?[TimeScale.YearCount];

    public Timeline(string calendarId, IntervalSource source)
    {
        CalendarId = calendarId;
        Source = source;
    }

    public string CalendarId { get; }

    public IntervalSource Source { get; }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public YearChunk GetChunk(int index)
    {
        YearChunk? chunk = Volatile.Read(ref chunks[index]);
        return chunk ?? Build(index);
    }

    public bool IsWorking(long t)
    {
        YearChunk chunk = GetChunk(TimeScale.IndexOf(t));
        int i = chunk.LastStartAtOrBefore(t);
        return i >= 0 && t < chunk.Ends[i];
    }

    /// <summary>Working time in [a, b); negative when b is before a.</summary>
    public long Between(long a, long b)
    {
        if (b < a)
        {
            return -Between(b, a);
        }

        int ia = TimeScale.IndexOf(a);
        int ib = TimeScale.IndexOf(b);
        YearChunk first = GetChunk(ia);
        if (ia == ib)
        {
            return first.CumulativeAt(b) - first.CumulativeAt(a);
        }

        long sum = first.Total - first.CumulativeAt(a);
        for (int y = ia + 1; y < ib; y++)
        {
            sum += GetChunk(y).Total;
        }

        return sum + GetChunk(ib).CumulativeAt(b);
    }

    /// <summary>The earliest t &gt;= start with Between(start, t) == d, for d &gt; 0.</summary>
    public long Add(long start, long d)
    {
        // Fast path: the answer lies in the year of the start (d > 0, so a year without working time never takes it).
        int y = TimeScale.IndexOf(start);
        YearChunk chunk = GetChunk(y);
        long need = chunk.CumulativeAt(start) + d;
        return need <= chunk.Total ? chunk.EarliestWithCumulative(need) : AddAcrossYears(start, y, chunk, need);
    }

    /// <summary>The latest t &lt;= end with Between(t, end) == d, for d &gt; 0.</summary>
    public long Subtract(long end, long d)
    {
        int y = TimeScale.IndexOf(end);
        YearChunk chunk = GetChunk(y);
        long need = chunk.CumulativeAt(end) - d;
        return need >= 0 ? chunk.LatestWithCumulative(need) : SubtractAcrossYears(end, y, chunk, need);
    }

    /// <summary>The first working instant at or after t, or null when none within the horizon.</summary>
    public long? NextWorkingStart(long t)
    {
        int y = TimeScale.IndexOf(t);
        YearChunk chunk = GetChunk(y);
        int i = chunk.LastStartAtOrBefore(t);
        if (i >= 0 && t < chunk.Ends[i])
        {
            return t;
        }

        return FirstStartAfter(y, i + 1);
    }

    /// <summary>The next instant after t at which working turns into non-working or back, or null within the horizon.</summary>
    public long? NextTransition(long t)
    {
        int y = TimeScale.IndexOf(t);
        YearChunk chunk = GetChunk(y);
        int i = chunk.LastStartAtOrBefore(t);
        if (i >= 0 && t < chunk.Ends[i])
        {
            return EndOfRun(y, i);
        }

        return FirstStartAfter(y, i + 1);
    }

    /// <summary>The end of the working run containing interval i of year y, following splits at year boundaries.</summary>
    public long? EndOfRun(int y, int i)
    {
        YearChunk chunk = GetChunk(y);
        long end = chunk.Ends[i];
        int years = 0;
        while (i == chunk.Count - 1 && end == TimeScale.YearStart(y + 1))
        {
            if (y + 1 >= TimeScale.YearCount || ++years > SearchHorizonYears)
            {
                return null;
            }

            YearChunk next = GetChunk(y + 1);
            if (next.Count == 0 || next.Starts[0] != end)
            {
                break;
            }

            y++;
            chunk = next;
            i = 0;
            end = next.Ends[0];
        }

        return end;
    }

    private long? FirstStartAfter(int y, int i)
    {
        YearChunk chunk = GetChunk(y);
        int emptyYears = 0;
        while (i >= chunk.Count)
        {
            emptyYears++;
            y++;
            if (y >= TimeScale.YearCount || emptyYears > SearchHorizonYears)
            {
                return null;
            }

            chunk = GetChunk(y);
            i = 0;
        }

        return chunk.Starts[i];
    }

    private long AddAcrossYears(long start, int y, YearChunk chunk, long need)
    {
        EnsureMayHaveWorkingTime(start);
        int emptyYears = 0;
        while (need > chunk.Total)
        {
            need -= chunk.Total;
            emptyYears = chunk.Total == 0 ? emptyYears + 1 : 0;
            y++;
            CheckSearch(y, emptyYears, start, "adding working time");
            chunk = GetChunk(y);
        }

        return chunk.EarliestWithCumulative(need);
    }

    private long SubtractAcrossYears(long end, int y, YearChunk chunk, long need)
    {
        EnsureMayHaveWorkingTime(end);
        int emptyYears = 0;
        while (need < 0)
        {
            emptyYears = chunk.Total == 0 ? emptyYears + 1 : 0;
            y--;
            CheckSearch(y, emptyYears, end, "subtracting working time");
            chunk = GetChunk(y);
            need += chunk.Total;
        }

        return chunk.LatestWithCumulative(need);
    }

    private void EnsureMayHaveWorkingTime(long from)
    {
        if (!Source.MayHaveWorkingTime)
        {
            throw new WorkingTimeNotFoundException(CalendarId, TimeScale.ToInstant(from), "the calendar has no working hours on any weekday or exception date");
        }
    }

    private void CheckSearch(int y, int emptyYears, long from, string what)
    {
        if (y < 0 || y >= TimeScale.YearCount)
        {
            throw new WorkingTimeNotFoundException(
                CalendarId,
                TimeScale.ToInstant(from),
                $"{what} runs past the supported range [{TimeScale.MinSupported}, {TimeScale.MaxSupported})");
        }

        if (emptyYears >= SearchHorizonYears)
        {
            throw new WorkingTimeNotFoundException(
                CalendarId,
                TimeScale.ToInstant(from),
                $"{what} found no working time in {SearchHorizonYears} consecutive years (the search horizon)");
        }
    }

    private YearChunk Build(int index)
    {
        YearChunk built = YearChunk.FromList(Source.BuildYear(index), TimeScale.YearStart(index), TimeScale.YearStart(index + 1) - TimeScale.YearStart(index));
        return Interlocked.CompareExchange(ref chunks[index], built, null) ?? built;
    }
}
