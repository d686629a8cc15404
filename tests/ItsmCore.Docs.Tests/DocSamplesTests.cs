using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using ItsmCore.Calendars;
using ItsmCore.Cmdb;
using ItsmCore.Sla;

namespace ItsmCore.Docs.Tests;

/// <summary>
/// Keeps the documentation's code true. Every <c>```csharp</c> block of README.md, docs/*.md and the package READMEs
/// (src/*/README.md, whose first sample eng/consumer-test.sh also runs against the packed packages) is compiled and run
/// (<see cref="DocumentRunner"/>: one script session per document, blocks in order), and every line a block marks
/// with <c>// prints: TEXT</c> must be printed by it, in that order. Every <c>```json</c> block is read by its reader.
/// Nothing is listed: a document, or a sample added to one, is covered the moment it exists.
/// </summary>
/// <remarks>
/// A sample that takes names as given (the host's <c>services</c>, a calendar from another page) gets them from a
/// hidden comment right before it, which the runner runs first:
/// <code>
/// &lt;!-- csharp-context
/// var services = new ServiceCollection();
/// --&gt;
/// </code>
/// Numbers and instants a sample states in its comments are checked by the document's own test class
/// (<c>ReadmeDocTests</c>, <c>SlaDocTests</c>, ...) through the variables the run declared.
/// docs/conventions.md has no samples by design (its examples are the source files it names, see
/// <see cref="ConventionsDocTests"/>); the shell sessions of docs/tool.md are run by ItsmCore.Cli.Tests.
/// </remarks>
public sealed class DocSamplesTests
{
    /// <summary>The fence languages the documents may use; C# only as <c>csharp</c>, so no sample escapes the runner.</summary>
    private static readonly string[] KnownLanguages = { "csharp", "json", "sh", "bash", "text", "mermaid", string.Empty };

    /// <summary>README.md, every docs/*.md and every package's README (src/*/README.md), found on disk.</summary>
    public static TheoryData<string> Documents => new(AllDocuments());

    /// <summary>The documents that have csharp blocks.</summary>
    public static TheoryData<string> DocumentsWithCsharp => new(AllDocuments().Where(d => Blocks(d).Any(b => b.Language == "csharp")));

    [Theory]
    [MemberData(nameof(DocumentsWithCsharp))]
    public async Task CsharpBlocks_OfDocument_CompileRunAndPrintWhatTheySay(string document)
    {
        DocumentRun run = await DocumentRunner.RunAsync(document);

        Assert.Equal(Blocks(document).Count(b => b.Language == "csharp"), run.Blocks.Count);
        foreach (BlockRun block in run.Blocks)
        {
            AssertPrints(block);
        }
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Fences_OfDocument_AreOfKnownLanguages(string document)
    {
        Assert.All(Blocks(document), b => Assert.True(
            KnownLanguages.Contains(b.Language),
            $"{b}: fence language '{b.Language}' (C# samples are fenced as csharp, which the runner runs)"));
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void JsonBlocks_OfDocument_AreReadByTheirReader(string document)
    {
        foreach (CodeBlock block in Blocks(document).Where(b => b.Language == "json"))
        {
            if (block.Code.Contains("\"events\"", StringComparison.Ordinal))
            {
                Assert.NotEmpty(SlaClockJson.ReadEvents(block.Code));
            }
            else if (block.Code.Contains("\"itsmcore-cmdb/", StringComparison.Ordinal))
            {
                Assert.NotNull(CmdbJson.Read(block.Code));
            }
            else if (block.Code.Contains("\"itsmcore-change-schedule/", StringComparison.Ordinal))
            {
                // References resolve as for the sample it shows, samples/changes/change-schedule.json.
                string folder = Path.Combine(Docs.Root(), "samples", "changes");
                Assert.NotNull(ItsmCore.Changes.ChangeScheduleJson.Read(
                    block.Code, reference => File.Exists(Path.Combine(folder, reference)) ? File.ReadAllText(Path.Combine(folder, reference)) : null));
            }
            else if (block.Code.Contains("\"itsmcore-alerts/", StringComparison.Ordinal))
            {
                Assert.NotEmpty(ItsmCore.Alerts.AlertJson.ReadAlerts(block.Code));
            }
            else if (block.Code.Contains("\"itsmcore-triage-rules/", StringComparison.Ordinal))
            {
                Assert.NotNull(ItsmCore.Alerts.AlertJson.ReadRuleSet(block.Code));
            }
            else
            {
                Assert.NotNull(BusinessCalendar.FromJson(block.Code));
            }
        }
    }

    [Fact]
    public void Documents_AreFound_ReadmeEveryPageUnderDocsAndEveryPackageReadme()
    {
        string[] documents = AllDocuments().ToArray();

        Assert.Contains("README.md", documents);
        Assert.Contains("docs/sla.md", documents);
        Assert.Contains("src/ItsmCore.Incidents/README.md", documents);
        Assert.Equal(Directory.GetFiles(Path.Combine(Docs.Root(), "docs"), "*.md").Length + 1 + Directory.GetDirectories(Path.Combine(Docs.Root(), "src")).Count(d => File.Exists(Path.Combine(d, "README.md"))), documents.Length);
    }

    [Fact]
    public void AssertPrints_MissingOrReorderedLine_Fails()
    {
        var block = new CodeBlock("test.md", "csharp", 1, "Console.WriteLine(1); // prints: 1\nConsole.WriteLine(2); // prints: 2", null);

        AssertPrints(new BlockRun(block, "1\n2\n"));
        Assert.ThrowsAny<Exception>(() => AssertPrints(new BlockRun(block, "2\n1\n")));
        Assert.ThrowsAny<Exception>(() => AssertPrints(new BlockRun(block, "1\n")));
        Assert.ThrowsAny<Exception>(() => AssertPrints(new BlockRun(block, "1\n2 and more\n")));
    }

    [Fact]
    public void Blocks_ContextComment_GoesWithTheNextCsharpBlockOnly()
    {
        const string Markdown = "text\n<!-- csharp-context\nint x = 1;\n-->\n\n```csharp\nx++;\n```\n\n```csharp\nx++;\n```\n";

        IReadOnlyList<CodeBlock> blocks = ItsmCore.Docs.Tests.Markdown.Blocks("test.md", Markdown);

        Assert.Equal((3, "int x = 1;"), blocks[0].Context);
        Assert.Equal(7, blocks[0].Line);
        Assert.Null(blocks[1].Context);
        Assert.Throws<FormatException>(() => ItsmCore.Docs.Tests.Markdown.Blocks("test.md", "<!-- csharp-context\nint x;\n-->\n"));
    }

    /// <summary>Each <c>// prints:</c> line of the block is a whole line of its output, in the order written.</summary>
    internal static void AssertPrints(BlockRun run)
    {
        IReadOnlyList<string> printed = run.Lines;
        int at = 0;
        foreach (string expected in run.Block.Prints)
        {
            int found = Enumerable.Range(at, Math.Max(0, printed.Count - at)).FirstOrDefault(i => printed[i] == expected, -1);
            Assert.True(found >= 0, $"{run.Block}: says it prints\n  {expected}\nbut printed (from line {at + 1} on):\n{run.Output}");
            at = found + 1;
        }
    }

    internal static IReadOnlyList<CodeBlock> Blocks(string document) =>
        Markdown.Blocks(document, File.ReadAllText(Path.Combine(Docs.Root(), document)));

    internal static IEnumerable<string> AllDocuments()
    {
        string root = Docs.Root();
        return Directory.GetFiles(Path.Combine(root, "docs"), "*.md")
            .Append(Path.Combine(root, "README.md"))
            .Concat(Directory.GetDirectories(Path.Combine(root, "src")).Select(p => Path.Combine(p, "README.md")).Where(File.Exists))
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);
    }
}
