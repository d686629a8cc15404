using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using ItsmCore.Calendars;
using ItsmCore.Sla;

namespace ItsmCore.Docs.Tests;

/// <summary>
/// Keeps the documentation's code true: every <c>```csharp</c> block of a covered document equals (up to indentation)
/// a region <c>#region doc &lt;document&gt;</c> of a sample file under <c>Samples/</c>, which the compiler checks and
/// the sample tests run; every such region appears in its document; every <c>```json</c> block is read by the
/// calendar or SLA reader.
/// </summary>
/// <remarks>
/// A block may start with <c>using</c> directives (a reader copies them to the top of a file): they must be among the
/// sample file's own, and the rest of the block is compared. To cover another document, add it to
/// <see cref="CoveredDocuments"/> and write its samples; until then it is listed in <see cref="NotYetCovered"/>.
/// </remarks>
public sealed partial class DocSamplesTests
{
    /// <summary>The documents whose code samples are compiled and run.</summary>
    public static readonly string[] CoveredDocuments = { "README.md", "docs/calendars.md", "docs/sla.md", "docs/integration.md" };

    /// <summary>Documents with code samples that are not checked yet (their API is being reworked).</summary>
    public static readonly string[] NotYetCovered = { "docs/alerts.md", "docs/change-schedule.md", "docs/changes.md", "docs/cmdb.md", "docs/incidents.md", "docs/problems.md" };

    public static TheoryData<string> Documents => new(CoveredDocuments);

    [Fact]
    public void Documents_EveryMarkdownFileWithCode_IsCoveredOrListedAsNotYet()
    {
        string root = Docs.Root();
        string[] withCode = Directory.GetFiles(Path.Combine(root, "docs"), "*.md")
            .Append(Path.Combine(root, "README.md"))
            .Where(f => File.ReadAllText(f).Contains("```csharp", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToArray();

        Assert.Equal(withCode, CoveredDocuments.Concat(NotYetCovered).Where(withCode.Contains).Order(StringComparer.Ordinal).ToArray());
        Assert.Empty(CoveredDocuments.Intersect(NotYetCovered));
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void CsharpBlocks_OfDocument_EqualARegionOfACompiledSample(string document)
    {
        string root = Docs.Root();
        string[] blocks = Blocks(File.ReadAllText(Path.Combine(root, document)), "csharp").ToArray();
        List<(string File, string Text, IReadOnlyList<string> Usings)> regions = Regions(document).ToList();
        Assert.NotEmpty(blocks);

        foreach (string block in blocks)
        {
            (string[] usings, string code) = SplitUsings(block);
            var match = regions.FirstOrDefault(r => r.Text == code);
            Assert.True(
                match.File is not null,
                $"{document}: no sample region 'doc {document}' under Samples/ equals this block:\n{code}\n\nRegions of the document:\n{string.Join("\n---\n", regions.Select(r => r.Text))}");
            Assert.All(usings, u => Assert.Contains(u, match.Usings));
        }

        foreach (var region in regions)
        {
            Assert.True(
                blocks.Select(b => SplitUsings(b).Code).Contains(region.Text),
                $"{region.File}: region 'doc {document}' is not in {document} (any more):\n{region.Text}");
        }
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void JsonBlocks_OfDocument_AreReadByTheirReader(string document)
    {
        foreach (string block in Blocks(File.ReadAllText(Path.Combine(Docs.Root(), document)), "json"))
        {
            if (block.Contains("\"events\"", StringComparison.Ordinal))
            {
                Assert.NotEmpty(SlaClockJson.ReadEvents(block));
            }
            else
            {
                Assert.NotNull(BusinessCalendar.FromJson(block));
            }
        }
    }

    /// <summary>The fenced blocks of a language, dedented.</summary>
    internal static IEnumerable<string> Blocks(string markdown, string language)
    {
        string[] lines = markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            if (lines[i].Trim() != "```" + language)
            {
                continue;
            }

            int end = i + 1;
            while (end < lines.Length && lines[end].Trim() != "```")
            {
                end++;
            }

            yield return Normalize(lines[(i + 1)..end]);
            i = end;
        }
    }

    /// <summary>The regions "doc {document}" of the sample files, dedented, with each file's using directives.</summary>
    private static IEnumerable<(string File, string Text, IReadOnlyList<string> Usings)> Regions(string document, [CallerFilePath] string thisFile = "")
    {
        string samples = Path.Combine(Path.GetDirectoryName(thisFile)!, "Samples");
        foreach (string file in Directory.GetFiles(samples, "*.cs"))
        {
            string[] lines = File.ReadAllText(file).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
            string[] usings = lines.Where(l => UsingDirective().IsMatch(l)).Select(l => l.Trim()).ToArray();
            for (int i = 0; i < lines.Length; i++)
            {
                if (lines[i].Trim() != "#region doc " + document)
                {
                    continue;
                }

                int end = i + 1;
                while (lines[end].Trim() != "#endregion")
                {
                    end++;
                }

                yield return (Path.GetFileName(file), Normalize(lines[(i + 1)..end]), usings);
                i = end;
            }
        }
    }

    private static (string[] Usings, string Code) SplitUsings(string block)
    {
        string[] lines = block.Split('\n');
        int first = 0;
        while (first < lines.Length && (UsingDirective().IsMatch(lines[first]) || lines[first].Length == 0))
        {
            first++;
        }

        return (lines[..first].Where(l => l.Length > 0).ToArray(), string.Join('\n', lines[first..]));
    }

    /// <summary>Dedents the lines by their common indentation and drops trailing spaces and blank edge lines.</summary>
    private static string Normalize(string[] lines)
    {
        string[] trimmed = lines.Select(l => l.TrimEnd()).ToArray();
        int indent = trimmed.Where(l => l.Length > 0).Select(l => l.Length - l.TrimStart().Length).DefaultIfEmpty(0).Min();
        return string.Join('\n', trimmed.Select(l => l.Length >= indent ? l[indent..] : l)).Trim('\n');
    }

    [GeneratedRegex(@"^\s*using\s+[\w.]+\s*;\s*$")]
    private static partial Regex UsingDirective();
}
