using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ItsmCore.Calendars;
using NodaTime;

namespace ItsmCore.Changes.Engine;

/// <summary>
/// A board's meeting series: per local calendar year, the sorted distinct moved meeting dates that fall in that year,
/// built once on first use and cached (thread-safe: a year may be built twice by racing threads, with equal results,
/// and one copy wins). Immutable apart from the cache.
/// </summary>
/// <remarks>
/// <para>
/// Invariants: every array is sorted ascending without duplicates and holds exactly the dates of its year that are the
/// move of some nominal date. A move searches at most <see cref="HorizonDays"/> days from its nominal date, so a date
/// of year Y can only come from a nominal date in [1 Jan Y - 366, 31 Dec Y + 366]; those are the nominal dates moved
/// to build year Y (monthly rules: about 37 moves; weekly: at most 163). A nominal date with no business day within
/// the horizon contributes no meeting; a query that finds no meeting within the horizon throws.
/// </para>
/// <para>
/// The moved series is non-decreasing in the nominal date for every move (next, previous and nearest with ties
/// going later are all monotone), which is why the sorted distinct set equals the moves taken in order.
/// </para>
/// </remarks>
internal sealed class CadenceEngine
{
    /// <summary>How far every board search looks: 366 days (DESIGN.md).</summary>
    public const int HorizonDays = 366;

    private readonly ConcurrentDictionary<int, LocalDate[]> years = new();
    private readonly string boardId;
    private readonly BusinessCalendar calendar;
    private readonly MeetingRule rule;
    private readonly LocalTime meetingTime;
    private readonly CabCutOff cutOff;

    public CadenceEngine(string boardId, BusinessCalendar calendar, MeetingRule rule, LocalTime meetingTime, CabCutOff cutOff)
    {
        this.boardId = boardId;
        this.calendar = calendar;
        this.rule = rule;
        this.meetingTime = meetingTime;
        this.cutOff = cutOff;
    }

    /// <summary>The first meeting whose start is strictly after <paramref name="instant"/> (or at or after it when <paramref name="inclusive"/>).</summary>
    public CabMeeting FirstMeetingAfter(Instant instant, bool inclusive)
    {
        LocalDate from = instant.InZone(calendar.Zone).Date;
        LocalDate limit = from.PlusDays(HorizonDays);

        // A meeting's start lies on its own date (or just after it when the meeting time falls in a gap spanning midnight).
        foreach (LocalDate date in DatesFrom(from.PlusDays(-1), limit))
        {
            Instant start = StartOf(date);
            if (start > instant || (inclusive && start == instant))
            {
                return Meeting(date, start);
            }
        }

        throw NotFound(instant, $"no meeting of board '{boardId}' ({rule}) starts within {HorizonDays} days after {from:uuuu-MM-dd}");
    }

    /// <summary>The meetings whose start lies in [<paramref name="from"/>, <paramref name="to"/>), in order.</summary>
    public IReadOnlyList<CabMeeting> MeetingsIn(Instant from, Instant to)
    {
        var result = new List<CabMeeting>();
        LocalDate first = from.InZone(calendar.Zone).Date.PlusDays(-1);
        LocalDate last = to.InZone(calendar.Zone).Date.PlusDays(1);
        foreach (LocalDate date in DatesFrom(first, last))
        {
            Instant start = StartOf(date);
            if (start >= from && start < to)
            {
                result.Add(Meeting(date, start));
            }
        }

        return result;
    }

    /// <summary>The first meeting whose cut-off is at or after <paramref name="submittedAt"/>.</summary>
    public CabMeeting MeetingFor(Instant submittedAt)
    {
        LocalDate from = submittedAt.InZone(calendar.Zone).Date;
        LocalDate limit = from.PlusDays(HorizonDays);

        // The cut-off is never after the start, so only meetings starting at or after the submission can qualify.
        foreach (LocalDate date in DatesFrom(from.PlusDays(-1), limit))
        {
            Instant start = StartOf(date);
            if (start >= submittedAt)
            {
                CabMeeting meeting = Meeting(date, start);
                if (meeting.CutOff >= submittedAt)
                {
                    return meeting;
                }
            }
        }

        throw NotFound(submittedAt, $"no meeting of board '{boardId}' ({rule}) within {HorizonDays} days after {from:uuuu-MM-dd} has its cut-off ({cutOff}) at or after the submission");
    }

    /// <summary>The first instant e &gt;= <paramref name="earliest"/> at which every calendar of <paramref name="windows"/> is working.</summary>
    public Instant FirstCommonWorkingInstant(Instant earliest, IReadOnlyList<BusinessCalendar> windows)
    {
        Instant limit = earliest + Duration.FromDays(HorizonDays);
        Instant e = earliest;
        while (true)
        {
            bool moved = false;
            foreach (BusinessCalendar window in windows)
            {
                Instant next;
                try
                {
                    next = window.NextWorkingInstant(e);
                }
                catch (WorkingTimeNotFoundException)
                {
                    next = Instant.MaxValue;
                }

                if (next > e)
                {
                    e = next;
                    moved = true;
                }
            }

            if (!moved)
            {
                return e;
            }

            if (e > limit)
            {
                throw NotFound(
                    earliest,
                    $"board '{boardId}' found no instant within {HorizonDays} days at which the maintenance windows {string.Join(", ", windows.Select(w => $"'{w.Id}'"))} are all working");
            }
        }
    }

    public Instant StartOf(LocalDate date) => calendar.Zone.ResolveLocal(date.At(meetingTime), BusinessCalendar.BoundaryResolver).ToInstant();

    public WorkingTimeNotFoundException NotFound(Instant searchStart, string detail) =>
        new(calendar.Id, searchStart, $"{detail} (board '{boardId}', calendar '{calendar.Id}')");

    private CabMeeting Meeting(LocalDate date, Instant start) => new(boardId, date, start, CutOffOf(date, start));

    private Instant CutOffOf(LocalDate date, Instant start) => cutOff.Kind switch
    {
        CabCutOffKind.BusinessDays => StartOf(calendar.AddWorkingDays(date, -cutOff.BusinessDays)),
        CabCutOffKind.WorkingHours => calendar.Subtract(start, cutOff.WorkingTime),
        _ => start,
    };

    /// <summary>The meeting dates within [<paramref name="from"/>, <paramref name="to"/>], in order.</summary>
    private IEnumerable<LocalDate> DatesFrom(LocalDate from, LocalDate to)
    {
        for (int year = from.Year; year <= to.Year; year++)
        {
            LocalDate[] dates = Year(year);
            int i = Array.BinarySearch(dates, from);
            for (i = i < 0 ? ~i : i; i < dates.Length && dates[i] <= to; i++)
            {
                yield return dates[i];
            }
        }
    }

    private LocalDate[] Year(int year) => years.TryGetValue(year, out LocalDate[]? dates) ? dates : years.GetOrAdd(year, BuildYear(year));

    private LocalDate[] BuildYear(int year)
    {
        var first = new LocalDate(year, 1, 1);
        var last = new LocalDate(year, 12, 31);
        var result = new SortedSet<LocalDate>();
        rule.NominalDates(first.PlusDays(-HorizonDays), last.PlusDays(HorizonDays), nominal =>
        {
            if (MoveOf(nominal) is { } moved && moved >= first && moved <= last)
            {
                result.Add(moved);
            }
        });
        return [.. result];
    }

    /// <summary>The business day a nominal date moves to, or null when there is none within the horizon.</summary>
    private LocalDate? MoveOf(LocalDate nominal)
    {
        for (int k = 0; k <= HorizonDays; k++)
        {
            switch (rule.Move)
            {
                case BusinessDayMove.Previous:
                    if (calendar.IsWorkingDay(nominal.PlusDays(-k)))
                    {
                        return nominal.PlusDays(-k);
                    }

                    break;
                case BusinessDayMove.Nearest:
                    // The later candidate first, so a tie goes to the later day.
                    if (calendar.IsWorkingDay(nominal.PlusDays(k)))
                    {
                        return nominal.PlusDays(k);
                    }

                    if (calendar.IsWorkingDay(nominal.PlusDays(-k)))
                    {
                        return nominal.PlusDays(-k);
                    }

                    break;
                default:
                    if (calendar.IsWorkingDay(nominal.PlusDays(k)))
                    {
                        return nominal.PlusDays(k);
                    }

                    break;
            }
        }

        return null;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{boardId}: {years.Count} years built");
}
