using System;

namespace ItsmCore.Cli;

/// <summary>The entry point of the <c>itsmcore</c> tool.</summary>
internal static class Program
{
    private static int Main(string[] args) => CliApp.Run(args, Console.Out, Console.Error);
}
