using System;
using System.CommandLine;
using System.IO;

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
}
