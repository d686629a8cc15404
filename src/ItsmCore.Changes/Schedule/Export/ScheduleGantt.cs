using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using ItsmCore.Primitives;
using NodaTime;
using NodaTime.Text;

namespace ItsmCore.Changes;

/// <summary>
/// Exports a change schedule as a Mermaid gantt chart: a section of blackouts, then one section per change class with
/// each change's window (its id, affected CIs and expected outage as the label); a change with a conflict is marked
/// critical (<c>crit</c>). Times are local times in the zone given. Pure and thread-safe.
/// </summary>
public static class ScheduleGantt
{
    private static readonly LocalDateTimePattern Pattern = LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd HH':'mm':'ss");

    /// <summary>The chart of <paramref name="changes"/> and <paramref name="blackouts"/>.</summary>
    /// <param name="changes">The changes (ordered here by window start, then id).</param>
    /// <param name="blackouts">The blackouts (ordered by start, then name).</param>
    /// <param name="conflicts">Conflicts whose changes are marked critical (for example <see cref="ChangeSchedule.AllConflicts"/>); empty for none.</param>
    /// <param name="zone">The zone whose local times the chart shows.</param>
    /// <param name="title">The chart's title.</param>
    /// <returns>The Mermaid text, one line per element, ending with a line break.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static string ToMermaid(IEnumerable<ScheduledChange> changes, IEnumerable<Blackout> blackouts, IEnumerable<ScheduleConflict> conflicts, DateTimeZone zone, string title = "Change schedule")
    {
        ArgumentNullException.ThrowIfNull(changes);
        ArgumentNullException.ThrowIfNull(blackouts);
        ArgumentNullException.ThrowIfNull(conflicts);
        ArgumentNullException.ThrowIfNull(zone);
        ArgumentNullException.ThrowIfNull(title);
        var conflicted = new HashSet<ChangeId>(conflicts.SelectMany(c => c.Changes));
        var text = new StringBuilder();
        text.Append("gantt\n");
        text.Append("    title ").Append(Label(title)).Append('\n');
        text.Append("    dateFormat YYYY-MM-DD HH:mm:ss\n");
        text.Append("    axisFormat %m-%d %H:%M\n");
        text.Append("    %% times in ").Append(zone.Id).Append("; crit = the change has a conflict\n");
        Blackout[] periods = blackouts.OrderBy(b => b.Period.Start).ThenBy(b => b.Name, StringComparer.Ordinal).ToArray();
        if (periods.Length > 0)
        {
            text.Append("    section Blackouts\n");
            for (int i = 0; i < periods.Length; i++)
            {
                Blackout b = periods[i];
                string scope = b.CoversEverything ? "everything" : string.Join(" ", b.Scope);
                Task(text, $"{b.Name} ({scope})", "crit", "b" + i.ToString(CultureInfo.InvariantCulture), b.Period, zone);
            }
        }

        ScheduledChange[] ordered = changes.OrderBy(c => c.Window.Start).ThenBy(c => c.Id.Value, StringComparer.Ordinal).ToArray();
        int n = 0;
        foreach (IGrouping<string, ScheduledChange> group in ordered.GroupBy(c => c.Class.Name).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            text.Append("    section ").Append(Label(group.Key)).Append('\n');
            foreach (ScheduledChange change in group)
            {
                string outage = change.ExpectedOutage == Duration.Zero ? string.Empty : $", outage {(long)change.ExpectedOutage.TotalMinutes} min";
                Task(text, $"{change.Id} {string.Join(" ", change.AffectedItems)}{outage}", conflicted.Contains(change.Id) ? "crit" : null, "c" + (n++).ToString(CultureInfo.InvariantCulture), change.Window, zone);
            }
        }

        return text.ToString();
    }

    private static void Task(StringBuilder text, string label, string? tag, string id, Interval period, DateTimeZone zone)
    {
        text.Append("    ").Append(Label(label)).Append(" :");
        if (tag is not null)
        {
            text.Append(tag).Append(", ");
        }

        text.Append(id).Append(", ")
            .Append(Pattern.Format(period.Start.InZone(zone).LocalDateTime)).Append(", ")
            .Append(Pattern.Format(period.End.InZone(zone).LocalDateTime)).Append('\n');
    }

    /// <summary>Mermaid gantt labels end at a colon and lines at a line break; '#' and ';' start entities and statements.</summary>
    private static string Label(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (char c in value)
        {
            builder.Append(c is ':' or '#' or ';' or '\n' or '\r' or '%' ? ' ' : c);
        }

        return builder.ToString();
    }
}
