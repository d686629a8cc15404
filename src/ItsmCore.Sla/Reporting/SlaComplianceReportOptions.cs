using System;
using System.Collections.Generic;
using NodaTime;

namespace ItsmCore.Sla;

/// <summary>
/// The period, zone and month placement of a compliance report (<see cref="SlaComplianceReport"/>,
/// <see cref="SlaRequestTypeComplianceTable"/>). The period is a range of calendar months, <see cref="From"/> to
/// <see cref="To"/> inclusive, in <see cref="Zone"/>. Validated when a report is built; all errors are reported at once.
/// </summary>
/// <remarks>Immutable and thread-safe once built (init-only properties).</remarks>
public sealed record SlaComplianceReportOptions
{
    /// <summary>The longest period: 1200 months (100 years).</summary>
    public const int MaxMonths = 1200;

    /// <summary>The first month of the period (ISO calendar).</summary>
    public required YearMonth From { get; init; }

    /// <summary>The last month of the period, inclusive (ISO calendar); not before <see cref="From"/>.</summary>
    public required YearMonth To { get; init; }

    /// <summary>The time zone in which instants are placed in months.</summary>
    /// <value>The default value is <see cref="DateTimeZone.Utc"/>.</value>
    public DateTimeZone Zone { get; init; } = DateTimeZone.Utc;

    /// <summary>Which instant of a measurement places it in a month.</summary>
    /// <value>The default value is <see cref="SlaMonthPlacement.ByEndedAt"/>.</value>
    public SlaMonthPlacement Placement { get; init; } = SlaMonthPlacement.ByEndedAt;

    /// <summary>The number of months in the period (valid options only).</summary>
    public int MonthCount => checked(((To.Year - From.Year) * 12) + To.Month - From.Month + 1);

    /// <summary>Options for the calendar year <paramref name="year"/> (January to December) in <paramref name="zone"/>.</summary>
    /// <param name="year">The year, 1 to 9999.</param>
    /// <param name="zone">The zone.</param>
    /// <returns>The options, placing by <see cref="SlaMonthPlacement.ByEndedAt"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is out of range.</exception>
    public static SlaComplianceReportOptions ForYear(int year, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        if (year is < 1 or > 9999)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, "The year must be 1 to 9999.");
        }

        return new SlaComplianceReportOptions { From = new YearMonth(year, 1), To = new YearMonth(year, 12), Zone = zone };
    }

    /// <summary>The month of the period in which <paramref name="measurement"/> falls, or null when it falls outside the period.</summary>
    /// <param name="measurement">The measurement.</param>
    /// <returns>The month, or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="measurement"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The options are invalid (the message lists every problem).</exception>
    public YearMonth? MonthOf(SlaMeasurement measurement)
    {
        ArgumentNullException.ThrowIfNull(measurement);
        List<string> errors = Errors();
        if (errors.Count > 0)
        {
            throw new InvalidOperationException(Message(errors));
        }

        return Place(measurement);
    }

    /// <summary>Checks the options given as argument <paramref name="paramName"/>; throws one exception listing every problem.</summary>
    internal void Validate(string paramName)
    {
        List<string> errors = Errors();
        if (errors.Count > 0)
        {
            throw new ArgumentException(Message(errors), paramName);
        }
    }

    private static string Message(List<string> errors) => "Invalid compliance report options: " + string.Join(" ", errors);

    private List<string> Errors()
    {
        var errors = new List<string>();
        if (Zone is null)
        {
            errors.Add("Zone must not be null.");
        }

        if (Placement is not (SlaMonthPlacement.ByEndedAt or SlaMonthPlacement.ByStartedAt))
        {
            errors.Add($"Placement {Placement} is not a known placement.");
        }

        bool iso = true;
        if (From.Calendar != CalendarSystem.Iso)
        {
            errors.Add($"From must be in the ISO calendar, not {From.Calendar.Id}.");
            iso = false;
        }

        if (To.Calendar != CalendarSystem.Iso)
        {
            errors.Add($"To must be in the ISO calendar, not {To.Calendar.Id}.");
            iso = false;
        }

        if (iso)
        {
            if (From.CompareTo(To) > 0)
            {
                errors.Add($"From ({ReportText.FormatMonth(From)}) must not be after To ({ReportText.FormatMonth(To)}).");
            }
            else if (MonthCount > MaxMonths)
            {
                errors.Add($"The period {ReportText.FormatMonth(From)} to {ReportText.FormatMonth(To)} has {MonthCount} months; at most {MaxMonths} are allowed.");
            }
        }

        return errors;
    }

    /// <summary>The month of a measurement when it lies in the period (options already validated).</summary>
    internal YearMonth? Place(SlaMeasurement measurement) => Place(measurement.StartedAt, measurement.MeasuredAt);

    /// <summary>The month of a start and an end (or evaluation instant) when it lies in the period (options already validated).</summary>
    internal YearMonth? Place(Instant startedAt, Instant endedAt)
    {
        Instant at = Placement == SlaMonthPlacement.ByStartedAt ? startedAt : endedAt;
        YearMonth month = at.InZone(Zone).Date.ToYearMonth();
        return month.CompareTo(From) >= 0 && month.CompareTo(To) <= 0 ? month : null;
    }

    /// <summary>A readable form of the options for report headers.</summary>
    internal string Describe() =>
        $"{ReportText.FormatMonth(From)} to {ReportText.FormatMonth(To)}, months in {Zone.Id} by {(Placement == SlaMonthPlacement.ByStartedAt ? "start" : "end (open measurements by evaluation instant)")}";
}
