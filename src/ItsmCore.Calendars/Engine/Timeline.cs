using System.Runtime.CompilerServices;
using System.Threading;
using NodaTime;

namespace ItsmCore.Calendars.Engine;

/// <summary>
/// The compiled index of a calendar: one <see cref="YearChunk"/> per UTC year, built lazily on first
/// use and published with a compare-and-swap, so concurrent first use from many threads is safe (a
/// chunk may be built twice by racing threads, but only one is published and both are identical).
/// All arithmetic is a year lookup (the year used last is a hint), one or two bucket lookups in the
/// year and a few additions: O(1) typically, O(log n) at worst (see <see cref="YearChunk"/>), and
/// allocation-free once the years involved are built. Spans of several years add one cached total
/// per whole year in between. The Try*InRecentYear methods are the small common cases the public
/// entry points inline; they answer only when every instant involved lies in the hinted year.
/// </summary>
internal sealed class Timeline
{
    /// <summary>How many consecutive years without working time end a search.</summary>
    public const int SearchHorizonYears = 10;

    private readonly YearChunk?[] chunks = new YearChunk?[TimeScale.YearCount];

    /// <summary>
    /// The chunk used last: a hint that spares the year lookup when calls stay in one year, as they
    /// mostly do. Any thread may replace it; a chunk is immutable and fully built before it is stored.
    /// </summary>
    private YearChunk? recent;

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

    /// <summary>The chunk of the UTC year containing a supported instant.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public YearChunk ChunkAt(long ns) => RecentContaining(ns) ?? ChunkAtSlow(ns);

    public bool IsWorking(long t) => ChunkAt(t).IsWorking(t);

    /// <summary>
    /// <see cref="IsWorking"/> for the common case (the instant lies in the chunk used last); false when it does not.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryIsWorkingInRecentYear(long t, out bool working)
    {
        if (RecentContaining(t) is { } chunk)
        {
            working = chunk.IsWorking(t);
            return true;
        }

        working = false;
        return false;
    }

    /// <summary>
    /// <see cref="Between"/> for the common case (both instants lie in the chunk used last); false when they do not.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryBetweenInRecentYear(long a, long b, out long result)
    {
        if (RecentContaining(a) is { } chunk && chunk.Contains(b))
        {
            result = unchecked(chunk.CumulativeAt(b) - chunk.CumulativeAt(a));
            return true;
        }

        result = 0;
        return false;
    }

    /// <summary>
    /// <see cref="Subtract"/> for the common case (the end and the answer both lie in the chunk used last);
    /// false when they do not. <paramref name="d"/> must be positive.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TrySubtractInRecentYear(long end, long d, out long result)
    {
        if (RecentContaining(end) is { } chunk)
        {
            long need = unchecked(chunk.CumulativeAt(end) - d);
            if (need >= 0)
            {
                result = chunk.LatestWithCumulative(need);
                return true;
            }
        }

        result = 0;
        return false;
    }

    /// <summary>
    /// <see cref="Add"/> for the common case, kept small enough to inline into the public entry point:
    /// the start and the answer both lie in the chunk used last. False when they do not (the caller
    /// then takes the full path); <paramref name="d"/> must be positive.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryAddInRecentYear(long start, long d, out long result)
    {
        if (RecentContaining(start) is { } chunk)
        {
            long need = unchecked(chunk.CumulativeAt(start) + d);
            if (need <= chunk.Total)
            {
                result = chunk.EarliestWithCumulative(need);
                return true;
            }
        }

        result = 0;
        return false;
    }

    /// <summary>Working time in [a, b); negative when b is before a.</summary>
    public long Between(long a, long b)
    {
        if (b < a)
        {
            return -Between(b, a);
        }

        YearChunk first = ChunkAt(a);
        if (first.Contains(b))
        {
            return first.CumulativeAt(b) - first.CumulativeAt(a);
        }

        int ia = first.Year;
        int ib = TimeScale.IndexOf(b);
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
        YearChunk chunk = ChunkAt(start);
        long need = unchecked(chunk.CumulativeAt(start) + d);
        return need <= chunk.Total ? chunk.EarliestWithCumulative(need) : AddAcrossYears(start, chunk, need);
    }

    /// <summary>The latest t &lt;= end with Between(t, end) == d, for d &gt; 0.</summary>
    public long Subtract(long end, long d)
    {
        YearChunk chunk = ChunkAt(end);
        long need = chunk.CumulativeAt(end) - d;
        return need >= 0 ? chunk.LatestWithCumulative(need) : SubtractAcrossYears(end, chunk, need);
    }

    /// <summary>The first working instant at or after t, or null when none within the horizon.</summary>
    public long? NextWorkingStart(long t)
    {
        int y = TimeScale.IndexOf(t);
        YearChunk chunk = GetChunk(y);
        int i = chunk.LastStartAtOrBefore(t);
        if (i >= 0 && t < chunk.EndOf(i))
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
        if (i >= 0 && t < chunk.EndOf(i))
        {
            return EndOfRun(y, i);
        }

        return FirstStartAfter(y, i + 1);
    }

    /// <summary>The end of the working run containing interval i of year y, following splits at year boundaries.</summary>
    public long? EndOfRun(int y, int i)
    {
        YearChunk chunk = GetChunk(y);
        long end = chunk.EndOf(i);
        int years = 0;
        while (i == chunk.Count - 1 && end == TimeScale.YearStart(y + 1))
        {
            if (y + 1 >= TimeScale.YearCount || ++years > SearchHorizonYears)
            {
                return null;
            }

            YearChunk next = GetChunk(y + 1);
            if (next.Count == 0 || next.StartOf(0) != end)
            {
                break;
            }

            y++;
            chunk = next;
            i = 0;
            end = next.EndOf(0);
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

        return chunk.StartOf(i);
    }

    private long AddAcrossYears(long start, YearChunk chunk, long need)
    {
        EnsureMayHaveWorkingTime(start);
        int y = chunk.Year;
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

    private long SubtractAcrossYears(long end, YearChunk chunk, long need)
    {
        EnsureMayHaveWorkingTime(end);
        int y = chunk.Year;
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

    /// <summary>The chunk used last when it contains <paramref name="ns"/>, else null.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private YearChunk? RecentContaining(long ns)
    {
        YearChunk? chunk = Volatile.Read(ref recent);
        return chunk is not null && chunk.Contains(ns) ? chunk : null;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private YearChunk ChunkAtSlow(long ns)
    {
        YearChunk chunk = GetChunk(TimeScale.IndexOf(ns));
        Volatile.Write(ref recent, chunk);
        return chunk;
    }

    private YearChunk Build(int index)
    {
        YearChunk built = YearChunk.FromList(Source.BuildYear(index), index);
        return Interlocked.CompareExchange(ref chunks[index], built, null) ?? built;
    }
}
