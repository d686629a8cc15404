using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.Linq;
using ItsmCore.Calendars;
using ItsmCore.Cli.Infrastructure;
using ItsmCore.Sla;
using NodaTime;

namespace ItsmCore.Cli.Commands;

/// <summary>
/// <c>itsmcore availability ...</c> and <c>itsmcore budget</c>: allowed downtime, composition of components, the
/// error budget left and the release-freeze decision, computed by ItsmCore.Sla's service-level types.
/// </summary>
internal static class ServiceLevelCommands
{
    public static Command BuildAvailability()
    {
        var availability = new Command("availability", "Allowed downtime of an availability target, and the availability of components in series or in parallel");
        availability.Subcommands.Add(Allowed());
        availability.Subcommands.Add(Compose(serial: true));
        availability.Subcommands.Add(Compose(serial: false));
        return availability;
    }

    private static Command Allowed()
    {
        var command = new Command("allowed", "The downtime a target allows: per 365-day year, average month and 30-day month, or in a month of service hours");
        var target = new Argument<string>("TARGET") { Description = "The availability target in percent, e.g. 99.95" };
        var calendar = new Option<string>("--calendar") { HelpName = "FILE", Description = "Service hours (a calendar file): allowed downtime within its working time of --month" };
        var month = new Option<string>("--month") { HelpName = "YYYY-MM", Description = "The month for --calendar, e.g. 2026-11" };
        command.Arguments.Add(target);
        command.Options.Add(calendar);
        command.Options.Add(month);
        CommandContext.Handle(command, c =>
        {
            AvailabilityTarget goal = AvailabilityTarget.FromPercent(Inputs.Percent(c.Value(target), "TARGET"));
            var rows = new List<(string Period, Duration ServiceTime, Duration Allowed)>
            {
                ("year (365 days)", NominalPeriods.Year365Days, goal.AllowedDowntime(NominalPeriods.Year365Days)),
                ("month (average)", NominalPeriods.AverageMonth, goal.AllowedDowntime(NominalPeriods.AverageMonth)),
                ("month (30 days)", NominalPeriods.Month30Days, goal.AllowedDowntime(NominalPeriods.Month30Days)),
            };
            string? calendarPath = c.Value(calendar);
            string? monthText = c.Value(month);
            if ((calendarPath is null) != (monthText is null))
            {
                throw new CliInputException(calendarPath is null ? "--month" : "--calendar", "--calendar and --month go together");
            }

            if (calendarPath is not null)
            {
                BusinessCalendar hours = Inputs.Calendar(calendarPath, "--calendar");
                YearMonth m = Inputs.Month(monthText, "--month");
                Interval period = ServiceAvailability.MonthPeriod(m, hours.Zone);
                Duration serviceTime = hours.WorkingTimeBetween(period.Start, period.End);
                rows.Add(($"{m.ToString("uuuu-MM", CultureInfo.InvariantCulture)} on '{hours.Id}'", serviceTime, goal.AllowedDowntime(hours, m)));
            }

            if (c.AsJson)
            {
                Json.Write(c.Output, w =>
                {
                    w.WriteStartObject();
                    w.WriteNumber("targetPercent", goal.Percent);
                    w.WriteStartArray("periods");
                    foreach (var row in rows)
                    {
                        w.WriteStartObject();
                        w.WriteString("period", row.Period);
                        w.Duration("serviceTime", row.ServiceTime);
                        w.Duration("allowedDowntime", row.Allowed);
                        w.WriteEndObject();
                    }

                    w.WriteEndArray();
                    w.WriteEndObject();
                });
            }
            else
            {
                c.Output.WriteLine($"availability target {goal}");
                var table = new TextTable("PERIOD", "SERVICE TIME", "ALLOWED DOWNTIME");
                foreach (var row in rows)
                {
                    table.Add(row.Period, Text.Duration(row.ServiceTime), Text.Duration(row.Allowed));
                }

                table.WriteTo(c.Output);
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Compose(bool serial)
    {
        var command = new Command(
            serial ? "serial" : "parallel",
            serial
                ? "The availability of components that must all be up (in series), e.g. 99.99 99.99 99.95"
                : "The availability of redundant components of which one must be up (in parallel)");
        var parts = new Argument<string[]>("COMPONENT") { Description = "NAME=PERCENT or PERCENT, two or more", Arity = new ArgumentArity(2, 64) };
        var target = new Option<string>("--target") { HelpName = "PERCENT", Description = "Compare with this target in percent (exit 1 when the composition does not meet it)" };
        command.Arguments.Add(parts);
        command.Options.Add(target);
        CommandContext.Handle(command, c =>
        {
            string[] texts = c.Values(parts);
            var blocks = new List<AvailabilityBlock>();
            for (int i = 0; i < texts.Length; i++)
            {
                string text = texts[i];
                int eq = text.IndexOf('=', StringComparison.Ordinal);
                string name = eq < 0 ? $"c{i + 1}" : text[..eq];
                if (eq == 0 || name.Trim().Length != name.Length || name.Length > 100)
                {
                    throw new CliInputException($"COMPONENT {i + 1}", $"'{Inputs.Shorten(text)}' has no usable name (NAME=PERCENT, a name without spaces around it)");
                }

                decimal percent = Inputs.Percent(eq < 0 ? text : text[(eq + 1)..], $"COMPONENT {i + 1}", allowZero: true);
                blocks.Add(AvailabilityBlock.ComponentFromPercent(name, percent));
            }

            AvailabilityBlock composed = serial ? AvailabilityBlock.Serial("composed", blocks.ToArray()) : AvailabilityBlock.Parallel("composed", blocks.ToArray());
            string? targetText = c.Value(target);
            AvailabilityTarget? goal = targetText is null ? null : AvailabilityTarget.FromPercent(Inputs.Percent(targetText, "--target"));
            bool? meets = goal is null ? null : composed.Meets(goal);
            Duration perYear = (NominalPeriods.Year365Days * (double)(1m - composed.Availability));
            if (c.AsJson)
            {
                Json.Write(c.Output, w =>
                {
                    w.WriteStartObject();
                    w.WriteString("composition", serial ? "serial" : "parallel");
                    w.WriteStartArray("components");
                    foreach (AvailabilityBlock b in blocks)
                    {
                        w.WriteStartObject();
                        w.WriteString("name", b.Name);
                        w.WriteNumber("percent", b.AvailabilityPercent);
                        w.WriteEndObject();
                    }

                    w.WriteEndArray();
                    w.WriteNumber("availabilityPercent", composed.AvailabilityPercent);
                    w.Duration("downtimePerYear", Round(perYear));
                    if (goal is not null)
                    {
                        w.WriteNumber("targetPercent", goal.Percent);
                        w.WriteBoolean("meetsTarget", meets!.Value);
                    }

                    w.WriteEndObject();
                });
            }
            else
            {
                var table = new TextTable("COMPONENT", "AVAILABILITY");
                foreach (AvailabilityBlock b in blocks)
                {
                    table.Add(b.Name, Text.Number(b.AvailabilityPercent, 10) + " %");
                }

                table.Add(serial ? "in series" : "in parallel", Text.Number(composed.AvailabilityPercent, 10) + " %");
                table.WriteTo(c.Output);
                c.Output.WriteLine($"expected downtime per 365-day year: about {Text.Duration(Round(perYear))}");
                if (goal is not null)
                {
                    c.Output.WriteLine(meets!.Value ? $"meets the target {goal}" : $"does NOT meet the target {goal}");
                }
            }

            return meets == false ? ExitCodes.Finding : ExitCodes.Ok;
        });
        return command;
    }

    private static Duration Round(Duration value) => Duration.FromSeconds(Math.Round(value.TotalSeconds));

    public static Command BuildBudget()
    {
        var command = new Command("budget", "The error budget of an availability objective: allowed, used and remaining downtime (or bad events), and the release-freeze decision (exit 1 on a freeze)");
        var objective = new Option<string>("--objective") { HelpName = "PERCENT", Description = "The SLO in percent, e.g. 99.9", Required = true };
        var downtime = new Option<string>("--downtime") { HelpName = "DURATION", Description = "Downtime so far in the period: " + Inputs.DurationForms };
        var period = new Option<string>("--period") { HelpName = "DURATION", Description = "A 24x7 period length (default 30d)" };
        var calendar = new Option<string>("--calendar") { HelpName = "FILE", Description = "Service hours (a calendar file): the period is --month of its working time" };
        var month = new Option<string>("--month") { HelpName = "YYYY-MM", Description = "The month for --calendar, e.g. 2026-11" };
        var events = new Option<string>("--events") { HelpName = "N", Description = "Event-based budget: the number of requests in the period (with --bad)" };
        var bad = new Option<string>("--bad") { HelpName = "N", Description = "Event-based budget: the number of failed requests" };
        var freeze = new Option<string>("--freeze-below") { HelpName = "PERCENT", Description = "Freeze feature releases when less than this percentage of the budget remains (default 50)" };
        foreach (Option<string> o in new[] { objective, downtime, period, calendar, month, events, bad, freeze })
        {
            command.Options.Add(o);
        }

        CommandContext.Handle(command, c =>
        {
            AvailabilityTarget goal = AvailabilityTarget.FromPercent(Inputs.Percent(c.Value(objective), "--objective"));
            string? freezeText = c.Value(freeze);
            ErrorBudgetPolicy policy = freezeText is null
                ? ErrorBudgetPolicy.Default
                : ErrorBudgetPolicy.FreezeBelowRemainingPercent(Inputs.Percent(freezeText, "--freeze-below", allowZero: true));
            ErrorBudget budget;
            string periodText;
            if (c.Value(events) is not null || c.Value(bad) is not null)
            {
                if (c.Value(downtime) is not null || c.Value(period) is not null || c.Value(calendar) is not null || c.Value(month) is not null)
                {
                    throw new CliInputException("--events", "an event-based budget takes --events and --bad only (no --downtime, --period, --calendar or --month)");
                }

                long total = Inputs.Integer(c.Value(events), "--events", 1, long.MaxValue / 4);
                long failed = Inputs.Integer(c.Value(bad), "--bad", 0, total);
                budget = ErrorBudget.ForEvents(goal, total, failed);
                periodText = $"{total} events";
            }
            else
            {
                Duration used = Inputs.Duration(c.Value(downtime), "--downtime");
                string? calendarPath = c.Value(calendar);
                string? monthText = c.Value(month);
                if ((calendarPath is null) != (monthText is null))
                {
                    throw new CliInputException(calendarPath is null ? "--month" : "--calendar", "--calendar and --month go together");
                }

                Duration serviceTime;
                if (calendarPath is not null)
                {
                    if (c.Value(period) is not null)
                    {
                        throw new CliInputException("--period", "give --period or --calendar with --month, not both");
                    }

                    BusinessCalendar hours = Inputs.Calendar(calendarPath, "--calendar");
                    YearMonth m = Inputs.Month(monthText, "--month");
                    Interval interval = ServiceAvailability.MonthPeriod(m, hours.Zone);
                    serviceTime = hours.WorkingTimeBetween(interval.Start, interval.End);
                    periodText = $"{m.ToString("uuuu-MM", CultureInfo.InvariantCulture)} on '{hours.Id}' ({Text.Duration(serviceTime)} of service time)";
                }
                else
                {
                    string? periodValue = c.Value(period);
                    serviceTime = periodValue is null ? NominalPeriods.Month30Days : Inputs.Duration(periodValue, "--period");
                    periodText = $"{Text.Duration(serviceTime)} (24x7)";
                }

                if (serviceTime <= Duration.Zero)
                {
                    throw new CliInputException(calendarPath is null ? "--period" : "--calendar", "the period has no service time");
                }

                if (used > serviceTime)
                {
                    throw new CliInputException("--downtime", "is longer than the period's service time");
                }

                budget = ErrorBudget.ForDowntime(goal, serviceTime, used);
            }

            ReleaseDecision decision = policy.Decide(budget);
            bool timeBased = budget.Kind == ErrorBudgetKind.TimeBased;
            if (c.AsJson)
            {
                Json.Write(c.Output, w =>
                {
                    w.WriteStartObject();
                    w.WriteNumber("objectivePercent", goal.Percent);
                    w.WriteString("kind", budget.Kind.ToString());
                    if (timeBased)
                    {
                        w.Duration("serviceTime", budget.ServiceTime);
                        w.Duration("allowedDowntime", budget.AllowedDowntime);
                        w.Duration("downtime", budget.Downtime);
                        w.Duration("remainingDowntime", budget.RemainingDowntime);
                    }
                    else
                    {
                        w.WriteNumber("totalEvents", budget.TotalEvents);
                        w.WriteNumber("badEvents", budget.BadEvents);
                        w.WriteNumber("allowedBadEvents", budget.AllowedBadEvents);
                        w.WriteNumber("remainingBadEvents", budget.RemainingBadEvents);
                    }

                    w.WriteNumber("remainingPercent", decimal.Round(budget.RemainingPercent, 6));
                    w.WriteBoolean("exhausted", budget.IsExhausted);
                    w.WriteNumber("freezeBelowPercent", decision.ThresholdPercent);
                    w.WriteBoolean("freezeFeatureReleases", decision.FreezeFeatureReleases);
                    w.WriteString("code", decision.Code);
                    w.WriteString("reason", decision.Reason);
                    w.WriteEndObject();
                });
            }
            else
            {
                var table = new TextTable("", "VALUE");
                table.Add("objective", goal.ToString());
                table.Add("period", periodText);
                if (timeBased)
                {
                    table.Add("allowed downtime", Text.Duration(budget.AllowedDowntime));
                    table.Add("downtime", Text.Duration(budget.Downtime));
                    table.Add("remaining", Text.Duration(budget.RemainingDowntime));
                }
                else
                {
                    table.Add("allowed bad events", Text.Number(budget.AllowedBadEvents));
                    table.Add("bad events", budget.BadEvents.ToString(CultureInfo.InvariantCulture));
                    table.Add("remaining", Text.Number(budget.RemainingBadEvents));
                }

                // Cut (not rounded) to two decimals, like the decision's reason: 42.1296 % is "42.12 %", never "42.13 %".
                table.Add("remaining share", Text.Number(decimal.Floor(budget.RemainingPercent * 100m) / 100m, 2) + " %");
                table.Add("freeze below", Text.Number(decision.ThresholdPercent) + " %");
                table.Add("decision", decision.FreezeFeatureReleases ? "FREEZE feature releases (stability work first)" : "releases go on");
                table.Add("reason", decision.Reason);
                table.WriteTo(c.Output);
            }

            return decision.FreezeFeatureReleases ? ExitCodes.Finding : ExitCodes.Ok;
        });
        return command;
    }
}
