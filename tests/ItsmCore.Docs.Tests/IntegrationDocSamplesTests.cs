using System.Linq;
using ItsmCore.Calendars;
using ItsmCore.Docs.Tests.Samples;
using ItsmCore.Sla;
using ItsmCore.Testing;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace ItsmCore.Docs.Tests;

/// <summary>Runs the samples of docs/integration.md.</summary>
public sealed class IntegrationDocSamplesTests
{
    [Fact]
    public void Calendars_NewVersionFromDecember_IsUsedFromItsInstantAndKeptByAddItsmCoreCalendars()
    {
        var (catalog, services) = IntegrationDocSamples.Calendars();
        using (services)
        {
            IBusinessCalendarProvider provider = services.GetRequiredService<IBusinessCalendarProvider>();

            Assert.Same(catalog, provider);
            Assert.Equal(ReadmeSamples.Office(), provider.GetCalendar("jp-office", Instant.FromUtc(2026, 11, 1, 0, 0)));
            BusinessCalendar december = provider.GetCalendar("jp-office", Instant.FromUtc(2026, 12, 1, 0, 0));
            Assert.Equal(IntegrationDocSamples.OfficeFromDecember(), december);
            Assert.False(december.IsWorkingDay(new LocalDate(2026, 12, 25)));
            Assert.True(ReadmeSamples.Office().IsWorkingDay(new LocalDate(2026, 12, 25)));
            Assert.Equal("24x7", provider.GetCalendar("24x7", Instant.FromUtc(2026, 12, 1, 0, 0)).Id);
        }
    }

    [Fact]
    public void PersistEventLog_Pause_AppendsOneEventToTheRow()
    {
        Instant now = Instant.FromUtc(2026, 11, 20, 8, 0);

        IntegrationDocSamples.TicketRow row = IntegrationDocSamples.PersistEventLog(now);

        var events = SlaClockJson.ReadEvents(row.SlaJson);
        Assert.Equal(new[] { SlaClockEventKind.Started, SlaClockEventKind.Paused }, events.Select(e => e.Kind));
        Assert.Equal(SlaClockEvent.Paused(now, "awaiting customer"), events[1]);
    }

    [Fact]
    public void OneTimer_RunningClock_SchedulesTheNextThresholdAndPausedClockCancels()
    {
        BusinessCalendar office = ReadmeSamples.Office();
        Instant start = Instant.FromUtc(2026, 11, 30, 0, 0);   // Monday 09:00 in Tokyo
        SlaClock sla = SlaClock.Start(SlaTarget.Within(Duration.FromHours(4), "jp-office"), office, start, SlaThresholds.Of(50, 75, 90));
        var clock = new FakeClock(start + Duration.FromMinutes(30));

        var scheduler = IntegrationDocSamples.OneTimer(clock, sla);

        Assert.Equal(Instant.FromUtc(2026, 11, 30, 2, 0), scheduler.Timers[("INC-1", "resolution")]);   // 11:00, 50 %
        Assert.Equal(Duration.FromMinutes(30), scheduler.LastStatus!.Value.Elapsed);
        Assert.Empty(IntegrationDocSamples.OneTimer(clock, sla.Pause(start + Duration.FromMinutes(10))).Timers);
    }
}
