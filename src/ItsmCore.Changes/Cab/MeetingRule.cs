using System;
using System.Globalization;
using NodaTime;

namespace ItsmCore.Changes;

/// <summary>
/// When a board meets, as nominal local dates and the way each one moves to a business day (DESIGN.md, "CAB cadence"):
/// monthly on day d (clamped to the month's last day) moved to the next, previous or nearest business day; the n-th or
/// last weekday of the month moved forward; or every n weeks from an anchor, each nominal date moved forward on its own
/// and never re-anchored. Moves may cross months; a board's series is the sorted set of distinct moved dates.
/// Immutable and thread-safe; equal rules compare equal.
/// </summary>
public sealed record MeetingRule
{
    /// <summary>The largest interval of an <see cref="EveryWeeks"/> rule: 52 weeks.</summary>
    public const int MaxIntervalWeeks = 52;

    private MeetingRule(MeetingRuleKind kind, int day, BusinessDayMove move, int n, IsoDayOfWeek weekday, int intervalWeeks, LocalDate anchor)
    {
        Kind = kind;
        Day = day;
        Move = move;
        N = n;
        Weekday = weekday;
        IntervalWeeks = intervalWeeks;
        Anchor = anchor;
    }

    /// <summary>The shape of the rule.</summary>
    public MeetingRuleKind Kind { get; }

    /// <summary>The nominal day of the month (1 to 31), for <see cref="MeetingRuleKind.MonthlyOnDay"/>; 0 otherwise.</summary>
    public int Day { get; }

    /// <summary>How a nominal date that is not a business day moves: chosen for monthly rules, <see cref="BusinessDayMove.Next"/> for the others.</summary>
    public BusinessDayMove Move { get; }

    /// <summary>Which weekday of the month (1 to 5; 0 means the last), for <see cref="MeetingRuleKind.NthWeekdayOfMonth"/>; 0 otherwise.</summary>
    public int N { get; }

    /// <summary>The weekday, for <see cref="MeetingRuleKind.NthWeekdayOfMonth"/>; <see cref="IsoDayOfWeek.None"/> otherwise.</summary>
    public IsoDayOfWeek Weekday { get; }

    /// <summary>The interval in weeks, for <see cref="MeetingRuleKind.EveryWeeks"/>; 0 otherwise.</summary>
    public int IntervalWeeks { get; }

    /// <summary>The first nominal date, for <see cref="MeetingRuleKind.EveryWeeks"/>; the default date otherwise.</summary>
    public LocalDate Anchor { get; }

    /// <summary>Whether an <see cref="MeetingRuleKind.NthWeekdayOfMonth"/> rule names the last such weekday of the month.</summary>
    public bool IsLastWeekday => Kind == MeetingRuleKind.NthWeekdayOfMonth && N == 0;

    /// <summary>Monthly on <paramref name="day"/> (clamped to the month's last day: 31 is the last day of every month), moved to a business day as <paramref name="move"/> says.</summary>
    /// <param name="day">The nominal day of the month, 1 to 31.</param>
    /// <param name="move">Where a nominal date that is not a business day moves.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="day"/> or <paramref name="move"/> is out of range.</exception>
    public static MeetingRule MonthlyOnDay(int day, BusinessDayMove move)
    {
        if (day is < 1 or > 31)
        {
            throw new ArgumentOutOfRangeException(nameof(day), day, "The day of the month must be 1 to 31 (days past the month's end are clamped to its last day).");
        }

        if (move is not (BusinessDayMove.Next or BusinessDayMove.Previous or BusinessDayMove.Nearest))
        {
            throw new ArgumentOutOfRangeException(nameof(move), move, "Unknown business-day move.");
        }

        return new MeetingRule(MeetingRuleKind.MonthlyOnDay, day, move, 0, IsoDayOfWeek.None, 0, default);
    }

    /// <summary>The <paramref name="n"/>-th <paramref name="weekday"/> of each month, moved forward to a business day; a month without it (a fifth weekday) has no meeting.</summary>
    /// <param name="n">1 to 5.</param>
    /// <param name="weekday">The weekday.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="n"/> or <paramref name="weekday"/> is out of range.</exception>
    public static MeetingRule NthWeekdayOfMonth(int n, IsoDayOfWeek weekday)
    {
        if (n is < 1 or > 5)
        {
            throw new ArgumentOutOfRangeException(nameof(n), n, "n must be 1 to 5; use LastWeekdayOfMonth for the last one.");
        }

        return new MeetingRule(MeetingRuleKind.NthWeekdayOfMonth, 0, BusinessDayMove.Next, n, CheckWeekday(weekday), 0, default);
    }

    /// <summary>The last <paramref name="weekday"/> of each month, moved forward to a business day.</summary>
    /// <param name="weekday">The weekday.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="weekday"/> is out of range.</exception>
    public static MeetingRule LastWeekdayOfMonth(IsoDayOfWeek weekday) =>
        new(MeetingRuleKind.NthWeekdayOfMonth, 0, BusinessDayMove.Next, 0, CheckWeekday(weekday), 0, default);

    /// <summary>Every <paramref name="weeks"/> weeks: nominal dates <c>anchor + k x weeks</c> (k &gt;= 0), each moved forward to a business day on its own.</summary>
    /// <param name="weeks">1 to <see cref="MaxIntervalWeeks"/>.</param>
    /// <param name="anchor">The first nominal date.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="weeks"/> is out of range.</exception>
    public static MeetingRule EveryWeeks(int weeks, LocalDate anchor)
    {
        if (weeks is < 1 or > MaxIntervalWeeks)
        {
            throw new ArgumentOutOfRangeException(nameof(weeks), weeks, $"The interval must be 1 to {MaxIntervalWeeks} weeks.");
        }

        return new MeetingRule(MeetingRuleKind.EveryWeeks, 0, BusinessDayMove.Next, 0, IsoDayOfWeek.None, weeks, anchor);
    }

    /// <summary>A readable form, e.g. <c>monthly on day 10, moved to the next business day</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Kind switch
    {
        MeetingRuleKind.MonthlyOnDay => string.Create(CultureInfo.InvariantCulture, $"monthly on day {Day}, moved to the {MoveText(Move)} business day"),
        MeetingRuleKind.NthWeekdayOfMonth => IsLastWeekday
            ? $"the last {Weekday} of the month, moved to the next business day"
            : string.Create(CultureInfo.InvariantCulture, $"weekday {N} ({Weekday}) of the month, moved to the next business day"),
        _ => string.Create(CultureInfo.InvariantCulture, $"every {IntervalWeeks} week{(IntervalWeeks == 1 ? string.Empty : "s")} from {Anchor:uuuu-MM-dd}, each moved to the next business day"),
    };

    /// <summary>The nominal dates of the rule within [<paramref name="from"/>, <paramref name="to"/>], in order.</summary>
    internal void NominalDates(LocalDate from, LocalDate to, Action<LocalDate> add)
    {
        switch (Kind)
        {
            case MeetingRuleKind.EveryWeeks:
                int step = IntervalWeeks * 7;
                int offset = Period.DaysBetween(Anchor, from);
                int k = offset <= 0 ? 0 : (offset + step - 1) / step;
                for (LocalDate d = Anchor.PlusDays(k * step); d <= to; d = d.PlusDays(step))
                {
                    add(d);
                }

                break;
            default:
                for (var month = new YearMonth(from.Year, from.Month); month.OnDayOfMonth(1) <= to; month = month.PlusMonths(1))
                {
                    LocalDate? nominal = NominalIn(month);
                    if (nominal is { } n && n >= from && n <= to)
                    {
                        add(n);
                    }
                }

                break;
        }
    }

    private LocalDate? NominalIn(YearMonth month)
    {
        int length = month.Calendar.GetDaysInMonth(month.Year, month.Month);
        if (Kind == MeetingRuleKind.MonthlyOnDay)
        {
            return month.OnDayOfMonth(Math.Min(Day, length));
        }

        if (IsLastWeekday)
        {
            LocalDate last = month.OnDayOfMonth(length);
            return last.PlusDays(-(((int)last.DayOfWeek - (int)Weekday + 7) % 7));
        }

        LocalDate first = month.OnDayOfMonth(1);
        int day = 1 + (((int)Weekday - (int)first.DayOfWeek + 7) % 7) + ((N - 1) * 7);
        return day <= length ? month.OnDayOfMonth(day) : null;
    }

    private static string MoveText(BusinessDayMove move) => move switch
    {
        BusinessDayMove.Next => "next",
        BusinessDayMove.Previous => "previous",
        _ => "nearest",
    };

    private static IsoDayOfWeek CheckWeekday(IsoDayOfWeek weekday) =>
        weekday is >= IsoDayOfWeek.Monday and <= IsoDayOfWeek.Sunday
            ? weekday
            : throw new ArgumentOutOfRangeException(nameof(weekday), weekday, "The weekday must be Monday to Sunday.");
}
