namespace ItsmCore.Sla;

/// <summary>Where a business-day target ends on its last day. There is no default: a target names one.</summary>
public enum BusinessDayEnd
{
    /// <summary>At the same local time of day as the clock started (start Monday 11:00 + 1 business day = Tuesday 11:00).</summary>
    SameTimeOfDay,

    /// <summary>At the end of the working day (start Monday 11:00 + 1 business day = Tuesday at closing time).</summary>
    EndOfBusinessDay,
}
