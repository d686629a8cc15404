using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ItsmCore.Calendars;
using ItsmCore.Samples.Host;
using ItsmCore.Samples.Host.Changes;
using ItsmCore.Samples.Host.Incidents;
using ItsmCore.Samples.Host.Storage;
using ItsmCore.Samples.Host.Timers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NodaTime;
using NodaTime.Text;

// ItsmCore host: incidents and SLA clocks as event streams, one due timer per clock, a timer worker and an outbox.
//
//   dotnet run --project samples/ItsmCore.Samples.Host -- --scripted-day        the domain brief's case 2, minute by minute, into SQLite
//   dotnet run --project samples/ItsmCore.Samples.Host                           run the worker (SQLite in the data folder)
//   options: --data DIR (SQLite folder) | --postgres "Host=...;Database=..." ; --now INSTANT (frozen clock);
//            --lease-ms N (timer leases and outbox claims), --delay-ms N (pause after each timer), --publish-delay-ms N (before each publication), --batch N ; --load N, --recover, --parallel N (logs read at once by the start-up recovery) (see docs/benchmarks/host.md)
var options = HostCommandLine.Parse(args);
if (options.Error is { } error)
{
    Console.Error.WriteLine(error);
    return 2;
}

await using HostStoreHandle handle = await HostStoreHandle.OpenAsync(options).ConfigureAwait(false);
if (options.ScriptedDay)
{
    await ScriptedDay.RunAsync(handle.Store, Console.Out).ConfigureAwait(false);
    return 0;
}

if (options.Load is { } load)
{
    await LoadTool.RunAsync(handle.Store, options, load, args, Console.Out).ConfigureAwait(false);
    return 0;
}

if (options.Recover)
{
    await LoadTool.RecoverAsync(handle.Store, options.Parallel, Console.Out).ConfigureAwait(false);
    return 0;
}

HostApplicationBuilder builder = Host.CreateApplicationBuilder();
builder.Logging.ClearProviders();
builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
builder.Services.AddSingleton<IHostStore>(handle.Store);
builder.Services.AddSingleton<IBusinessCalendarProvider>(SampleCalendars.Catalog);
builder.Services.AddSingleton<TimerSignal>();
builder.Services.AddSingleton<SlaClockStore>();
builder.Services.AddSingleton(HostIncidentRules.Rules);
builder.Services.AddSingleton<IncidentStore>();
builder.Services.AddSingleton(sp => new ChangeRequestStore(sp.GetRequiredService<IHostStore>(), HostChangeRules.Rules, sp.GetRequiredService<TimerSignal>()));
builder.Services.AddSingleton<IClock>(
    options.Now is { } now ? new FrozenClock(now)
    : options.ShiftMs is { } shift ? new ShiftedClock(SystemClock.Instance, Duration.FromMilliseconds(shift))
    : SystemClock.Instance);
builder.Services.AddSingleton<INotificationSink>(options.Quiet ? new NullSink() : new ConsoleSink());
builder.Services.AddSingleton(new TimerWorkerOptions
{
    LeaseFor = Duration.FromMilliseconds(options.LeaseMs),
    DelayPerTimer = TimeSpan.FromMilliseconds(options.DelayMs),
    DelayPerPublication = TimeSpan.FromMilliseconds(options.PublishDelayMs),
    BatchSize = options.Batch,
});
builder.Services.AddHostedService<SlaTimerWorker>();
using IHost host = builder.Build();

// Start-up recovery: every clock and incident in the store gets its timer back from its log (a wake-up in the past fires at once).
// Load worker processes skip it (--no-rebuild): the load tool armed every timer and measures the rebuild itself.
if (!options.NoRebuild)
{
    (int clocks, IReadOnlyList<string> clockFailures) = await host.Services.GetRequiredService<SlaClockStore>().RebuildTimersAsync(options.Parallel).ConfigureAwait(false);
    (int incidents, IReadOnlyList<string> incidentFailures) = await host.Services.GetRequiredService<IncidentStore>().RebuildTimersAsync(options.Parallel).ConfigureAwait(false);
    (int changes, IReadOnlyList<string> changeFailures) = await host.Services.GetRequiredService<ChangeRequestStore>().RebuildTimersAsync(options.Parallel).ConfigureAwait(false);
    Console.WriteLine($"host: {clocks} clocks, {incidents} incidents and {changes} changes recovered, {clockFailures.Count + incidentFailures.Count + changeFailures.Count} unreadable");
    foreach (string failure in clockFailures.Concat(incidentFailures).Concat(changeFailures))
    {
        Console.Error.WriteLine($"host: unreadable stream: {failure}");
    }
}

await host.RunAsync().ConfigureAwait(false);
return 0;
