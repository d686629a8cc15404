using System;
using System.Globalization;
using System.IO;
using System.Linq;
using ItsmCore.Calendars;
using ItsmCore.Sla;
using NodaTime;
using NodaTime.Text;

// ItsmCore sample: load a business calendar from JSON and print the due instants of a few SLA-style
// targets, in the calendar's zone and in UTC, with an explanation of the intervals that were counted.
//
//   dotnet run --project samples/ItsmCore.Samples.Console                      (embedded default)
//   dotnet run --project samples/ItsmCore.Samples.Console -- my-calendar.json 2026-11-20T07:30:00Z
string path = args.Length > 0 ? args[0] : Path.Combine(AppContext.BaseDirectory, "calendars", "jp-office.json");
Instant receivedAt = args.Length > 1
    ? InstantPattern.ExtendedIso.Parse(args[1]).GetValueOrThrow()
    : Instant.FromUtc(2026, 11, 20, 7, 30); // Friday 16:30 in Tokyo, before the Labour Thanksgiving Day weekend

BusinessCalendar calendar = BusinessCalendar.FromJson(File.ReadAllText(path));
var local = ZonedDateTimePattern.CreateWithInvariantCulture("ddd uuuu-MM-dd HH:mm", null);
string Both(Instant instant) =>
    $"{local.Format(instant.InZone(calendar.Zone)),-22} {calendar.Zone.Id}   {InstantPattern.General.Format(instant)}";

Console.WriteLine($"Calendar {calendar} loaded from {Path.GetFileName(path)}");
Console.WriteLine($"Ticket received      {Both(receivedAt)}");
Console.WriteLine();

(string Name, Instant Due)[] targets =
{
    ("First response 30 min", calendar.Add(receivedAt, Duration.FromMinutes(30))),
    ("Resolution 4 working hours", calendar.Add(receivedAt, Duration.FromHours(4))),
    ("By 09:00 next business day", calendar.NextWorkingDayAt(receivedAt, new LocalTime(9, 0))),
    ("Request: 1 business day", EndOfBusinessDays(calendar, receivedAt, 1)),
    ("Request: 5 business days", EndOfBusinessDays(calendar, receivedAt, 5)),
};

foreach ((string name, Instant due) in targets)
{
    Console.WriteLine($"{name,-28} due {Both(due)}");
}

Console.WriteLine();
Console.WriteLine("Why is the 4-working-hour deadline where it is?");
Console.Write(calendar.ExplainAdd(receivedAt, Duration.FromHours(4)));
Console.WriteLine();
Console.WriteLine($"Next opening or closing after receipt: {Both(calendar.NextTransition(receivedAt) ?? receivedAt)}");
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Working time in November 2026: {calendar.WorkingTimeBetween(Instant.FromUtc(2026, 10, 31, 15, 0), Instant.FromUtc(2026, 11, 30, 15, 0)).TotalHours:0.##} h"));

// An SLA clock on the same calendar: 4 working hours with warnings at 50/75/90 %, on hold for a while
// "awaiting customer", then resolved. The host persists only the event log (JSON) and keeps one timer
// per clock at NextChangeAt.
Console.WriteLine();
Console.WriteLine("SLA clock: resolution within 4 working hours");
SlaClock sla = SlaClock.Start(SlaTarget.Within(Duration.FromHours(4), calendar.Id), calendar, receivedAt, SlaThresholds.Default);
Instant onHold = calendar.Add(receivedAt, Duration.FromMinutes(20));
Instant backFromCustomer = calendar.Add(onHold, Duration.FromHours(1)); // one working hour on hold
sla = sla.Pause(onHold, "awaiting customer").Resume(backFromCustomer);
Instant resolvedAt = calendar.Add(backFromCustomer, Duration.FromHours(3));
foreach (Instant wake in WakeUps(sla, backFromCustomer).TakeWhile(w => w <= resolvedAt))
{
    SlaStatus s = sla.Evaluate(wake);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  timer at {Both(wake)}  {s.State,-8} {s.PercentConsumed,6:0.#} %  thresholds crossed {s.ThresholdsCrossed}"));
}

sla = sla.Stop(resolvedAt); // the host cancels the clock's timer: NextChangeAt is now null
SlaStatus final = sla.Evaluate(resolvedAt);
Console.WriteLine($"  resolved {Both(resolvedAt)}  {final.State}, elapsed {final.Elapsed.ToString("H:mm", CultureInfo.InvariantCulture)} of {final.Target.ToString("H:mm", CultureInfo.InvariantCulture)}");
Console.WriteLine($"  event log: {sla.ToJson().Length} characters of JSON, {sla.Events.Count} events; replays to an equal clock: {SlaClock.Replay(sla.Events, BusinessCalendarCatalog.Of(new[] { calendar })).Equals(sla)}");

// The instants at which a host's single timer per clock would fire.
static System.Collections.Generic.IEnumerable<Instant> WakeUps(SlaClock clock, Instant from)
{
    for (Instant? next = clock.NextChangeAt(from); next is { } wake; next = clock.NextChangeAt(wake))
    {
        yield return wake;
    }
}

// "Within N business days": the end of the working day N working days after the day of receipt.
static Instant EndOfBusinessDays(BusinessCalendar calendar, Instant receivedAt, int days)
{
    LocalDate dueDay = calendar.AddWorkingDays(receivedAt.InZone(calendar.Zone).Date, days);
    return calendar.EndOfWorkingDay(dueDay) ?? throw new InvalidOperationException($"{dueDay} is not a working day.");
}
