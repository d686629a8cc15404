namespace ItsmCore.Sla;

/// <summary>How an <see cref="SlaTarget"/> is expressed.</summary>
public enum SlaTargetKind
{
    /// <summary>An amount of working time on the calendar ("4 working hours").</summary>
    WorkingTime,

    /// <summary>A number of business days ("within 5 business days"), ending as <see cref="SlaTarget.DayEnd"/> says.</summary>
    BusinessDays,

    /// <summary>A time of day on the next business day ("by 09:00 the next business day").</summary>
    NextBusinessDayAt,
}
