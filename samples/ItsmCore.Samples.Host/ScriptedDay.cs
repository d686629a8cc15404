using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ItsmCore.Calendars;
using ItsmCore.Samples.Host.Storage;
using ItsmCore.Samples.Host.Timers;
using ItsmCore.Sla;
using Microsoft.Extensions.Logging.Abstractions;
using NodaTime;
using NodaTime.Text;

namespace ItsmCore.Samples.Host;

/// <summary>
/// Replays a scripted day of SLA clocks minute by minute on a stepped clock into the store, running the timer worker
/// after each minute, and prints each command and each notification with the minute it was seen and its real instant.
/// </summary>
internal static class ScriptedDay
{
    private static readonly Instant Day = Instant.FromUtc(2026, 11, 20, 0, 0);

    private sealed record Step(int Minute, string ClockId, string What, Func<SlaClock?, Instant, SlaClock> Apply);

    private static IReadOnlyList<Step> Script()
    {
        BusinessCalendar office = SampleCalendars.Office;
        BusinessCalendar always = SampleCalendars.AlwaysOpen;
        SlaClock Start(BusinessCalendar c, Duration target, Instant at) => SlaClock.Start(SlaTarget.Within(target, c.Id), c, at, SlaThresholds.Default);
        return
        [
            new(15, "INC-1", "opened, P1: 4 working hours on the office calendar", (_, at) => Start(office, Duration.FromHours(4), at)),
            new(60, "INC-1", "paused: awaiting customer", (c, at) => c!.Pause(at, "awaiting customer")),
            new(100, "INC-1", "resumed", (c, at) => c!.Resume(at)),
            new(120, "INC-2", "opened, P2: 8 working hours on the office calendar", (_, at) => Start(office, Duration.FromHours(8), at)),
            new(300, "INC-3", "opened, first response 1 hour 24x7", (_, at) => Start(always, Duration.FromHours(1), at)),
            new(340, "INC-3", "responded (stopped)", (c, at) => c!.Stop(at)),
            new(720, "INC-4", "opened, P1 out of hours: 30 minutes 24x7", (_, at) => Start(always, Duration.FromMinutes(30), at)),
        ];
    }

    public static async Task RunAsync(IHostStore store, TextWriter output)
    {
        var clock = new SteppedClock(Day);
        var signal = new TimerSignal();
        var clocks = new SlaClockStore(store, SampleCalendars.Catalog, signal);
        var sink = new PrintingSink(output, clock);
        var worker = new SlaTimerWorker(store, clocks, clock, signal, sink, new TimerWorkerOptions { Owner = "scripted-day" }, NullLogger<SlaTimerWorker>.Instance);
        ILookup<int, Step> byMinute = Script().ToLookup(s => s.Minute);
        output.WriteLine($"Scripted day {InstantPattern.General.Format(Day)} to +24 h, minute by minute (times UTC; the office calendar is Asia/Tokyo)");
        for (int minute = 0; minute <= 24 * 60; minute++)
        {
            clock.Now = Day + Duration.FromMinutes(minute);
            foreach (Step step in byMinute[minute])
            {
                (SlaClock? current, long version) = await clocks.LoadAsync(step.ClockId).ConfigureAwait(false);
                await clocks.SaveAsync(step.ClockId, step.Apply(current, clock.Now), version).ConfigureAwait(false);
                output.WriteLine($"{Hm(clock.Now)}  {step.ClockId,-6} {step.What}");
            }

            await worker.RunDueAsync(CancellationToken.None).ConfigureAwait(false);
        }

        int open = 0;
        foreach (string id in new[] { "INC-1", "INC-2", "INC-3", "INC-4" })
        {
            if ((await store.ReadTimerAsync(id).ConfigureAwait(false))?.WakeAt is { } next)
            {
                open++;
                output.WriteLine($"end    {id,-6} next wake-up {InstantPattern.General.Format(next)}");
            }
        }

        output.WriteLine($"{(await store.AllMessagesAsync().ConfigureAwait(false)).Count} notifications recorded, {open} timers still armed");
    }

    private static string Hm(Instant at) => at.InUtc().TimeOfDay.ToString("HH:mm", null);

    private sealed class PrintingSink(TextWriter output, SteppedClock clock) : INotificationSink
    {
        public Task PublishAsync(OutboxMessage message, CancellationToken cancellationToken)
        {
            string percent = message.DedupKey[(message.DedupKey.LastIndexOf('/') + 1)..];
            string what = message.Kind == "breach" ? "BREACHED" : $"{percent} % of the target used";
            output.WriteLine($"{Hm(clock.Now)}  {message.ClockId,-6} {what} (at {InstantPattern.ExtendedIso.Format(message.At)})");
            return Task.CompletedTask;
        }
    }
}
