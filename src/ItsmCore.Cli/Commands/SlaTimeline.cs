using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Security;
using System.Text;
using System.Text.Json;
using ItsmCore.Calendars;
using ItsmCore.Cli.Infrastructure;
using ItsmCore.Sla;
using NodaTime;

namespace ItsmCore.Cli.Commands;

/// <summary>
/// An SLA clock drawn over time: each column is one slice of [Start, End), classified at its middle instant as
/// counting working time, running outside working hours, paused, counting after the breach, or not running; marks
/// show threshold crossings, the breach and the due instant. Rendered as text and as SVG. Immutable.
/// </summary>
internal sealed class SlaTimeline
{
    public const int MinWidth = 20;
    public const int MaxWidth = 200;
    public const int DefaultWidth = 60;

    public const char Counting = '=';
    public const char OutsideHours = '-';
    public const char Paused = '.';
    public const char Breached = '#';
    public const char Idle = ' ';

    private const string Legend = "= counting working time   - running outside working hours   . paused   # counting after the breach   ^ threshold   X breach   D due";

    private SlaTimeline(Instant start, Instant end, string bar, SlaStatus status, IReadOnlyList<SlaThresholdCrossing> crossings, string target)
    {
        Start = start;
        End = end;
        Bar = bar;
        Status = status;
        Crossings = crossings;
        Target = target;
    }

    public Instant Start { get; }

    public Instant End { get; }

    /// <summary>One character per column (see the constants).</summary>
    public string Bar { get; }

    /// <summary>The clock's status at <see cref="End"/>.</summary>
    public SlaStatus Status { get; }

    public IReadOnlyList<SlaThresholdCrossing> Crossings { get; }

    public string Target { get; }

    public int Width => Bar.Length;

    public static SlaTimeline Of(SlaLog log, Instant? end, int width)
    {
        SlaClock clock = log.Clock;
        Instant start = log.Events[0].At;
        Instant last = clock.LastEventAt;
        Instant chartEnd;
        if (end is not null)
        {
            chartEnd = end.Value;
        }
        else
        {
            SlaStatus atLast = clock.Evaluate(last);
            chartEnd = atLast.IsActive && !atLast.IsPaused && atLast.DueAt is { } due && due > last ? due : last;
            if (chartEnd <= start)
            {
                chartEnd = start + Duration.FromHours(1);
            }
        }

        if (chartEnd <= start)
        {
            return new SlaTimeline(start, chartEnd, string.Empty, clock.Evaluate(start), Array.Empty<SlaThresholdCrossing>(), clock.Target.Describe());
        }

        SlaStatus status = clock.Evaluate(chartEnd);
        IReadOnlyList<SlaThresholdCrossing> crossings = clock.ThresholdCrossings(chartEnd);
        List<SlaSegment> segments = clock.Cycles.SelectMany(c => c.Segments).ToList();
        List<SlaPause> pauses = clock.Cycles.SelectMany(c => c.Pauses).ToList();
        Duration span = chartEnd - start;
        var bar = new StringBuilder(width);
        for (int column = 0; column < width; column++)
        {
            Instant t = start + (span * (column + 0.5) / width);
            bar.Append(Classify(t, segments, pauses, log.Calendars, status.BreachedAt));
        }

        return new SlaTimeline(start, chartEnd, bar.ToString(), status, crossings, clock.Target.Describe());
    }

    private static char Classify(Instant t, List<SlaSegment> segments, List<SlaPause> pauses, IReadOnlyDictionary<string, BusinessCalendar> calendars, Instant? breachedAt)
    {
        SlaSegment? segment = segments.FirstOrDefault(s => s.Start <= t && (s.End is null || t < s.End.Value));
        if (segment is not null)
        {
            bool working = calendars.TryGetValue(segment.CalendarId, out BusinessCalendar? calendar) && calendar.IsWorking(t);
            return !working ? OutsideHours : breachedAt is { } b && t >= b ? Breached : Counting;
        }

        return pauses.Any(p => p.Start <= t && (p.End is null || t < p.End.Value)) ? Paused : Idle;
    }

    /// <summary>The column an instant falls in, or -1 outside the chart.</summary>
    public int ColumnOf(Instant at)
    {
        if (at < Start || at > End || Width == 0)
        {
            return -1;
        }

        long column = (long)((at - Start).TotalNanoseconds / (End - Start).TotalNanoseconds * Width);
        return (int)Math.Min(column, Width - 1);
    }

    private List<(int Column, char Mark, string What, Instant At)> Marks()
    {
        var marks = new List<(int Column, char Mark, string What, Instant At)>();
        foreach (SlaThresholdCrossing crossing in Crossings)
        {
            marks.Add((ColumnOf(crossing.At), '^', $"{Text.Number(crossing.Percent)} % of the target used", crossing.At));
        }

        if (Status.BreachedAt is { } breach)
        {
            marks.Add((ColumnOf(breach), 'X', "breach", breach));
        }
        else if (Status.DueAt is { } due)
        {
            marks.Add((ColumnOf(due), 'D', "due", due));
        }

        return marks;
    }

    public void WriteText(TextWriter output, DateTimeZone zone)
    {
        Duration column = (End - Start) / Width;
        output.WriteLine($"SLA timeline: target {Target}; state at the end {Status.State}, elapsed {Text.Duration(Status.Elapsed)} of {Text.Duration(Status.Target)}");
        output.WriteLine($"from {Text.Instant(Start, zone)} to {Text.Instant(End, zone)}; one column = {Text.Duration(column)}");
        output.WriteLine("|" + Bar + "|");
        char[] line = new string(' ', Width).ToCharArray();
        List<(int Column, char Mark, string What, Instant At)> marks = Marks();
        foreach ((int col, char mark, _, _) in marks.Where(m => m.Column >= 0))
        {
            line[col] = line[col] == ' ' || mark == 'X' ? mark : line[col];
        }

        output.WriteLine(("|" + new string(line)).TrimEnd());
        output.WriteLine(Legend);
        if (marks.Count > 0)
        {
            var table = new TextTable("MARK", "AT", "WHAT");
            foreach ((_, char mark, string what, Instant at) in marks)
            {
                table.Add(mark.ToString(), Text.Instant(at, zone), what);
            }

            table.WriteTo(output);
        }
    }

    public void WriteJson(Utf8JsonWriter w)
    {
        w.WriteStartObject();
        w.Instant("start", Start);
        w.Instant("end", End);
        w.WriteString("target", Target);
        w.WriteString("bar", Bar);
        w.WriteStartArray("thresholdCrossings");
        foreach (SlaThresholdCrossing crossing in Crossings)
        {
            w.WriteStartObject();
            w.WriteNumber("percent", crossing.Percent);
            w.Instant("at", crossing.At);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WritePropertyName("status");
        w.WriteStartObject();
        SlaCommands.WriteStatus(w, Status);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    public string ToSvg(DateTimeZone zone)
    {
        const int cell = 12;
        const int left = 20;
        const int top = 50;
        const int barHeight = 30;
        int width = (Width * cell) + (2 * left);
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"190\" viewBox=\"0 0 {width} 190\" font-family=\"sans-serif\" font-size=\"12\">\n");
        svg.Append(CultureInfo.InvariantCulture, $"  <title>SLA timeline: {Escape(Target)}</title>\n");
        svg.Append(CultureInfo.InvariantCulture, $"  <text x=\"{left}\" y=\"20\">SLA {Escape(Target)}: {Status.State}, elapsed {Escape(Text.Duration(Status.Elapsed))} of {Escape(Text.Duration(Status.Target))}</text>\n");
        int runStart = 0;
        for (int i = 1; i <= Width; i++)
        {
            if (i < Width && Bar[i] == Bar[runStart])
            {
                continue;
            }

            string? fill = Bar[runStart] switch
            {
                Counting => "#2e7d32",
                OutsideHours => "#c8e6c9",
                Paused => "#ffb300",
                Breached => "#c62828",
                _ => null,
            };
            if (fill is not null)
            {
                svg.Append(CultureInfo.InvariantCulture, $"  <rect x=\"{left + (runStart * cell)}\" y=\"{top}\" width=\"{(i - runStart) * cell}\" height=\"{barHeight}\" fill=\"{fill}\"><title>{Kind(Bar[runStart])}</title></rect>\n");
            }

            runStart = i;
        }

        svg.Append(CultureInfo.InvariantCulture, $"  <rect x=\"{left}\" y=\"{top}\" width=\"{Width * cell}\" height=\"{barHeight}\" fill=\"none\" stroke=\"#333\"/>\n");
        foreach ((int column, char mark, string what, Instant at) in Marks().Where(m => m.Column >= 0))
        {
            string colour = mark switch { 'X' => "#b71c1c", 'D' => "#1565c0", _ => "#ef6c00" };
            int x = left + (column * cell) + (cell / 2);
            svg.Append(CultureInfo.InvariantCulture, $"  <line x1=\"{x}\" y1=\"{top - 8}\" x2=\"{x}\" y2=\"{top + barHeight + 8}\" stroke=\"{colour}\" stroke-width=\"2\"><title>{Escape(what)} at {Escape(Text.Instant(at, zone))}</title></line>\n");
            svg.Append(CultureInfo.InvariantCulture, $"  <text x=\"{x}\" y=\"{top + barHeight + 22}\" fill=\"{colour}\" text-anchor=\"middle\">{mark}</text>\n");
        }

        svg.Append(CultureInfo.InvariantCulture, $"  <text x=\"{left}\" y=\"{top + barHeight + 45}\">{Escape(Text.Instant(Start, zone))}</text>\n");
        svg.Append(CultureInfo.InvariantCulture, $"  <text x=\"{width - left}\" y=\"{top + barHeight + 45}\" text-anchor=\"end\">{Escape(Text.Instant(End, zone))}</text>\n");
        svg.Append(CultureInfo.InvariantCulture, $"  <text x=\"{left}\" y=\"{top + barHeight + 70}\" font-size=\"10\">{Escape(Legend)}</text>\n");
        svg.Append("</svg>\n");
        return svg.ToString();
    }

    private static string Kind(char c) => c switch
    {
        Counting => "counting working time",
        OutsideHours => "running outside working hours",
        Paused => "paused",
        Breached => "counting after the breach",
        _ => "not running",
    };

    private static string Escape(string text) => SecurityElement.Escape(text) ?? string.Empty;
}
