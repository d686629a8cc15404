using System;
using System.Globalization;
using System.IO;
using ItsmCore.Calendars;
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

// "Within N business days": the end of the working day N working days after the day of receipt.
static Instant EndOfBusinessDays(BusinessCalendar calendar, Instant receivedAt, int days)
{
    LocalDate dueDay = calendar.AddWorkingDays(receivedAt.InZone(calendar.Zone).Date, days);
    return calendar.EndOfWorkingDay(dueDay) ?? throw new InvalidOperationException($"{dueDay} is not a working day.");
}
