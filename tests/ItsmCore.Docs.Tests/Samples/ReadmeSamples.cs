using System.IO;
using ItsmCore.Calendars;
using ItsmCore.Sla;
using NodaTime;

namespace ItsmCore.Docs.Tests.Samples;

/// <summary>The code of README.md: the quick start and the SLA clock snippet.</summary>
/// <remarks>
/// The parameter named <c>Console</c> stands for <see cref="System.Console"/> in the documented code, so that a test
/// can read what the sample prints.
/// </remarks>
internal static class ReadmeSamples
{
    /// <summary>The quick start, then the SLA clock snippet on its calendar.</summary>
    public static (BusinessCalendar Office, Instant Received, Instant Due, SlaStatus Status) QuickStart(TextWriter Console)
    {
        #region doc README.md
        var office = BusinessCalendar.CreateBuilder("jp-office", DateTimeZoneProviders.Tzdb["Asia/Tokyo"])
            .WithWeekdayHours("09:00-12:00", "13:00-18:00")
            .AddHolidaySet("JP")                                   // Japanese national holidays
            .Build();                                              // or BusinessCalendar.FromJson(json)
        Instant received = Instant.FromUtc(2026, 11, 20, 7, 30);   // Friday 16:30 in Tokyo
        Instant due = office.Add(received, Duration.FromHours(4)); // Tuesday 11:30 (Monday is a holiday)
        Console.WriteLine(office.ExplainAdd(received, Duration.FromHours(4)));   // why: counted intervals, gaps
        #endregion

        #region doc README.md
        SlaClock sla = SlaClock.Start(SlaTarget.Within(Duration.FromHours(4), "jp-office"), office, received)
            .Pause(received + Duration.FromMinutes(30), "awaiting customer")     // Friday 17:00: on hold
            .Resume(Instant.FromUtc(2026, 11, 24, 1, 0));                         // Tuesday 10:00: back
        SlaStatus status = sla.Evaluate(Instant.FromUtc(2026, 11, 24, 2, 0));    // Tuesday 11:00
        Console.WriteLine($"{status.Elapsed} used, due {status.DueAt}");        // 0:01:30:00 used, due 2026-11-24T05:30:00Z (14:30 in Tokyo)
        #endregion

        return (office, received, due, status);
    }

    /// <summary>The calendar of the quick start, which the other documents' samples use as "jp-office".</summary>
    public static BusinessCalendar Office() => QuickStart(TextWriter.Null).Office;
}
