using ItsmCore.Calendars;
using NodaTime;

namespace ItsmCore.Docs.Tests.Samples;

/// <summary>The code of docs/calendars.md.</summary>
internal static class CalendarsDocSamples
{
    /// <summary>The builder example: long weekday hours with a planned downtime on the first Saturday.</summary>
    public static BusinessCalendar Builder()
    {
        #region doc docs/calendars.md
        var sales = BusinessCalendar.CreateBuilder("sales", DateTimeZoneProviders.Tzdb["Asia/Tokyo"])
            .WithWeekdayHours("07:00-23:00")
            .WithHours(IsoDayOfWeek.Saturday, "07:00-23:00")
            .AddNthWeekdayClosure(IsoDayOfWeek.Saturday, 1, "18:00-23:00")   // planned downtime
            .Build();
        #endregion
        return sales;
    }

    /// <summary>The algebra example, with the calendars it names.</summary>
    public static (BusinessCalendar Service, BusinessCalendar Overlap) Algebra()
    {
        DateTimeZone tokyo = DateTimeZoneProviders.Tzdb["Asia/Tokyo"];
        BusinessCalendar maintenanceWindows = BusinessCalendar.CreateBuilder("maintenance", tokyo)
            .WithHours(IsoDayOfWeek.Sunday, "02:00-04:00")
            .Build();
        BusinessCalendar berlinProvider = BusinessCalendar.CreateBuilder("berlin-provider", DateTimeZoneProviders.Tzdb["Europe/Berlin"])
            .WithWeekdayHours("08:00-17:00")
            .Build();
        BusinessCalendar tokyoCustomer = BusinessCalendar.CreateBuilder("tokyo-customer", tokyo)
            .WithWeekdayHours("09:00-18:00")
            .AddHolidaySet("JP")
            .Build();

        #region doc docs/calendars.md
        var service = BusinessCalendar.AlwaysOpen(tokyo).Except(maintenanceWindows, "service");
        var overlap = berlinProvider.Intersect(tokyoCustomer, "coverage");   // each side exact in its own zone
        #endregion
        return (service, overlap);
    }
}
