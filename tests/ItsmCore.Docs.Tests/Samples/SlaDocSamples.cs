using ItsmCore.Calendars;
using ItsmCore.Sla;
using NodaTime;

namespace ItsmCore.Docs.Tests.Samples;

/// <summary>The code of docs/sla.md.</summary>
internal static class SlaDocSamples
{
    /// <summary>The timeline: started Friday 16:30, paused at 17:00, resumed on Tuesday.</summary>
    public static (SlaClock Clock, SlaStatus Status, Instant Due, bool Breached) Timeline()
    {
        BusinessCalendar office = ReadmeSamples.Office();

        #region doc docs/sla.md
        SlaClock sla = SlaClock.Start(SlaTarget.Within(Duration.FromHours(4), "jp-office"), office,
                Instant.FromUtc(2026, 11, 20, 7, 30), SlaThresholds.Of(50, 75, 90))   // Fri 16:30 in Tokyo
            .Pause(Instant.FromUtc(2026, 11, 20, 8, 0), "awaiting customer")      // Fri 17:00
            .Resume(Instant.FromUtc(2026, 11, 24, 1, 0));                         // Tue 10:00 (Mon 23 Nov is a holiday)
        SlaStatus status = sla.Evaluate(Instant.FromUtc(2026, 11, 24, 1, 0));    // Elapsed 0:30
        Instant due = status.DueAt!.Value;                                        // Tue 14:30 in Tokyo (05:30Z)
        bool breached = sla.Evaluate(due + Duration.Epsilon).IsBreached;          // true; at due itself, false
        #endregion
        return (sla, status, due, breached);
    }
}
