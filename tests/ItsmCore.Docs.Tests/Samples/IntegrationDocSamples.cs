using System.Collections.Generic;
using ItsmCore.Calendars;
using ItsmCore.Sla;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace ItsmCore.Docs.Tests.Samples;

/// <summary>The code of docs/integration.md, with the host's pieces it names (a ticket row, a scheduler).</summary>
internal static class IntegrationDocSamples
{
    /// <summary>The JSON of the office calendar from December 2026 on: also closed on 25 December.</summary>
    public static BusinessCalendar OfficeFromDecember() =>
        BusinessCalendar.FromJson(ReadmeSamples.Office().ToJson().Replace("\"holidays\": []", "\"holidays\": [ { \"date\": \"2026-12-25\", \"name\": \"Closed\" } ]", System.StringComparison.Ordinal));

    /// <summary>Section 1: a catalog with a new version of a calendar, registered before AddItsmCoreCalendars.</summary>
    public static (BusinessCalendarCatalog Catalog, ServiceProvider Services) Calendars()
    {
        string officeJson = ReadmeSamples.Office().ToJson();
        string officeFromDecemberJson = OfficeFromDecember().ToJson();
        DateTimeZone tokyo = DateTimeZoneProviders.Tzdb["Asia/Tokyo"];
        var services = new ServiceCollection();

        #region doc docs/integration.md
        var catalog = BusinessCalendarCatalog.Of(new[] { BusinessCalendar.FromJson(officeJson), BusinessCalendar.AlwaysOpen(tokyo) })
            .Add(BusinessCalendar.FromJson(officeFromDecemberJson), Instant.FromUtc(2026, 11, 30, 15, 0));
        services.AddSingleton<IBusinessCalendarProvider>(catalog);   // before AddItsmCoreCalendars(): TryAdd keeps yours
        #endregion

        services.AddItsmCoreCalendars();
        return (catalog, services.BuildServiceProvider());
    }

    /// <summary>Section 2: a command applied to a clock stored as JSON in the host's row.</summary>
    public static TicketRow PersistEventLog(Instant now)
    {
        IBusinessCalendarProvider calendars = Calendars().Catalog;
        BusinessCalendar office = ReadmeSamples.Office();
        var row = new TicketRow
        {
            SlaJson = SlaClock.Start(SlaTarget.Within(Duration.FromHours(4), "jp-office"), office, Instant.FromUtc(2026, 11, 20, 7, 30)).ToJson(),
        };

        #region doc docs/integration.md
        SlaClock clock = SlaClockJson.ReadClock(row.SlaJson, calendars);   // or SlaClock.Replay(events, calendars)
        clock = clock.Pause(now, "awaiting customer");                      // throws SlaClockCommandException if out of order
        row.SlaJson = clock.ToJson();
        #endregion
        return row;
    }

    /// <summary>Section 3: one timer per clock.</summary>
    public static RecordingScheduler OneTimer(IClock clock, SlaClock sla)
    {
        var scheduler = new RecordingScheduler();
        const string ticketId = "INC-1";
        const string metric = "resolution";

        #region doc docs/integration.md
        Instant now = clock.GetCurrentInstant();              // the host's IClock
        SlaStatus status = sla.Evaluate(now);
        if (sla.NextChangeAt(now) is Instant wake)
            scheduler.Schedule(ticketId, metric, wake);      // replaces the previous timer for this clock
        else
            scheduler.Cancel(ticketId, metric);              // paused, ended or already breached: nothing will change by itself
        #endregion

        scheduler.LastStatus = status;
        return scheduler;
    }

    /// <summary>The host's ticket row (one column holds the clock's JSON).</summary>
    internal sealed class TicketRow
    {
        public string SlaJson { get; set; } = string.Empty;
    }

    /// <summary>A host scheduler that keeps one timer per ticket and metric.</summary>
    internal sealed class RecordingScheduler
    {
        public Dictionary<(string Ticket, string Metric), Instant> Timers { get; } = new();

        public SlaStatus? LastStatus { get; set; }

        public void Schedule(string ticket, string metric, Instant at) => Timers[(ticket, metric)] = at;

        public void Cancel(string ticket, string metric) => Timers.Remove((ticket, metric));
    }
}
