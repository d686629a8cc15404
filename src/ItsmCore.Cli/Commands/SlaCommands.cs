using System;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using ItsmCore.Cli.Infrastructure;
using ItsmCore.Sla;
using NodaTime;

namespace ItsmCore.Cli.Commands;

/// <summary><c>itsmcore sla ...</c>: evaluate, chart and replay SLA clock event logs.</summary>
internal static class SlaCommands
{
    public static Command Build()
    {
        var sla = new Command("sla", "Evaluate, chart and replay SLA clock event logs (the JSON of docs/sla.md)");
        sla.Subcommands.Add(Evaluate());
        sla.Subcommands.Add(Timeline());
        sla.Subcommands.Add(Replay());
        return sla;
    }

    private sealed class LogOptions
    {
        public Argument<string> Log { get; } = new("LOG") { Description = "The SLA clock event log (JSON)" };

        public Option<string[]> Calendars { get; } = new("--calendar")
        {
            HelpName = "FILE",
            Description = "A calendar file the log names by id (repeat for several); '24x7' is built in",
            Arity = ArgumentArity.ZeroOrMore,
        };

        public Option<string> Zone { get; } = new("--zone") { HelpName = "ZONE", Description = "Show local times in this TZDB zone (and use it for the built-in 24x7)" };

        public void AddTo(Command command)
        {
            command.Arguments.Add(Log);
            command.Options.Add(Calendars);
            command.Options.Add(Zone);
        }

        public (SlaLog Log, DateTimeZone Zone) Load(CommandContext c)
        {
            string? zoneText = c.Value(Zone);
            DateTimeZone? zone = zoneText is null ? null : Inputs.Zone(zoneText, "--zone");
            SlaLog log = SlaLog.Load(c.Value(Log), c.Values(Calendars), zone);
            return (log, log.DisplayZone(zone));
        }
    }

    private static Command Evaluate()
    {
        var command = new Command("evaluate", "The clock's status at --at: state, elapsed, remaining, due, breach (exit 1 when breached)");
        var options = new LogOptions();
        options.AddTo(command);
        var at = new Option<string>("--at") { HelpName = "INSTANT", Description = "The instant to evaluate at: " + Inputs.InstantForms, Required = true };
        command.Options.Add(at);
        CommandContext.Handle(command, c =>
        {
            (SlaLog log, DateTimeZone zone) = options.Load(c);
            Instant now = Inputs.Instant(c.Value(at), "--at", zone);
            SlaStatus status = log.Clock.Evaluate(now);
            Instant? next = log.Clock.NextChangeAt(now);
            if (c.AsJson)
            {
                Json.Write(c.Output, w =>
                {
                    w.WriteStartObject();
                    WriteStatus(w, status);
                    w.Instant("nextChangeAt", next);
                    w.WriteEndObject();
                });
            }
            else
            {
                var table = new TextTable("", "VALUE");
                table.Add("at", Text.Instant(now, zone));
                table.Add("state", status.State.ToString());
                table.Add("cycle", status.Cycle.ToString(CultureInfo.InvariantCulture));
                table.Add("target", log.Clock.Target.Describe());
                table.Add("budget", Text.Duration(status.Target));
                table.Add("elapsed", Text.Duration(status.Elapsed));
                table.Add("remaining", Text.Duration(status.Remaining));
                table.Add("consumed", Percent(status.PercentConsumed));
                table.Add("due at", Text.Instant(status.DueAt, zone));
                table.Add("breached at", Text.Instant(status.BreachedAt, zone));
                table.Add("thresholds crossed", status.ThresholdsCrossed.ToString(CultureInfo.InvariantCulture));
                table.Add("paused for", status.PauseReason ?? (status.IsPaused ? "(no reason)" : "-"));
                table.Add("next change at", Text.Instant(next, zone));
                table.WriteTo(c.Output);
            }

            return status.IsBreached ? ExitCodes.Finding : ExitCodes.Ok;
        });
        return command;
    }

    private static Command Replay()
    {
        var command = new Command("replay", "Replay the log event by event: the status right after each event (exit 1 when the clock ends breached)");
        var options = new LogOptions();
        options.AddTo(command);
        CommandContext.Handle(command, c =>
        {
            (SlaLog log, DateTimeZone zone) = options.Load(c);
            var steps = Enumerable.Range(1, log.Events.Count)
                .Select(n => (Event: log.Events[n - 1], Status: log.After(n).Evaluate(log.Events[n - 1].At)))
                .ToList();
            SlaStatus last = steps[^1].Status;
            if (c.AsJson)
            {
                Json.Write(c.Output, w =>
                {
                    w.WriteStartObject();
                    w.WriteStartArray("steps");
                    foreach (var step in steps)
                    {
                        w.WriteStartObject();
                        w.WriteString("event", step.Event.Kind.ToString());
                        w.Instant("eventAt", step.Event.At);
                        WriteStatus(w, step.Status);
                        w.WriteEndObject();
                    }

                    w.WriteEndArray();
                    w.WriteEndObject();
                });
            }
            else
            {
                var table = new TextTable("#", "EVENT", "AT", "STATE", "ELAPSED", "REMAINING", "DUE AT", "BREACHED AT");
                int i = 0;
                foreach (var step in steps)
                {
                    SlaStatus s = step.Status;
                    table.Add(
                        (i++).ToString(CultureInfo.InvariantCulture),
                        step.Event.Kind.ToString(),
                        Text.Instant(step.Event.At, zone),
                        s.State.ToString(),
                        Text.Duration(s.Elapsed),
                        Text.Duration(s.Remaining),
                        Text.Instant(s.DueAt, zone),
                        Text.Instant(s.BreachedAt, zone));
                }

                table.WriteTo(c.Output);
            }

            return last.IsBreached ? ExitCodes.Finding : ExitCodes.Ok;
        });
        return command;
    }

    private static Command Timeline()
    {
        var command = new Command("timeline", "Chart the clock: running, paused, outside working hours, thresholds and breach (terminal, and SVG with --svg)");
        var options = new LogOptions();
        options.AddTo(command);
        var at = new Option<string>("--at") { HelpName = "INSTANT", Description = "Where the chart ends (default: the last event, or the due instant if later while running)" };
        var svg = new Option<string>("--svg") { HelpName = "FILE", Description = "Also write the chart as SVG to this file" };
        var width = new Option<string>("--width") { HelpName = "N", Description = $"Chart width in columns ({SlaTimeline.MinWidth}-{SlaTimeline.MaxWidth}, default {SlaTimeline.DefaultWidth})" };
        command.Options.Add(at);
        command.Options.Add(svg);
        command.Options.Add(width);
        CommandContext.Handle(command, c =>
        {
            (SlaLog log, DateTimeZone zone) = options.Load(c);
            string? atText = c.Value(at);
            Instant? end = atText is null ? null : Inputs.Instant(atText, "--at", zone);
            string? widthText = c.Value(width);
            int columns = widthText is null ? SlaTimeline.DefaultWidth : (int)Inputs.Integer(widthText, "--width", SlaTimeline.MinWidth, SlaTimeline.MaxWidth);
            SlaTimeline timeline = SlaTimeline.Of(log, end, columns);
            if (timeline.End <= timeline.Start)
            {
                throw new CliInputException("--at", "must be after the clock started");
            }

            string? svgPath = c.Value(svg);
            if (svgPath is not null)
            {
                try
                {
                    File.WriteAllText(svgPath, timeline.ToSvg(zone));
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
                {
                    throw new CliInputException("--svg", $"cannot write '{Inputs.Shorten(svgPath)}': {e.Message}");
                }
            }

            if (c.AsJson)
            {
                Json.Write(c.Output, w => timeline.WriteJson(w));
            }
            else
            {
                timeline.WriteText(c.Output, zone);
                if (svgPath is not null)
                {
                    c.Output.WriteLine($"svg written to {svgPath}");
                }
            }

            return timeline.Status.IsBreached ? ExitCodes.Finding : ExitCodes.Ok;
        });
        return command;
    }

    private static string Percent(double value) => value.ToString("0.#", CultureInfo.InvariantCulture) + " %";

    internal static void WriteStatus(Utf8JsonWriter w, SlaStatus status)
    {
        w.Instant("at", status.At);
        w.WriteString("state", status.State.ToString());
        w.WriteNumber("cycle", status.Cycle);
        w.Duration("target", status.Target);
        w.Duration("elapsed", status.Elapsed);
        w.Duration("remaining", status.Remaining);
        w.WriteNumber("percentConsumed", Math.Round(status.PercentConsumed, 3));
        w.Instant("dueAt", status.DueAt);
        w.Instant("breachedAt", status.BreachedAt);
        w.WriteBoolean("breached", status.IsBreached);
        w.WriteNumber("thresholdsCrossed", status.ThresholdsCrossed);
        if (status.PauseReason is null)
        {
            w.WriteNull("pauseReason");
        }
        else
        {
            w.WriteString("pauseReason", status.PauseReason);
        }
    }
}
