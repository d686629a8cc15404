using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace ItsmCore.Cli.Infrastructure;

/// <summary>A plain-text table with a header row and left-aligned columns separated by two spaces.</summary>
internal sealed class TextTable
{
    private readonly string[] header;
    private readonly List<string[]> rows = new();

    public TextTable(params string[] header) => this.header = header;

    public int Count => rows.Count;

    public TextTable Add(params string[] cells)
    {
        if (cells.Length != header.Length)
        {
            throw new ArgumentException($"expected {header.Length} cells, got {cells.Length}", nameof(cells));
        }

        rows.Add(cells);
        return this;
    }

    public void WriteTo(TextWriter output)
    {
        int[] widths = header.Select((h, i) => Math.Max(h.Length, rows.Count == 0 ? 0 : rows.Max(r => r[i].Length))).ToArray();
        Write(output, header, widths);
        Write(output, widths.Select(w => new string('-', w)).ToArray(), widths);
        foreach (string[] row in rows)
        {
            Write(output, row, widths);
        }
    }

    private static void Write(TextWriter output, string[] cells, int[] widths)
    {
        string line = string.Join("  ", cells.Select((c, i) => i == cells.Length - 1 ? c : c.PadRight(widths[i])));
        output.WriteLine(line.TrimEnd());
    }
}
