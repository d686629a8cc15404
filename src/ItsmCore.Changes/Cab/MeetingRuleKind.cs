namespace ItsmCore.Changes;

/// <summary>The shape of a <see cref="MeetingRule"/>.</summary>
public enum MeetingRuleKind
{
    /// <summary>Monthly on a day of the month (clamped to the month's last day), moved to a business day.</summary>
    MonthlyOnDay,

    /// <summary>The n-th (1 to 5) or last given weekday of each month, moved forward; a month without it has no meeting.</summary>
    NthWeekdayOfMonth,

    /// <summary>Every n weeks from an anchor date, each nominal date moved forward on its own.</summary>
    EveryWeeks,
}
