using System;
using System.IO;
using ItsmCore.Calendars;
using NodaTime;

namespace ItsmCore.Samples.Host;

/// <summary>The calendars the host's clocks use: 24x7 (UTC) and the Tokyo office calendar of samples/calendars.</summary>
internal static class SampleCalendars
{
    public static BusinessCalendar AlwaysOpen { get; } = BusinessCalendar.AlwaysOpen(DateTimeZone.Utc);

    public static BusinessCalendar Office { get; } =
        BusinessCalendar.FromJson(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "calendars", "jp-office.json")));

    public static BusinessCalendarCatalog Catalog { get; } = BusinessCalendarCatalog.Of([AlwaysOpen, Office]);
}
