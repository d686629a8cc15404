using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using Ical.Net.CalendarComponents;
using CalDateTime = Ical.Net.DataTypes.CalDateTime;
using Ical.Net.Serialization;
using ItsmCore.Calendars;
using ItsmCore.Changes;
using ItsmCore.Cli.Infrastructure;
using ItsmCore.Cmdb;
using ItsmCore.Primitives;
using NodaTime;
using NodaTime.Text;

namespace ItsmCore.Cli.Commands;

/// <summary>
/// <c>itsmcore changes conflicts|next-cab|slots|ics</c> on a change-schedule document (<see cref="ChangeScheduleJson"/>),
/// whose CMDB and calendar references are resolved relative to the document's folder; the CMDB is taken as known at
/// <c>--at</c> (default now).
/// </summary>
internal static class ChangeCommands
{
    public static Command Build()
    {
        var changes = new Command("changes", "Conflicts, CAB meetings, free windows and iCalendar export of a change schedule (itsmcore-change-schedule/1)");
        changes.Subcommands.Add(Conflicts());
        changes.Subcommands.Add(NextCab());
        changes.Subcommands.Add(Slots());
        changes.Subcommands.Add(Ics());
        return changes;
    }

    private static Argument<string> FileArgument() => new("FILE") { Description = "A change-schedule document (itsmcore-change-schedule/1, docs/change-schedule.md)" };

    private static Option<string> AtOption() => new("--at")
    {
        HelpName = "INSTANT",
        Description = "Now: the CMDB as known at this instant, and the start of the CAB questions (UTC or with an offset; default: now)",
    };

    private static Command Conflicts()
    {
        var command = new Command("conflicts", "Every conflict of the schedule (same or related item, blackout, maintenance window, service hours, outage allowance, release freeze, double booking); exit 1 when there is any");
        var file = FileArgument();
        var at = AtOption();
        command.Arguments.Add(file);
        command.Options.Add(at);
        CommandContext.Handle(command, c =>
        {
            (string path, Instant when, ChangeScheduleDocument? doc) = Load(c, file, at);
            if (doc is null)
            {
                return ExitCodes.BadInput;
            }

            IReadOnlyList<ScheduleConflict> conflicts = doc.ToSchedule(when).AllConflicts();
            int result = conflicts.Count > 0 ? ExitCodes.Finding : ExitCodes.Ok;
            if (c.AsJson)
            {
                Json.Write(c.Output, w =>
                {
                    w.WriteStartObject();
                    w.WriteString("file", path);
                    w.Instant("at", when);
                    w.WriteNumber("changes", doc.Changes.Count);
                    w.Objects("conflicts", conflicts, (w, k) =>
                    {
                        w.WriteString("code", k.Code.ToString());
                        w.WriteStartArray("changes");
                        foreach (ChangeId id in k.Changes)
                        {
                            w.WriteStringValue(id.Value);
                        }

                        w.WriteEndArray();
                        w.WriteString("otherParty", k.OtherParty);
                        w.Instant("from", k.Interval.Start);
                        w.Instant("to", k.Interval.End);
                        w.WriteStartArray("items");
                        foreach (ConfigurationItemId id in k.Items)
                        {
                            w.WriteStringValue(id.Value);
                        }

                        w.WriteEndArray();
                        w.WriteString("chain", k.Chain?.ToString());
                        if (k.Amount is { } amount)
                        {
                            w.Duration("amount", amount);
                        }
                        else
                        {
                            w.WriteNull("amount");
                        }

                        w.WriteString("explanation", k.Explanation);
                    });
                    w.WriteEndObject();
                });
                return result;
            }

            c.Output.WriteLine($"change schedule {Path.GetFileName(path)}: {doc.Changes.Count} change(s), {doc.Blackouts.Count} blackout(s), CMDB as known at {InstantPattern.ExtendedIso.Format(when)}");
            c.Output.WriteLine(conflicts.Count == 0 ? "no conflict" : $"{conflicts.Count} conflict(s)");
            if (conflicts.Count > 0)
            {
                var table = new TextTable("CODE", "CHANGES", "OTHER PARTY", "FROM", "TO", "VALUE", "EXPLANATION");
                foreach (ScheduleConflict k in conflicts)
                {
                    table.Add(
                        k.Code.ToString(),
                        string.Join(", ", k.Changes),
                        k.OtherParty,
                        InstantPattern.ExtendedIso.Format(k.Interval.Start),
                        InstantPattern.ExtendedIso.Format(k.Interval.End),
                        Value(k),
                        k.Explanation);
                }

                table.WriteTo(c.Output);
            }

            return result;
        });
        return command;
    }

    private static Command NextCab()
    {
        var command = new Command("next-cab", "For each board: the next meeting after --at with its cut-off, the meeting that hears an RFC submitted at --at and its earliest implementation; the emergency board's decision due time");
        var file = FileArgument();
        var at = AtOption();
        var affected = new Option<string[]>("--affected") { HelpName = "ID", Description = "The RFC's affected CIs: the earliest implementation waits for their maintenance windows and those of the services they affect", AllowMultipleArgumentsPerToken = true };
        command.Arguments.Add(file);
        command.Options.Add(at);
        command.Options.Add(affected);
        CommandContext.Handle(command, c =>
        {
            (string path, Instant when, ChangeScheduleDocument? doc) = Load(c, file, at);
            if (doc is null)
            {
                return ExitCodes.BadInput;
            }

            BusinessCalendar[] windows = MaintenanceWindows(doc, when, c.Values(affected));
            var rows = new List<(ChangeAdvisoryBoard Board, CabMeeting Next, CabForecast Forecast)>();
            foreach (ChangeAdvisoryBoard board in doc.Boards)
            {
                rows.Add((board, board.NextMeeting(when), board.Forecast(when, windows)));
            }

            if (c.AsJson)
            {
                Json.Write(c.Output, w =>
                {
                    w.WriteStartObject();
                    w.WriteString("file", path);
                    w.Instant("at", when);
                    w.Objects("boards", rows, (w, r) =>
                    {
                        w.WriteString("id", r.Board.Id);
                        w.WriteString("rule", r.Board.Rule.ToString());
                        w.Instant("nextMeeting", r.Next.Start);
                        w.Instant("nextCutOff", r.Next.CutOff);
                        w.Instant("hearingMeeting", r.Forecast.Meeting.Start);
                        w.Instant("earliestImplementation", r.Forecast.EarliestImplementation);
                    });
                    if (doc.EmergencyBoard is { } e)
                    {
                        w.WriteStartObject("emergencyBoard");
                        w.WriteString("id", e.Id);
                        w.Instant("decisionDueAt", e.DecisionDueAt(when));
                        w.WriteEndObject();
                    }

                    w.WriteEndObject();
                });
                return ExitCodes.Ok;
            }

            c.Output.WriteLine($"change schedule {Path.GetFileName(path)}: CAB boards as of {InstantPattern.ExtendedIso.Format(when)}; maintenance windows of the RFC: {(windows.Length == 0 ? "none" : string.Join(", ", windows.Select(x => x.Id)))}");
            var table = new TextTable("BOARD", "NEXT MEETING", "ITS CUT-OFF", "HEARS AN RFC SUBMITTED NOW", "EARLIEST IMPLEMENTATION");
            foreach ((ChangeAdvisoryBoard board, CabMeeting next, CabForecast forecast) in rows)
            {
                DateTimeZone zone = board.Calendar.Zone;
                table.Add(board.Id, Local(next.Start, zone), Local(next.CutOff, zone), Local(forecast.Meeting.Start, zone), Local(forecast.EarliestImplementation, zone));
            }

            table.WriteTo(c.Output);
            if (doc.EmergencyBoard is { } emergency)
            {
                c.Output.WriteLine($"emergency board {emergency.Id}: an RFC submitted now is decided by {Local(emergency.DecisionDueAt(when), emergency.Calendar.Zone)} ({Text.Duration(emergency.DecisionWithin)} elapsed)");
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Slots()
    {
        var command = new Command("slots", "The next free windows (no conflict, whole-minute starts) for a change: an existing one (--change, a reschedule) or one described by --affected, --class, --outage and --implementer; exit 1 when there is none");
        var file = FileArgument();
        var at = AtOption();
        var length = new Option<string>("--length") { HelpName = "DURATION", Description = "The window length", Required = true };
        var from = new Option<string>("--from") { HelpName = "INSTANT", Description = "The search start (default: --at)" };
        var horizon = new Option<string>("--horizon") { HelpName = "DURATION", Description = "How far the windows may reach (default 90d)" };
        var count = new Option<string>("--count") { HelpName = "N", Description = "How many windows, 1-100 (default 5)" };
        var change = new Option<string>("--change") { HelpName = "ID", Description = "Place this change of the schedule again (its own window is ignored)" };
        var affected = new Option<string[]>("--affected") { HelpName = "ID", Description = "A new change's affected CIs", AllowMultipleArgumentsPerToken = true };
        var cls = new Option<string>("--class") { HelpName = "CLASS", Description = "A new change's class (default feature)" };
        var outage = new Option<string>("--outage") { HelpName = "DURATION", Description = "A new change's expected outage (default none)" };
        var implementer = new Option<string[]>("--implementer") { HelpName = "ID", Description = "A new change's implementers", AllowMultipleArgumentsPerToken = true };
        command.Arguments.Add(file);
        foreach (Option option in new Option[] { at, length, from, horizon, count, change, affected, cls, outage, implementer })
        {
            command.Options.Add(option);
        }

        CommandContext.Handle(command, c =>
        {
            Duration size = Inputs.Duration(c.Value(length), "--length");
            Duration reach = c.Value(horizon) is { } h ? Inputs.Duration(h, "--horizon") : Duration.FromDays(90);
            int n = (int)(c.Value(count) is { } k ? Inputs.Integer(k, "--count", 1, 100) : 5);
            if (size == Duration.Zero)
            {
                throw new CliInputException("--length", "the length must be positive");
            }

            if (reach == Duration.Zero || reach > ScheduleAssistant.MaxHorizon)
            {
                throw new CliInputException("--horizon", $"the horizon must be positive and at most {ScheduleAssistant.MaxHorizon.Days} days");
            }

            (string path, Instant when, ChangeScheduleDocument? doc) = Load(c, file, at);
            if (doc is null)
            {
                return ExitCodes.BadInput;
            }

            Instant start = c.Value(from) is { } f ? Inputs.Instant(f, "--from", null) : when;
            ScheduledChange template = Template(c, doc, change, affected, cls, outage, implementer);
            IReadOnlyList<FreeWindow> windows = doc.ToAssistant(when).NextFreeWindows(template, size, start, reach, n);
            int result = windows.Count == 0 ? ExitCodes.Finding : ExitCodes.Ok;
            if (c.AsJson)
            {
                Json.Write(c.Output, w =>
                {
                    w.WriteStartObject();
                    w.WriteString("file", path);
                    w.WriteString("change", template.Id.Value);
                    w.Duration("length", size);
                    w.Instant("from", start);
                    w.Duration("horizon", reach);
                    w.Objects("windows", windows, (w, x) =>
                    {
                        w.Instant("start", x.Window.Start);
                        w.Instant("end", x.Window.End);
                        w.WriteStartArray("neighbours");
                        foreach (ChangeId id in x.Neighbours)
                        {
                            w.WriteStringValue(id.Value);
                        }

                        w.WriteEndArray();
                        w.Duration("serviceTime", x.ServiceTime);
                        w.WriteString("reason", x.Reason);
                    });
                    w.WriteEndObject();
                });
                return result;
            }

            c.Output.WriteLine($"change schedule {Path.GetFileName(path)}: free windows of {Text.Duration(size)} for {template.Id} ({string.Join(", ", template.AffectedItems)}; {template.Class}; outage {Text.Duration(template.ExpectedOutage)}) from {InstantPattern.ExtendedIso.Format(start)} within {Text.Duration(reach)}");
            if (windows.Count == 0)
            {
                c.Output.WriteLine("no free window");
                return result;
            }

            var table = new TextTable("#", "START", "END", "NEIGHBOURS", "SERVICE TIME", "REASON");
            int rank = 1;
            foreach (FreeWindow x in windows)
            {
                table.Add(
                    (rank++).ToString(CultureInfo.InvariantCulture),
                    InstantPattern.ExtendedIso.Format(x.Window.Start),
                    InstantPattern.ExtendedIso.Format(x.Window.End),
                    x.Neighbours.Count.ToString(CultureInfo.InvariantCulture),
                    Text.Duration(x.ServiceTime),
                    x.Reason);
            }

            table.WriteTo(c.Output);
            return result;
        });
        return command;
    }

    private static Command Ics()
    {
        var command = new Command("ics", "The schedule as iCalendar (RFC 5545): one event per change (conflicts in its description) and per blackout");
        var file = FileArgument();
        var at = AtOption();
        command.Arguments.Add(file);
        command.Options.Add(at);
        CommandContext.Handle(command, c =>
        {
            if (c.AsJson)
            {
                throw new CliInputException("--json", "ics writes iCalendar; leave out --json");
            }

            (_, Instant when, ChangeScheduleDocument? doc) = Load(c, file, at);
            if (doc is null)
            {
                return ExitCodes.BadInput;
            }

            ILookup<ChangeId, ScheduleConflict> conflicts = doc.ToSchedule(when).AllConflicts()
                .SelectMany(k => k.Changes.Select(id => (id, k))).ToLookup(p => p.id, p => p.k);
            var calendar = new Ical.Net.Calendar { ProductId = "-//ItsmCore//itsmcore changes ics//EN" };
            foreach (ScheduledChange change in doc.Changes)
            {
                string[] lines = [.. conflicts[change.Id].Select(k => $"{k.Code}: {k.Explanation}")];
                string outage = change.ExpectedOutage == Duration.Zero ? "none" : Text.Duration(change.ExpectedOutage);
                calendar.Events.Add(Event(
                    $"{change.Id}@itsmcore",
                    $"{change.Id} ({change.Class}): {string.Join(", ", change.AffectedItems)}",
                    $"Class {change.Class}; affected {string.Join(", ", change.AffectedItems)}; expected outage {outage}; implementers {(change.Implementers.IsEmpty ? "none" : string.Join(", ", change.Implementers))}."
                        + (lines.Length == 0 ? " No conflict." : " Conflicts: " + string.Join(" ", lines)),
                    change.Window,
                    when,
                    lines.Length == 0 ? ["CHANGE"] : ["CHANGE", "CONFLICT"]));
            }

            int b = 0;
            foreach (Blackout blackout in doc.Blackouts)
            {
                calendar.Events.Add(Event(
                    $"blackout-{b++}@itsmcore",
                    $"Blackout: {blackout.Name}",
                    $"No change may run over {(blackout.CoversEverything ? "everything" : string.Join(", ", blackout.Scope))}.",
                    blackout.Period,
                    when,
                    ["BLACKOUT"]));
            }

            c.Output.Write(new CalendarSerializer().SerializeToString(calendar));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static CalendarEvent Event(string uid, string summary, string description, Interval period, Instant stamp, string[] categories)
    {
        var e = new CalendarEvent
        {
            Uid = uid,
            Summary = summary,
            Description = description,
            DtStart = Utc(period.Start),
            DtEnd = Utc(period.End),
            DtStamp = Utc(stamp),
        };
        foreach (string category in categories)
        {
            e.Categories.Add(category);
        }

        return e;
    }

    private static CalDateTime Utc(Instant instant) => new(instant.ToDateTimeUtc(), "UTC");

    private static ScheduledChange Template(CommandContext c, ChangeScheduleDocument doc, Option<string> change, Option<string[]> affected, Option<string> cls, Option<string> outage, Option<string[]> implementer)
    {
        string[] items = c.Values(affected);
        if (c.Value(change) is { } id)
        {
            if (items.Length > 0 || c.Value(cls) is not null || c.Value(outage) is not null || c.Values(implementer).Length > 0)
            {
                throw new CliInputException("--change", "a change of the schedule keeps its CIs, class, outage and implementers; leave out --affected, --class, --outage and --implementer");
            }

            return doc.Changes.FirstOrDefault(x => x.Id.Value == id)
                ?? throw new CliInputException("--change", $"no change '{Inputs.Shorten(id)}' in the schedule");
        }

        if (items.Length == 0)
        {
            throw new CliInputException("--affected", "give the new change's affected CIs (or --change ID for a change of the schedule)");
        }

        ChangeClass changeClass = c.Value(cls) is { } name ? Guarded("--class", () => new ChangeClass(name)) : ChangeClass.Feature;
        Duration expected = c.Value(outage) is { } o ? Inputs.Duration(o, "--outage") : Duration.Zero;
        ConfigurationItemId[] ids = Guarded("--affected", () => items.Select(i => new ConfigurationItemId(i)).ToArray());
        var known = doc.Cmdb.Facts.Where(f => f.Item is not null).Select(f => f.Item!.Id).ToHashSet();
        string[] unknown = ids.Where(i => !known.Contains(i)).Select(i => "'" + Inputs.Shorten(i.Value) + "'").ToArray();
        if (unknown.Length > 0)
        {
            throw new CliInputException("--affected", $"no CI with the id {string.Join(", ", unknown)} in the CMDB");
        }

        return Guarded("--affected", () => new ScheduledChange(new ChangeId("NEW"), changeClass, ids, Instant.FromUtc(2000, 1, 1, 0, 0), Instant.FromUtc(2000, 1, 1, 1, 0), expected, c.Values(implementer)));
    }

    private static T Guarded<T>(string where, Func<T> create)
    {
        try
        {
            return create();
        }
        catch (ArgumentException e)
        {
            int cut = e.Message.IndexOf(" (Parameter", StringComparison.Ordinal);
            throw new CliInputException(where, cut < 0 ? e.Message : e.Message[..cut]);
        }
    }

    /// <summary>The maintenance windows of the RFC's affected CIs and of the services taking them down affects (CMDB at --at).</summary>
    private static BusinessCalendar[] MaintenanceWindows(ChangeScheduleDocument doc, Instant when, string[] values)
    {
        if (values.Length == 0)
        {
            return [];
        }

        CmdbGraph graph = doc.GraphAt(when)(when);
        ConfigurationItemId[] ids = Guarded("--affected", () => values.Select(v => new ConfigurationItemId(v)).ToArray());
        string[] unknown = ids.Where(i => !graph.Contains(i)).Select(i => "'" + Inputs.Shorten(i.Value) + "'").ToArray();
        if (unknown.Length > 0)
        {
            throw new CliInputException("--affected", $"no CI with the id {string.Join(", ", unknown)} in the CMDB at that instant");
        }

        PlannedOutage plan = graph.PlanOutage(ids);
        IEnumerable<ConfigurationItemId> items = ids.Concat(plan.ServicesDown).Concat(plan.ServicesDegraded).Distinct();
        return items.Where(doc.Settings.MaintenanceWindows.ContainsKey).Select(i => doc.Settings.MaintenanceWindows[i]).Distinct().ToArray();
    }

    /// <summary>
    /// Reads the document, resolving references relative to its folder. A malformed document is reported problem by
    /// problem (file, JSON path, reason) and gives null (exit 2).
    /// </summary>
    private static (string Path, Instant At, ChangeScheduleDocument? Document) Load(CommandContext c, Argument<string> file, Option<string> at)
    {
        string path = c.Value(file) ?? string.Empty;
        Instant when = c.AtOrNow(at);
        string json = Inputs.File(path, "FILE");
        string folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path)) ?? ".";
        string? Resolve(string reference)
        {
            try
            {
                string full = System.IO.Path.GetFullPath(System.IO.Path.Combine(folder, reference));
                return File.Exists(full) ? File.ReadAllText(full) : null;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                return null;
            }
        }

        try
        {
            return (path, when, ChangeScheduleJson.Read(json, Resolve));
        }
        catch (ChangeScheduleFormatException e)
        {
            c.ReportProblems(path, e.Problems.Select(p => (p.Path, p.Reason)));

            return (path, when, null);
        }
    }

    private static string Local(Instant instant, DateTimeZone zone) => Text.Instant(instant, zone);

    private static string Value(ScheduleConflict k) => k.Code switch
    {
        _ when k.Chain is not null => k.Chain.ToString(),
        _ when !k.Items.IsEmpty => string.Join(", ", k.Items),
        _ when k.Amount is { } a => Text.Duration(a),
        _ => "-",
    };
}
