using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace ItsmCore.Docs.Tests;

/// <summary>
/// docs/conventions.md has no code samples by design: its examples are the repository's own source files, named in
/// its tables (<c>src/ItsmCore.Problems/Problem.cs</c>, or <c>Events/ProblemAssigned.cs</c> inside the package the row
/// is about). So that the page cannot drift either, every file it names exists.
/// </summary>
public sealed partial class ConventionsDocTests
{
    [Fact]
    public void Conventions_NamedSourceFiles_AllExist()
    {
        string root = Docs.Root();
        string text = File.ReadAllText(Path.Combine(root, "docs", "conventions.md"));
        string[] sources = Directory.GetFiles(Path.Combine(root, "src"), "*.cs", SearchOption.AllDirectories)
            .Concat(Directory.GetFiles(Path.Combine(root, "tests"), "*.cs", SearchOption.AllDirectories))
            .Select(f => "/" + Path.GetRelativePath(root, f).Replace('\\', '/'))
            .ToArray();

        string[] named = NamedFile().Matches(text).Select(m => m.Groups[1].Value).Distinct().ToArray();

        Assert.True(named.Length >= 20, $"only {named.Length} files named");
        Assert.DoesNotContain("```csharp", text, StringComparison.Ordinal);
        Assert.All(named, n => Assert.True(
            sources.Any(s => s.EndsWith("/" + n, StringComparison.Ordinal)),
            $"docs/conventions.md names `{n}`, which is not a file under src/ or tests/"));
    }

    [GeneratedRegex(@"`([\w./]+\.cs)`")]
    private static partial Regex NamedFile();
}
