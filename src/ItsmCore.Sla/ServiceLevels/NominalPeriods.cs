using NodaTime;

namespace ItsmCore.Sla;

/// <summary>
/// The nominal 24x7 periods availability tables are quoted in ("99.95 % allows 4.38 h a year, about 22 min a
/// month"), for use with <see cref="AvailabilityTarget.AllowedDowntime(Duration)"/>. For a real calendar month
/// use <see cref="ServiceAvailability.MonthPeriod"/> or <see cref="ServiceAvailability.MeasureMonth"/>.
/// </summary>
/// <remarks>All values are exact durations; the class is stateless and thread-safe.</remarks>
public static class NominalPeriods
{
    /// <summary>A 365-day year, 8,760 h.</summary>
    public static Duration Year365Days { get; } = Duration.FromDays(365);

    /// <summary>A 30-day month, 720 h.</summary>
    public static Duration Month30Days { get; } = Duration.FromDays(30);

    /// <summary>
    /// The average month of a 365.25-day year: 365.25 / 12 = 30.4375 days = 730.5 h exactly (the "30.44-day
    /// month" of availability tables; 99.95 % of it allows 21 min 54.9 s).
    /// </summary>
    public static Duration AverageMonth { get; } = Duration.FromMinutes(730 * 60 + 30);
}
