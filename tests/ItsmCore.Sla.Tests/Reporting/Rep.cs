using System;
using ItsmCore.Calendars;
using NodaTime;

namespace ItsmCore.Sla.Tests.Reporting;

/// <summary>Calendars and measurement builders shared by the reporting tests.</summary>
internal static class Rep
{
    /// <summary>Case 1's second-line engineers: weekdays 10:00-19:00 Asia/Tokyo with JP holidays, id "jp-second-line".</summary>
    public static BusinessCalendar SecondLine { get; } =
        BusinessCalendar.CreateBuilder("jp-second-line", Sla.Tokyo).WithWeekdayHours("10:00-19:00").AddHolidaySet("JP").Build();

    public static DateTimeZone Utc => DateTimeZone.Utc;

    public static Instant Utc0(int year, int month, int day, int hour, int minute = 0) => Instant.FromUtc(year, month, day, hour, minute);

    public static YearMonth Ym(int year, int month) => new(year, month);

    public static SlaComplianceReportOptions Months(YearMonth from, YearMonth to, DateTimeZone zone, SlaMonthPlacement placement = SlaMonthPlacement.ByEndedAt) =>
        new() { From = from, To = to, Zone = zone, Placement = placement };

    /// <summary>
    /// A finished measurement on the 24x7 calendar with a working-time budget: Met or Breached by elapsed versus budget
    /// (breached one nanosecond after the budget was used up, counted from the start), or Cancelled when asked.
    /// </summary>
    public static SlaMeasurement Done(
        string ticket,
        Instant started,
        Instant ended,
        Duration elapsed,
        Duration budget,
        string priority = "high",
        SlaMetric? metric = null,
        string? requestType = null,
        bool cancelled = false,
        int cycle = 1)
    {
        bool over = elapsed > budget;
        Instant? breachedAt = over ? started + budget + Duration.Epsilon : null;
        SlaClockState outcome = cancelled ? SlaClockState.Cancelled : over ? SlaClockState.Breached : SlaClockState.Met;
        return new SlaMeasurement(
            ticket, metric ?? SlaMetric.Resolution, priority, requestType, cycle, SlaTarget.Within(budget, "24x7"), budget, started, ended, ended, outcome, elapsed, breachedAt);
    }

    /// <summary>An open measurement on the 24x7 calendar evaluated at <paramref name="measuredAt"/>: Running (or Paused), or Breached when over budget.</summary>
    public static SlaMeasurement OpenAt(
        string ticket,
        Instant started,
        Instant measuredAt,
        Duration elapsed,
        Duration budget,
        string priority = "high",
        SlaMetric? metric = null,
        string? requestType = null,
        bool paused = false)
    {
        bool over = elapsed > budget;
        Instant? breachedAt = over ? started + budget + Duration.Epsilon : null;
        SlaClockState outcome = over ? SlaClockState.Breached : paused ? SlaClockState.Paused : SlaClockState.Running;
        return new SlaMeasurement(
            ticket, metric ?? SlaMetric.Resolution, priority, requestType, 1, SlaTarget.Within(budget, "24x7"), budget, started, null, measuredAt, outcome, elapsed, breachedAt);
    }

    /// <summary>A finished Met or Breached measurement of <paramref name="elapsedMinutes"/> against a budget, ended at start + elapsed.</summary>
    public static SlaMeasurement Minutes(string ticket, long elapsedMinutes, long budgetMinutes, Instant started, string priority = "high", SlaMetric? metric = null) =>
        Done(ticket, started, started + Duration.FromMinutes(elapsedMinutes), Duration.FromMinutes(elapsedMinutes), Duration.FromMinutes(budgetMinutes), priority, metric);

    public static Duration Min(long minutes) => Duration.FromMinutes(minutes);

    public static T Throws<T>(string paramName, Action action)
        where T : ArgumentException
    {
        T e = Assert.Throws<T>(action);
        Assert.Equal(paramName, e.ParamName);
        return e;
    }
}
