using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using NodaTime;

namespace ItsmCore.Cli.Infrastructure;

/// <summary>What a command action needs: the parse result, the writers and whether JSON was asked for.</summary>
internal sealed class CommandContext
{
    private CommandContext(ParseResult parse)
    {
        Parse = parse;
        Output = parse.InvocationConfiguration.Output;
        Error = parse.InvocationConfiguration.Error;
        AsJson = parse.GetValue(CliApp.JsonOption);
    }

    public ParseResult Parse { get; }

    public TextWriter Output { get; }

    public TextWriter Error { get; }

    public bool AsJson { get; }

    /// <summary>Sets <paramref name="command"/>'s action to <paramref name="body"/>, which returns the exit code.</summary>
    public static void Handle(Command command, Func<CommandContext, int> body) =>
        command.SetAction(parse => body(new CommandContext(parse)));

    public string? Value(Argument<string> argument) => Parse.GetValue(argument);

    public string? Value(Option<string> option) => Parse.GetValue(option);

    public string[] Values(Option<string[]> option) => Parse.GetValue(option) ?? Array.Empty<string>();

    public string[] Values(Argument<string[]> argument) => Parse.GetValue(argument) ?? Array.Empty<string>();

    /// <summary>The instant an <c>--at</c> option gives, or now from the system clock when it is left out (the tool is a host).</summary>
    public Instant AtOrNow(Option<string> at) =>
        Value(at) is { } text ? Inputs.Instant(text, "--at", null) : SystemClock.Instance.GetCurrentInstant();

    /// <summary>Writes every problem of a document read from <paramref name="file"/> as <c>itsmcore: FILE PATH: REASON</c>.</summary>
    public void ReportProblems(string file, IEnumerable<(string Path, string Reason)> problems)
    {
        foreach ((string path, string reason) in problems)
        {
            Error.WriteLine($"itsmcore: {file} {path}: {reason}");
        }
    }
}
