using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ItsmCore.Calendars;
using ItsmCore.Primitives;
using ItsmCore.Sla;
using NodaTime;
using NodaTime.Text;

namespace ItsmCore.Incidents.Tests.Scenarios;

/// <summary>
/// Calendars, SLA definitions and helpers shared by the incident scenario tests (the domain brief's cases on the
/// <see cref="Incident"/> aggregate). Everything is in Asia/Tokyo.
/// </summary>
internal static class IncidentScenarios
{
    public static DateTimeZone Tokyo { get; } = DateTimeZoneProviders.Tzdb["Asia/Tokyo"];

    /// <summary>The business calendar: Mon-Fri 09:00-18:00 Asia/Tokyo with the JP national holidays, id "jp-office".</summary>
    public static BusinessCalendar Office { get; } =
        BusinessCalendar.CreateBuilder("jp-office", Tokyo).WithWeekdayHours("09:00-18:00").AddHolidaySet("JP").Build();

    /// <summary>Around the clock in Asia/Tokyo, id "24x7" (the default major-incident calendar).</summary>
    public static BusinessCalendar AlwaysOpen { get; } = BusinessCalendar.AlwaysOpen(Tokyo);

    public static BusinessCalendarCatalog Catalog { get; } = BusinessCalendarCatalog.Of(new[] { Office, AlwaysOpen });

    /// <summary>
    /// Case 1: time to notify the customer of a failure, from alert receipt, 24x7. Service affected (Critical, High):
    /// SLO 15 min, SLA 30 min; service not affected (Medium, Low, Planning): SLO 60 min, no SLA.
    /// </summary>
    public static SlaDefinition CustomerNotification { get; } =
        SlaDefinition.CreateBuilder("customer-notification", SlaMetric.CustomerNotification)
            .WithName("Customer notified of a failure, from alert receipt")
            .WithPriority("Critical", SlaTarget.Within(M(15), "24x7"), SlaTarget.Within(M(30), "24x7"))
            .WithPriority("High", SlaTarget.Within(M(15), "24x7"), SlaTarget.Within(M(30), "24x7"))
            .WithPriority("Medium", SlaTarget.Within(M(60), "24x7"), null)
            .WithPriority("Low", SlaTarget.Within(M(60), "24x7"), null)
            .WithPriority("Planning", SlaTarget.Within(M(60), "24x7"), null)
            .Build();

    /// <summary>
    /// Case 1: an interim report every 60 min while a service-affecting failure is unresolved: the SLA tier for Critical
    /// and High. The brief sets no interim report for the other priorities, but an incident's definition cannot leave a
    /// priority out (the clocks refuse to start), so they carry the same 60 min as an internal objective only.
    /// </summary>
    public static SlaDefinition InterimUpdate { get; } =
        SlaDefinition.CreateBuilder("interim-update", SlaMetric.RecurringUpdate)
            .WithName("Interim report while unresolved")
            .WithPriority("Critical", null, SlaTarget.Within(M(60), "24x7"))
            .WithPriority("High", null, SlaTarget.Within(M(60), "24x7"))
            .WithPriority("Medium", SlaTarget.Within(M(60), "24x7"), null)
            .WithPriority("Low", SlaTarget.Within(M(60), "24x7"), null)
            .WithPriority("Planning", SlaTarget.Within(M(60), "24x7"), null)
            .Build();

    public static Instant Jst(int year, int month, int day, int hour, int minute = 0) =>
        Tokyo.AtStrictly(new LocalDateTime(year, month, day, hour, minute)).ToInstant();

    public static Duration H(double hours) => Duration.FromSeconds((long)(hours * 3600));

    public static Duration M(long minutes) => Duration.FromMinutes(minutes);

    public static IncidentRules Rules(Action<IncidentOptions> configure)
    {
        var options = new IncidentOptions();
        configure(options);
        return IncidentRules.Create(options, Catalog);
    }

    /// <summary>The instant as a Tokyo wall-clock time, e.g. "Fri 2026-11-20 14:00:00.000000001" (nanoseconds only when present).</summary>
    public static string Local(Instant instant)
    {
        LocalDateTime local = instant.InZone(Tokyo).LocalDateTime;
        string text = LocalDateTimePattern.CreateWithInvariantCulture("ddd uuuu-MM-dd HH:mm").Format(local);
        return local.NanosecondOfSecond == 0 && local.Second == 0
            ? text
            : text + string.Create(CultureInfo.InvariantCulture, $":{local.Second:00}.{local.NanosecondOfSecond:000000000}");
    }

    /// <summary>The journal, one entry per line, each prefixed with its Tokyo wall-clock time.</summary>
    public static string JournalText(IEnumerable<JournalEntry> journal) =>
        string.Join("\n", journal.Select(e => Local(e.At) + " JST | " + e)) + "\n";
}
