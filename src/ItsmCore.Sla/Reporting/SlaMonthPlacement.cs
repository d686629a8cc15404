namespace ItsmCore.Sla;

/// <summary>Which instant of a measurement places it in a calendar month of a compliance report (in the report's zone).</summary>
public enum SlaMonthPlacement
{
    /// <summary>
    /// By <see cref="SlaMeasurement.MeasuredAt"/>: a finished measurement falls in the month it ended (was stopped or
    /// cancelled); an open measurement, which has not ended, in the month it was evaluated. The default: a month's
    /// figures are the tickets closed in that month.
    /// </summary>
    ByEndedAt,

    /// <summary>By <see cref="SlaMeasurement.StartedAt"/>: the month the cycle started, whether finished or open.</summary>
    ByStartedAt,
}
