using System;
using System.CommandLine;
using System.IO;
using ItsmCore.Calendars;
using ItsmCore.Cli.Commands;
using ItsmCore.Cli.Infrastructure;
using ItsmCore.Sla;

namespace ItsmCore.Cli;

/// <summary>
/// The <c>itsmcore</c> command tree (System.CommandLine) and the one place where outcomes become exit codes:
/// 0 ok, 1 finding, 2 bad input, 3 internal error. Parse errors and every refused value are reported on the error
/// writer as <c>itsmcore: WHERE: REASON</c>, never as a stack trace. Not thread-safe to share writers; each call to
/// <see cref="Run"/> builds its own command tree.
/// </summary>
internal static class CliApp
{
    public const string Description =
        "itsmcore: business calendars, SLA clocks, availability, error budgets, CMDB impact and health, and change schedules from the command line.\n" +
        "Tables by default, --json for machines. Exit codes: 0 ok, 1 finding (calendar problems, SLA breached,\n" +
        "target not met, release freeze, business service impaired, CMDB health findings,\n" +
        "schedule conflicts, no free window), 2 bad input (unknown option, bad value, unreadable or malformed file),\n" +
        "3 internal error. Instants: 2026-11-20T07:30:00Z, 2026-11-20T16:30+09:00, or 2026-11-20T16:30 in the\n" +
        "calendar's zone. Durations: 4h, 90m, 1d2h30m, 45s or 0:04:00:00.";

    /// <summary>The recursive <c>--json</c> option: machine-readable output instead of tables.</summary>
    public static readonly Option<bool> JsonOption = new("--json")
    {
        Description = "Write JSON instead of tables",
        Recursive = true,
    };

    /// <summary>Runs the tool with <paramref name="args"/>, writing to the given writers; returns the exit code.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        RootCommand root = BuildRoot();
        ParseResult parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (System.CommandLine.Parsing.ParseError e in parse.Errors)
            {
                error.WriteLine($"itsmcore: {e.Message}");
            }

            error.WriteLine("Run 'itsmcore --help' (or the command followed by --help) for usage.");
            return ExitCodes.BadInput;
        }

        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (CliInputException e)
        {
            error.WriteLine($"itsmcore: {e.Where}: {e.Reason}");
            return ExitCodes.BadInput;
        }
        catch (CalendarFormatException e)
        {
            error.WriteLine($"itsmcore: calendar {e.Path}: {e.Reason}");
            return ExitCodes.BadInput;
        }
        catch (SlaFormatException e)
        {
            error.WriteLine($"itsmcore: SLA log {e.Path}: {e.Reason}");
            return ExitCodes.BadInput;
        }
        catch (WorkingTimeNotFoundException e)
        {
            error.WriteLine($"itsmcore: calendar '{e.CalendarId}': {e.Message}");
            return ExitCodes.Finding;
        }
        catch (ArgumentException e)
        {
            // The libraries' argument guards: a value that parsed but is out of the domain (e.g. a target of 0 %).
            string message = FirstLine(e.Message);
            string suffix = $" (Parameter '{e.ParamName}')";
            if (message.EndsWith(suffix, StringComparison.Ordinal))
            {
                message = message[..^suffix.Length];
            }

            error.WriteLine($"itsmcore: {(e.ParamName is null ? "argument" : e.ParamName)}: {message}");
            return ExitCodes.BadInput;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            error.WriteLine($"itsmcore: internal error ({e.GetType().Name}): {FirstLine(e.Message)}");
            return ExitCodes.InternalError;
        }
    }

    private static string FirstLine(string message)
    {
        int end = message.IndexOf('\n', StringComparison.Ordinal);
        return (end < 0 ? message : message[..end]).TrimEnd();
    }

    private static RootCommand BuildRoot()
    {
        var root = new RootCommand(Description);
        root.Options.Add(JsonOption);
        root.Subcommands.Add(CalendarCommands.Build());
        root.Subcommands.Add(SlaCommands.Build());
        root.Subcommands.Add(ServiceLevelCommands.BuildAvailability());
        root.Subcommands.Add(ServiceLevelCommands.BuildBudget());
        root.Subcommands.Add(CmdbCommands.Build());
        root.Subcommands.Add(ChangeCommands.Build());
        return root;
    }
}
