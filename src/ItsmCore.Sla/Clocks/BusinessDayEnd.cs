namespace ItsmCore.Sla;

/// <summary>Where a business-day target ends on its last day. There is no default: a target names one.</summary>
public enum BusinessDayEnd
{
    /// <summary>
    /// At the local time of day of the first working instant at or after the start (start Monday 11:00 + 1 business
    /// day = Tuesday 11:00). A start outside working hours counts from the next opening: on weekdays 09:00-18:00, from
    /// Saturday 11:00 the named deadline is Tuesday 09:00, at an opening, so it is due at the end of the last working
    /// interval before it, Monday 18:00 (see <see cref="SlaTarget.DeadlineFrom"/>).
    /// </summary>
    SameTimeOfDay,

    /// <summary>At the end of the working day (start Monday 11:00 + 1 business day = Tuesday at closing time).</summary>
    EndOfBusinessDay,
}
