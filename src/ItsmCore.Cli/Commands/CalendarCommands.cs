using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using ItsmCore.Calendars;
using ItsmCore.Cli.Infrastructure;
using NodaTime;
using NodaTime.Text;

namespace ItsmCore.Cli.Commands;

/// <summary><c>itsmcore calendar ...</c>: check a calendar file and ask it working-time questions.</summary>
internal static class CalendarCommands
{
    /// <summary>The longest range <c>calendar intervals</c> lists, in days.</summary>
    public const int MaxIntervalDays = 366;

    private static readonly LocalDatePattern DatePattern = LocalDatePattern.Iso;
    private static readonly LocalTimePattern TimePattern = LocalTimePattern.CreateWithInvariantCulture("HH':'mm");

    public static Command Build()
    {
        var calendar = new Command("calendar", "Check a business calendar file (JSON) and ask it working-time questions");
        calendar.Subcommands.Add(Check());
        calendar.Subcommands.Add(AddOrSubtract(subtract: false));
        calendar.Subcommands.Add(AddOrSubtract(subtract: true));
        calendar.Subcommands.Add(Between());
        calendar.Subcommands.Add(Explain());
        calendar.Subcommands.Add(Intervals());
        calendar.Subcommands.Add(Holidays());
        return calendar;
    }

    private static Argument<string> FileArgument() => new("FILE") { Description = "The calendar file (JSON, the format of docs/calendars.md)" };

    private static Command Check()
    {
        var command = new Command("check", "Read a calendar file and list every problem with its JSON path (exit 1 when there are problems)");
        Argument<string> file = FileArgument();
        command.Arguments.Add(file);
        CommandContext.Handle(command, c =>
        {
            string path = c.Value(file)!;
            string json = Inputs.File(path, "FILE");
            IReadOnlyList<CalendarChecker.Problem> problems = CalendarChecker.Check(json);
            BusinessCalendar? calendar = problems.Count == 0 ? BusinessCalendar.FromJson(json) : null;
            if (c.AsJson)
            {
                Json.Write(c.Output, w =>
                {
                    w.WriteStartObject();
                    w.WriteString("file", path);
                    w.WriteBoolean("valid", calendar is not null);
                    if (calendar is not null)
                    {
                        w.WriteString("id", calendar.Id);
                        w.WriteString("timeZone", calendar.Zone.Id);
                    }

                    w.WriteStartArray("problems");
                    foreach (CalendarChecker.Problem p in problems)
                    {
                        w.WriteStartObject();
                        w.WriteString("path", p.Path);
                        w.WriteString("reason", p.Reason);
                        w.WriteEndObject();
                    }

                    w.WriteEndArray();
                    w.WriteEndObject();
                });
            }
            else if (calendar is not null)
            {
                c.Output.WriteLine($"{path}: ok, calendar '{calendar.Id}' in {calendar.Zone.Id}");
            }
            else
            {
                c.Output.WriteLine($"{path}: {problems.Count} problem{(problems.Count == 1 ? "" : "s")}");
                var table = new TextTable("PATH", "PROBLEM");
                foreach (CalendarChecker.Problem p in problems)
                {
                    table.Add(p.Path, p.Reason);
                }

                table.WriteTo(c.Output);
            }

            return problems.Count == 0 ? ExitCodes.Ok : ExitCodes.Finding;
        });
        return command;
    }

    private static Command AddOrSubtract(bool subtract)
    {
        string name = subtract ? "subtract" : "add";
        var command = new Command(
            name,
            subtract
                ? "The latest instant from which DURATION of working time ends at END"
                : "The instant at which DURATION of working time after START has passed (the calendar's Add)");
        Argument<string> file = FileArgument();
        var start = new Argument<string>(subtract ? "END" : "START") { Description = Inputs.InstantForms };
        var duration = new Argument<string>("DURATION") { Description = "Working time: " + Inputs.DurationForms };
        command.Arguments.Add(file);
        command.Arguments.Add(start);
        command.Arguments.Add(duration);
        CommandContext.Handle(command, c =>
        {
            BusinessCalendar calendar = Inputs.Calendar(c.Value(file), "FILE");
            Instant from = Inputs.Instant(c.Value(start), start.Name, calendar.Zone);
            Duration working = Inputs.Duration(c.Value(duration), "DURATION");
            Instant result = subtract ? calendar.Subtract(from, working) : calendar.Add(from, working);
            if (c.AsJson)
            {
                Json.Write(c.Output, w =>
                {
                    w.WriteStartObject();
                    w.WriteString("calendar", calendar.Id);
                    w.Instant(subtract ? "end" : "start", from);
                    w.Duration("workingTime", working);
                    w.Instant("result", result);
                    w.WriteEndObject();
                });
            }
            else
            {
                var table = new TextTable("", "VALUE");
                table.Add("calendar", $"{calendar.Id} ({calendar.Zone.Id})");
                table.Add(subtract ? "end" : "start", Text.Instant(from, calendar.Zone));
                table.Add("working time", Text.Duration(working));
                table.Add("result", Text.Instant(result, calendar.Zone));
                table.WriteTo(c.Output);
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Between()
    {
        var command = new Command("between", "The working time between START and END ([START, END), END after START)");
        Argument<string> file = FileArgument();
        var start = new Argument<string>("START") { Description = Inputs.InstantForms };
        var end = new Argument<string>("END") { Description = Inputs.InstantForms };
        command.Arguments.Add(file);
        command.Arguments.Add(start);
        command.Arguments.Add(end);
        CommandContext.Handle(command, c =>
        {
            BusinessCalendar calendar = Inputs.Calendar(c.Value(file), "FILE");
            Instant from = Inputs.Instant(c.Value(start), "START", calendar.Zone);
            Instant to = Inputs.Instant(c.Value(end), "END", calendar.Zone);
            if (to < from)
            {
                throw new CliInputException("END", "is before START");
            }

            Duration working = calendar.WorkingTimeBetween(from, to);
            if (c.AsJson)
            {
                Json.Write(c.Output, w =>
                {
                    w.WriteStartObject();
                    w.WriteString("calendar", calendar.Id);
                    w.Instant("start", from);
                    w.Instant("end", to);
                    w.Duration("workingTime", working);
                    w.WriteEndObject();
                });
            }
            else
            {
                var table = new TextTable("", "VALUE");
                table.Add("calendar", $"{calendar.Id} ({calendar.Zone.Id})");
                table.Add("start", Text.Instant(from, calendar.Zone));
                table.Add("end", Text.Instant(to, calendar.Zone));
                table.Add("working time", Text.Duration(working));
                table.WriteTo(c.Output);
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Explain()
    {
        var command = new Command("explain", "Explain START + DURATION (or START..--until END): the intervals counted and why each gap does not count");
        Argument<string> file = FileArgument();
        var start = new Argument<string>("START") { Description = Inputs.InstantForms };
        var duration = new Argument<string>("DURATION") { Description = "Working time to add: " + Inputs.DurationForms, Arity = ArgumentArity.ZeroOrOne };
        var until = new Option<string>("--until") { HelpName = "INSTANT", Description = "Explain the working time from START to this instant instead of adding a duration" };
        command.Arguments.Add(file);
        command.Arguments.Add(start);
        command.Arguments.Add(duration);
        command.Options.Add(until);
        CommandContext.Handle(command, c =>
        {
            BusinessCalendar calendar = Inputs.Calendar(c.Value(file), "FILE");
            Instant from = Inputs.Instant(c.Value(start), "START", calendar.Zone);
            string? durationText = c.Value(duration);
            string? untilText = c.Value(until);
            if ((durationText is null) == (untilText is null))
            {
                throw new CliInputException("DURATION", "give either DURATION or --until END");
            }

            WorkingTimeExplanation explanation;
            if (durationText is not null)
            {
                explanation = calendar.ExplainAdd(from, Inputs.Duration(durationText, "DURATION"));
            }
            else
            {
                Instant to = Inputs.Instant(untilText, "--until", calendar.Zone);
                if (to < from)
                {
                    throw new CliInputException("--until", "is before START");
                }

                explanation = calendar.ExplainWorkingTimeBetween(from, to);
            }

            WriteExplanation(c, explanation);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void WriteExplanation(CommandContext c, WorkingTimeExplanation e)
    {
        if (c.AsJson)
        {
            Json.Write(c.Output, w =>
            {
                w.WriteStartObject();
                w.WriteString("calendar", e.CalendarId);
                w.Instant("start", e.Span.Start);
                w.Instant("end", e.Span.End);
                w.Instant("result", e.Result);
                w.Duration("workingTime", e.WorkingTime);
                w.WriteStartArray("counted");
                foreach (CountedInterval i in e.Counted)
                {
                    w.WriteStartObject();
                    w.Instant("start", i.Interval.Start);
                    w.Instant("end", i.Interval.End);
                    w.Duration("duration", i.Duration);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteStartArray("gaps");
                foreach (NonWorkingGap g in e.Gaps)
                {
                    w.WriteStartObject();
                    w.Instant("start", g.Interval.Start);
                    w.Instant("end", g.Interval.End);
                    w.WriteStartArray("reasons");
                    foreach (GapReason r in g.Reasons)
                    {
                        w.WriteStringValue(r.ToString());
                    }

                    w.WriteEndArray();
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            });
            return;
        }

        c.Output.WriteLine($"calendar {e.CalendarId} ({e.Zone.Id}); working time {Text.Duration(e.WorkingTime)}; result {Text.Instant(e.Result, e.Zone)}");
        var table = new TextTable("FROM", "TO", "COUNTS", "WHY");
        var rows = e.Counted.Select(i => (i.Interval, Counted: true, Why: "working time"))
            .Concat(e.Gaps.Select(g => (g.Interval, Counted: false, Why: g.Reasons.Count == 0 ? "not working" : string.Join("; ", g.Reasons))))
            .OrderBy(r => r.Interval.Start);
        foreach ((Interval interval, bool counted, string why) in rows)
        {
            table.Add(Local(interval.Start, e.Zone), Local(interval.End, e.Zone), counted ? Text.Duration(interval.Duration) : "-", why);
        }

        table.WriteTo(c.Output);
    }

    private static string Local(Instant instant, DateTimeZone zone) =>
        instant.InZone(zone).ToString("ddd uuuu-MM-dd HH:mm", CultureInfo.InvariantCulture);

    private static Command Intervals()
    {
        var command = new Command("intervals", $"A day-by-day view of the working intervals from --from to --to (local dates, at most {MaxIntervalDays} days)");
        Argument<string> file = FileArgument();
        var from = new Option<string>("--from") { HelpName = "DATE", Description = "The first local date, e.g. 2026-11-20", Required = true };
        var to = new Option<string>("--to") { HelpName = "DATE", Description = "The last local date (included)", Required = true };
        command.Arguments.Add(file);
        command.Options.Add(from);
        command.Options.Add(to);
        CommandContext.Handle(command, c =>
        {
            BusinessCalendar calendar = Inputs.Calendar(c.Value(file), "FILE");
            LocalDate first = Inputs.Date(c.Value(from), "--from");
            LocalDate last = Inputs.Date(c.Value(to), "--to");
            if (last < first)
            {
                throw new CliInputException("--to", "is before --from");
            }

            if (Period.Between(first, last, PeriodUnits.Days).Days >= MaxIntervalDays)
            {
                throw new CliInputException("--to", $"the range is longer than {MaxIntervalDays} days");
            }

            var days = new List<(LocalDate Date, List<Interval> Intervals, Duration Total, List<string> Notes)>();
            for (LocalDate date = first; date <= last; date = date.PlusDays(1))
            {
                Instant dayStart = calendar.Zone.AtStartOfDay(date).ToInstant();
                Instant dayEnd = calendar.Zone.AtStartOfDay(date.PlusDays(1)).ToInstant();
                WorkingTimeExplanation e = calendar.ExplainWorkingTimeBetween(dayStart, dayEnd);
                List<string> notes = e.Gaps.SelectMany(g => g.Reasons)
                    .Where(r => r.Date == date && r.Kind != GapReasonKind.OutsideWorkingHours)
                    .Select(r => r.ToString()[(DatePattern.Format(date).Length + 1)..])
                    .Distinct()
                    .ToList();
                days.Add((date, e.Counted.Select(i => i.Interval).ToList(), e.WorkingTime, notes));
                if (date == last)
                {
                    break;
                }
            }

            if (c.AsJson)
            {
                Json.Write(c.Output, w =>
                {
                    w.WriteStartObject();
                    w.WriteString("calendar", calendar.Id);
                    w.WriteString("timeZone", calendar.Zone.Id);
                    w.WriteStartArray("days");
                    foreach (var d in days)
                    {
                        w.WriteStartObject();
                        w.WriteString("date", DatePattern.Format(d.Date));
                        w.WriteBoolean("workingDay", calendar.IsWorkingDay(d.Date));
                        w.Duration("workingTime", d.Total);
                        w.WriteStartArray("intervals");
                        foreach (Interval i in d.Intervals)
                        {
                            w.WriteStartObject();
                            w.Instant("start", i.Start);
                            w.Instant("end", i.End);
                            w.WriteEndObject();
                        }

                        w.WriteEndArray();
                        w.WriteStartArray("notes");
                        foreach (string n in d.Notes)
                        {
                            w.WriteStringValue(n);
                        }

                        w.WriteEndArray();
                        w.WriteEndObject();
                    }

                    w.WriteEndArray();
                    w.WriteEndObject();
                });
                return ExitCodes.Ok;
            }

            c.Output.WriteLine($"calendar {calendar.Id} ({calendar.Zone.Id}), local times");
            var table = new TextTable("DATE", "DAY", "WORKING", "TOTAL", "NOTES");
            foreach (var d in days)
            {
                string intervals = d.Intervals.Count == 0
                    ? "-"
                    : string.Join(" ", d.Intervals.Select(i => $"{Time(i.Start, calendar.Zone, d.Date)}-{Time(i.End, calendar.Zone, d.Date)}"));
                table.Add(
                    DatePattern.Format(d.Date),
                    d.Date.DayOfWeek.ToString()[..3],
                    intervals,
                    Text.Duration(d.Total),
                    d.Notes.Count == 0 ? "" : string.Join("; ", d.Notes));
            }

            table.WriteTo(c.Output);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static string Time(Instant instant, DateTimeZone zone, LocalDate date)
    {
        LocalDateTime local = instant.InZone(zone).LocalDateTime;
        return local.Date == date ? TimePattern.Format(local.TimeOfDay) : local.Date > date && local.TimeOfDay == LocalTime.Midnight ? "24:00" : TimePattern.Format(local.TimeOfDay);
    }

    private static Command Holidays()
    {
        var command = new Command("holidays", "The holidays of a built-in holiday set in one year");
        var set = new Argument<string>("SET") { Description = "The holiday set: " + string.Join(", ", BusinessCalendar.HolidaySetNames) };
        var year = new Option<string>("--year") { HelpName = "YEAR", Description = "The year, e.g. 2026", Required = true };
        command.Arguments.Add(set);
        command.Options.Add(year);
        CommandContext.Handle(command, c =>
        {
            string name = c.Value(set)!;
            if (!BusinessCalendar.HolidaySetNames.Contains(name, StringComparer.Ordinal))
            {
                throw new CliInputException("SET", $"unknown holiday set '{Inputs.Shorten(name)}' (known: {string.Join(", ", BusinessCalendar.HolidaySetNames)})");
            }

            // Every year the built-in sets answer (JP: 1980-2100, docs/calendars.md).
            int y = (int)Inputs.Integer(c.Value(year), "--year", 1980, 2100);
            DateTimeZone zone = DateTimeZone.Utc;
            BusinessCalendarBuilder builder = BusinessCalendar.CreateBuilder("holidays-" + name, zone);
            foreach (IsoDayOfWeek day in Enum.GetValues<IsoDayOfWeek>().Where(d => d != IsoDayOfWeek.None))
            {
                builder.WithHours(day, "00:00-24:00");
            }

            BusinessCalendar calendar = builder.AddHolidaySet(name).Build();
            Instant start = zone.AtStartOfDay(new LocalDate(y, 1, 1)).ToInstant();
            Instant end = zone.AtStartOfDay(new LocalDate(y + 1, 1, 1)).ToInstant();
            List<GapReason> holidays = calendar.ExplainWorkingTimeBetween(start, end).Gaps
                .SelectMany(g => g.Reasons)
                .Where(r => r.Kind == GapReasonKind.Holiday && r.Date.Year == y)
                .Distinct()
                .OrderBy(r => r.Date)
                .ToList();
            if (c.AsJson)
            {
                Json.Write(c.Output, w =>
                {
                    w.WriteStartObject();
                    w.WriteString("set", name);
                    w.WriteNumber("year", y);
                    w.WriteStartArray("holidays");
                    foreach (GapReason r in holidays)
                    {
                        w.WriteStartObject();
                        w.WriteString("date", DatePattern.Format(r.Date));
                        w.WriteString("name", r.Description);
                        w.WriteEndObject();
                    }

                    w.WriteEndArray();
                    w.WriteEndObject();
                });
                return ExitCodes.Ok;
            }

            var table = new TextTable("DATE", "DAY", "NAME");
            foreach (GapReason r in holidays)
            {
                table.Add(DatePattern.Format(r.Date), r.Date.DayOfWeek.ToString()[..3], r.Description);
            }

            c.Output.WriteLine($"{name} holidays {y}: {holidays.Count}");
            table.WriteTo(c.Output);
            return ExitCodes.Ok;
        });
        return command;
    }
}
