using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace ItsmCore.Docs.Tests;

/// <summary>A fenced code block of a document: its language, the line of its first code line and its code (dedented).</summary>
/// <param name="Document">The document, relative to the repository root (e.g. <c>docs/sla.md</c>).</param>
/// <param name="Language">The fence's language (<c>csharp</c>, <c>json</c>, ...; empty for a plain fence).</param>
/// <param name="Line">The 1-based line of the block's first code line.</param>
/// <param name="Code">The code, dedented by its common indentation, trailing spaces removed.</param>
/// <param name="Context">
/// For a <c>csharp</c> block: the code of the <c>&lt;!-- csharp-context</c> comments since the previous csharp block
/// (the names a sample takes as given: the host's service collection, a calendar of an earlier section), with the
/// line of its first code line; null when there is none.
/// </param>
internal sealed record CodeBlock(string Document, string Language, int Line, string Code, (int Line, string Code)? Context)
{
    /// <summary>The lines the block says it prints: the text after each <c>// prints: </c> comment, in order.</summary>
    public IReadOnlyList<string> Prints =>
        Code.Split('\n').Select(l => Markdown.PrintsComment().Match(l)).Where(m => m.Success).Select(m => m.Groups[1].Value.TrimEnd()).ToArray();

    /// <inheritdoc />
    public override string ToString() => $"{Document}:{Line}";
}

/// <summary>Reads the fenced code blocks of a Markdown document.</summary>
internal static partial class Markdown
{
    /// <summary>The opening line of a hidden context comment for the next csharp block.</summary>
    public const string ContextOpening = "<!-- csharp-context";

    /// <summary>Every fenced block of the document, in order (fences may be indented, e.g. inside a list).</summary>
    public static IReadOnlyList<CodeBlock> Blocks(string document, string markdown)
    {
        string[] lines = markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var blocks = new List<CodeBlock>();
        (int Line, string Code)? context = null;
        for (int i = 0; i < lines.Length; i++)
        {
            string trimmed = lines[i].Trim();
            if (trimmed == ContextOpening)
            {
                int end = Find(lines, i + 1, "-->", document);
                if (context is not null)
                {
                    throw new FormatException($"{document}:{i + 1}: a second csharp-context comment before the next csharp block.");
                }

                context = (i + 2, Normalize(lines[(i + 1)..end]));
                i = end;
            }
            else if (trimmed.StartsWith("```", StringComparison.Ordinal))
            {
                string language = trimmed[3..].Trim();
                int end = Find(lines, i + 1, "```", document);
                bool csharp = language == "csharp";
                blocks.Add(new CodeBlock(document, language, i + 2, Normalize(lines[(i + 1)..end]), csharp ? context : null));
                context = csharp ? null : context;
                i = end;
            }
        }

        return context is null
            ? blocks
            : throw new FormatException($"{document}:{context.Value.Line - 1}: a csharp-context comment without a csharp block after it.");
    }

    private static int Find(string[] lines, int from, string closing, string document)
    {
        for (int end = from; end < lines.Length; end++)
        {
            if (lines[end].Trim() == closing)
            {
                return end;
            }
        }

        throw new FormatException($"{document}:{from}: '{closing}' never closes the block opened on the line before.");
    }

    /// <summary>Dedents the lines by their common indentation and drops trailing spaces and blank edge lines.</summary>
    private static string Normalize(string[] lines)
    {
        string[] trimmed = lines.Select(l => l.TrimEnd()).ToArray();
        int indent = trimmed.Where(l => l.Length > 0).Select(l => l.Length - l.TrimStart().Length).DefaultIfEmpty(0).Min();
        return string.Join('\n', trimmed.Select(l => l.Length >= indent ? l[indent..] : l));
    }

    [GeneratedRegex(@"//\s*prints:\s?(.*)$")]
    internal static partial Regex PrintsComment();
}
