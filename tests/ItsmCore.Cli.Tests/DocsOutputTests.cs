using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace ItsmCore.Cli.Tests;

// docs/tool.md and the tool's README show real output: every `$ itsmcore ...` line in a text block is run on the
// repository's samples and its output compared with the lines that follow it, and its `# exit N` with the exit code.
public sealed class DocsOutputTests
{
    public static TheoryData<string, string> Examples()
    {
        var data = new TheoryData<string, string>();
        foreach (string doc in new[] { "docs/tool.md", "src/ItsmCore.Cli/README.md" })
        {
            foreach (string example in Parse(File.ReadAllText(Path.Combine(Tool.Root, doc)).Replace("\r\n", "\n", StringComparison.Ordinal)))
            {
                data.Add(doc, example);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Docs_Example_MatchesTheToolsOutput(string doc, string example)
    {
        string[] lines = example.Split('\n');
        string command = lines[0][2..];
        int hash = command.IndexOf(" # exit ", StringComparison.Ordinal);
        int? exit = hash < 0 ? null : int.Parse(command[(hash + 8)..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
        string[] args = (hash < 0 ? command : command[..hash]).Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(a => a.StartsWith("samples/", StringComparison.Ordinal) ? Tool.Sample(a["samples/".Length..]) : a)
            .ToArray();

        Tool.Result r = Tool.Run(args);

        Assert.True(r.Error.Length == 0, $"{doc}: {command}: {r.Error}");
        Assert.Equal(string.Join('\n', lines.Skip(1)), r.Output.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n'));
        if (exit is not null)
        {
            Assert.Equal(exit.Value, r.ExitCode);
        }
    }

    [Fact]
    public void Docs_Examples_IncludeBothCmdbCommands()
    {
        string[] commands = Examples().Select(row => ((string)row[1]).Split('\n')[0]).ToArray();

        Assert.Contains(commands, c => c.StartsWith("$ itsmcore cmdb impact ", StringComparison.Ordinal));
        Assert.Contains(commands, c => c.StartsWith("$ itsmcore cmdb health ", StringComparison.Ordinal));
    }

    private static IEnumerable<string> Parse(string text)
    {
        string[] lines = text.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            if (lines[i] != "```text")
            {
                continue;
            }

            List<string>? current = null;
            for (i++; i < lines.Length && lines[i] != "```"; i++)
            {
                if (lines[i].StartsWith("$ itsmcore ", StringComparison.Ordinal))
                {
                    if (current is not null)
                    {
                        yield return string.Join('\n', current);
                    }

                    current = new List<string> { lines[i] };
                }
                else
                {
                    current?.Add(lines[i]);
                }
            }

            if (current is not null)
            {
                yield return string.Join('\n', current);
            }
        }
    }
}
