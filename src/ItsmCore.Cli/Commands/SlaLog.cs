using System;
using System.Collections.Generic;
using System.Linq;
using ItsmCore.Calendars;
using ItsmCore.Cli.Infrastructure;
using ItsmCore.Sla;
using NodaTime;

namespace ItsmCore.Cli.Commands;

/// <summary>
/// An SLA clock event log (the JSON of <see cref="SlaClockJson"/>) read strictly, with the calendars it names: those
/// given with <c>--calendar</c>, plus the built-in <c>24x7</c> (always open, in <c>--zone</c> or UTC). A calendar id
/// the log names but nobody loaded, or an event the clock refuses, is bad input naming the event's JSON path.
/// </summary>
internal sealed class SlaLog
{
    private SlaLog(string file, IReadOnlyList<SlaClockEvent> events, IReadOnlyDictionary<string, BusinessCalendar> calendars, SlaClock clock)
    {
        File = file;
        Events = events;
        Calendars = calendars;
        Clock = clock;
    }

    public string File { get; }

    public IReadOnlyList<SlaClockEvent> Events { get; }

    public IReadOnlyDictionary<string, BusinessCalendar> Calendars { get; }

    public SlaClock Clock { get; }

    public static SlaLog Load(string? file, string[] calendarFiles, DateTimeZone? zone)
    {
        string json = Inputs.File(file, "LOG");
        IReadOnlyList<SlaClockEvent> events;
        try
        {
            events = SlaClockJson.ReadEvents(json);
        }
        catch (SlaFormatException e)
        {
            throw new CliInputException($"{file} {e.Path}", e.Reason);
        }

        if (events.Count == 0)
        {
            throw new CliInputException($"{file} $.events", "the log has no events (the first must be 'started')");
        }

        var calendars = new Dictionary<string, BusinessCalendar>(StringComparer.Ordinal);
        foreach (string path in calendarFiles)
        {
            BusinessCalendar calendar = Inputs.Calendar(path, "--calendar");
            if (!calendars.TryAdd(calendar.Id, calendar))
            {
                throw new CliInputException("--calendar", $"'{path}' has the id '{calendar.Id}' of another --calendar file");
            }
        }

        calendars.TryAdd("24x7", BusinessCalendar.AlwaysOpen(zone ?? DateTimeZone.Utc));
        for (int i = 0; i < events.Count; i++)
        {
            string? id = events[i].Target?.CalendarId;
            if (id is not null && !calendars.ContainsKey(id))
            {
                throw new CliInputException(
                    $"{file} $.events[{i}].target.calendarId",
                    $"calendar '{Inputs.Shorten(id)}' is not loaded; pass --calendar FILE with that id (built in: 24x7)");
            }
        }

        BusinessCalendarCatalog catalog = BusinessCalendarCatalog.Of(calendars.Values);
        return new SlaLog(file!, events, calendars, Replay(file!, events, catalog));
    }

    /// <summary>The clock after the first <paramref name="count"/> events (the log was already replayed whole).</summary>
    public SlaClock After(int count) => SlaClock.Replay(Events.Take(count), BusinessCalendarCatalog.Of(Calendars.Values));

    /// <summary>The zone to show local times in: <c>--zone</c>, else the clock's calendar's.</summary>
    public DateTimeZone DisplayZone(DateTimeZone? zone) => zone ?? Clock.Calendar.Zone;

    private static SlaClock Replay(string file, IReadOnlyList<SlaClockEvent> events, BusinessCalendarCatalog catalog)
    {
        try
        {
            return SlaClock.Replay(events, catalog);
        }
        catch (Exception e) when (e is not WorkingTimeNotFoundException and (ArgumentException or InvalidOperationException))
        {
            // Find the first event the clock refuses, so the message names its path.
            for (int count = 1; count <= events.Count; count++)
            {
                try
                {
                    SlaClock.Replay(events.Take(count), catalog);
                }
                catch (Exception inner) when (inner is not WorkingTimeNotFoundException and (ArgumentException or InvalidOperationException))
                {
                    string reason = inner is SlaClockCommandException command ? command.Reason : inner.Message;
                    throw new CliInputException($"{file} $.events[{count - 1}]", $"{events[count - 1].Kind} refused: {reason}");
                }
            }

            throw new CliInputException($"{file} $.events", e.Message);
        }
    }
}
