using System;
using System.Diagnostics;
using System.IO;
using ItsmCore.Cli;

namespace ItsmCore.Cli.Tests;

/// <summary>Runs the tool in-process (<see cref="CliApp.Run"/>) or as a process (<c>dotnet ItsmCore.Cli.dll</c>).</summary>
internal static class Tool
{
    public sealed record Result(int ExitCode, string Output, string Error);

    /// <summary>The repository root (the folder holding ItsmCore.sln), found from the test's output folder.</summary>
    public static string Root { get; } = FindRoot();

    public static string Sample(string relative) => Path.Combine(Root, "samples", relative);

    public static string JpOffice => Sample("calendars/jp-office.json");

    public static Result Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        int exit = CliApp.Run(args, output, error);
        return new Result(exit, output.ToString(), error.ToString());
    }

    public static Result RunProcess(params string[] args)
    {
        string dll = Path.Combine(AppContext.BaseDirectory, "ItsmCore.Cli.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Root,
        };
        start.ArgumentList.Add(dll);
        foreach (string a in args)
        {
            start.ArgumentList.Add(a);
        }

        using Process process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        System.Threading.Tasks.Task<string> output = process.StandardOutput.ReadToEndAsync();
        System.Threading.Tasks.Task<string> error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(60_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("itsmcore did not finish within 60 s");
        }

        return new Result(process.ExitCode, output.Result, error.Result);
    }

    private static string FindRoot()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ItsmCore.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("ItsmCore.sln not found above " + AppContext.BaseDirectory);
    }
}
