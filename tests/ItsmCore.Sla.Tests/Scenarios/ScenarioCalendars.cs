using ItsmCore.Calendars;
using NodaTime;
using static ItsmCore.Sla.Tests.Sla;

namespace ItsmCore.Sla.Tests.Scenarios;

/// <summary>The calendars of the domain brief's cases, besides the shared office and 24x7 calendars.</summary>
internal static class ScenarioCalendars
{
    /// <summary>Case 1: second-line engineers, weekdays 10:00-19:00 Asia/Tokyo, JP holidays, id "jp-second-line".</summary>
    public static BusinessCalendar SecondLine { get; } =
        BusinessCalendar.CreateBuilder("jp-second-line", Tokyo).WithWeekdayHours("10:00-19:00").AddHolidaySet("JP").Build();

    /// <summary>
    /// Case 3: the sales service, Monday-Saturday 07:00-23:00 Asia/Tokyo, the first Saturday of each month 18:00-23:00
    /// closed for planned downtime, id "sales-service". The brief names no holidays, so none are applied.
    /// </summary>
    public static BusinessCalendar SalesService { get; } =
        BusinessCalendar.CreateBuilder("sales-service", Tokyo)
            .WithWeekdayHours("07:00-23:00")
            .WithHours(IsoDayOfWeek.Saturday, "07:00-23:00")
            .AddNthWeekdayClosure(IsoDayOfWeek.Saturday, 1, "18:00-23:00")
            .Build();

    /// <summary>
    /// Case 8: the CRM service, weekdays 08:45-19:00 Asia/Tokyo with JP holidays, id "crm-service"; the month-end
    /// extension to 20:00 is the recurring exception on the last business day of each month (Monday 2026-11-30).
    /// </summary>
    public static BusinessCalendar Crm { get; } =
        BusinessCalendar.CreateBuilder("crm-service", Tokyo)
            .WithWeekdayHours("08:45-19:00")
            .AddHolidaySet("JP")
            .AddLastBusinessDayException("08:45-20:00")
            .Build();

    /// <summary>Every calendar the scenarios use.</summary>
    public static BusinessCalendarCatalog Catalog { get; } =
        BusinessCalendarCatalog.Of(new[] { Office, AlwaysOpen, SecondLine, SalesService, Crm });
}
