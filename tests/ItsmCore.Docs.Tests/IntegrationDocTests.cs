using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using ItsmCore.Calendars;
using ItsmCore.Sla;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace ItsmCore.Docs.Tests;

/// <summary>Checks what docs/integration.md's samples do.</summary>
public sealed class IntegrationDocTests
{
    [Fact]
    public async Task Calendars_NewVersionFromDecember_IsUsedFromItsInstantAndKeptByAddItsmCoreCalendars()
    {
        DocumentRun run = await DocumentRunner.RunAsync("docs/integration.md");
        var catalog = run.Variable<BusinessCalendarCatalog>("catalog");
        IBusinessCalendarProvider provider = run.Variable<IBusinessCalendarProvider>("calendars");

        Assert.Same(catalog, provider);   // AddItsmCoreCalendars() after the host's registration kept it
        var christmas = new LocalDate(2026, 12, 25);
        Assert.True(provider.GetCalendar("jp-office", Instant.FromUtc(2026, 11, 1, 0, 0)).IsWorkingDay(christmas));
        Assert.False(provider.GetCalendar("jp-office", Instant.FromUtc(2026, 12, 1, 0, 0)).IsWorkingDay(christmas));
        Assert.Equal("24x7", provider.GetCalendar("24x7", Instant.FromUtc(2026, 12, 1, 0, 0)).Id);
        Assert.Single(run.Variable<ServiceCollection>("services"), d => d.ServiceType == typeof(IBusinessCalendarProvider));
    }

    [Fact]
    public async Task PersistEventLog_Pause_AppendsOneEventToTheRow()
    {
        DocumentRun run = await DocumentRunner.RunAsync("docs/integration.md");
        Instant paused = Instant.FromUtc(2026, 11, 20, 8, 0);

        IReadOnlyList<SlaClockEvent> events = SlaClockJson.ReadEvents(run.Variable<SlaClock>("clock").ToJson());

        Assert.Equal(new[] { SlaClockEventKind.Started, SlaClockEventKind.Paused }, events.Select(e => e.Kind));
        Assert.Equal(SlaClockEvent.Paused(paused, "awaiting customer"), events[1]);
        // "throws SlaClockCommandException if out of order"
        SlaClock clock = run.Variable<SlaClock>("clock");
        Assert.Throws<SlaClockCommandException>(() => clock.Pause(paused - Duration.FromMinutes(1), "earlier"));
    }

    [Fact]
    public async Task OneTimer_RunningClock_SchedulesTheNextThreshold()
    {
        DocumentRun run = await DocumentRunner.RunAsync("docs/integration.md");

        Assert.Equal(Instant.FromUtc(2026, 11, 30, 2, 0), run.Variable<Instant>("wake"));   // Monday 11:00 in Tokyo, 50 %
        Assert.Equal(Duration.FromMinutes(30), run.Variable<SlaStatus>("status").Elapsed);
        // "paused, ended or already breached: nothing will change by itself"
        SlaClock sla = run.Variable<SlaClock>("sla");
        Instant now = run.Variable<Instant>("now");
        Assert.Null(sla.Pause(now, "awaiting customer").NextChangeAt(now));
        Assert.Null(sla.Stop(now).NextChangeAt(now));
        Instant breached = sla.Evaluate(now).DueAt!.Value + Duration.Epsilon;
        Assert.True(sla.Evaluate(breached).IsBreached);
        Assert.Null(sla.NextChangeAt(breached));
    }
}
