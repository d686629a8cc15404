using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.Json;
using ItsmCore.Calendars;
using ItsmCore.Primitives;
using ItsmCore.Sla;
using NodaTime;
using NodaTime.Text;

namespace ItsmCore.Changes.Serialization;

/// <summary>
/// The per-item properties of a document's <c>settings</c> entries, one row per <see cref="ScheduleSettings"/> map:
/// its JSON name, how it is read (into a function that adds it to the settings), written and compared. A new
/// schedule setting is one more row here; the reader, the writer and the document's equality take it from the table.
/// </summary>
internal static class ScheduleSettingProperties
{
    /// <summary>The longest duration the format accepts anywhere (lead times, allowances, outages): 366 days.</summary>
    public static readonly Duration MaxDuration = Duration.FromDays(366);

    public static readonly Row[] Rows =
    {
        CalendarRow("maintenanceWindow", s => s.MaintenanceWindows, (s, item, c) => s.WithMaintenanceWindow(item, c)),
        CalendarRow("serviceHours", s => s.ServiceHours, (s, item, c) => s.WithServiceHours(item, c)),
        new(
            "outageAllowance",
            s => s.OutageAllowances.Keys,
            (input, _, e, path) => input.Duration(e, "outageAllowance", path, MaxDuration) is { } d ? (s, item) => s.WithOutageAllowance(item, d) : null,
            (w, s, item) => w.WriteString("outageAllowance", DurationPattern.Roundtrip.Format(s.OutageAllowances[item])),
            (a, b) => SameMap(a.OutageAllowances, b.OutageAllowances)),
        new(
            "availabilityBudget",
            s => s.AvailabilityBudgets.Keys,
            (input, _, e, path) => input.Percent(e, "availabilityBudget", path) is { } p ? (s, item) => s.WithAvailabilityBudget(item, AvailabilityTarget.FromPercent(p)) : null,
            (w, s, item) => w.WriteNumber("availabilityBudget", s.AvailabilityBudgets[item].Percent),
            (a, b) => SameMap(a.AvailabilityBudgets, b.AvailabilityBudgets)),
        new(
            "freezePolicy",
            s => s.FreezePolicies.Keys,
            (input, _, e, path) => ReadPolicy(input, e, path),
            (w, s, item) =>
            {
                w.WriteStartArray("freezePolicy");
                foreach (ChangeClass c in s.FreezePolicies[item].Stopped)
                {
                    w.WriteStringValue(c.Name);
                }

                w.WriteEndArray();
            },
            (a, b) => SameMap(a.FreezePolicies, b.FreezePolicies)),
    };

    /// <summary>The JSON names of a settings entry: <c>item</c> and every row's.</summary>
    public static readonly string[] EntryProperties = new[] { "item" }.Concat(Rows.Select(r => r.Name)).ToArray();

    /// <summary>Every item with at least one setting, ordered by id (ordinal).</summary>
    public static IEnumerable<ConfigurationItemId> Items(ScheduleSettings settings) =>
        Rows.SelectMany(r => r.Keys(settings)).Distinct().OrderBy(i => i.Value, StringComparer.Ordinal);

    /// <summary>Every calendar the settings use, with its owner for messages.</summary>
    public static IEnumerable<(string Owner, BusinessCalendar Calendar)> Calendars(ScheduleSettings settings) =>
        settings.MaintenanceWindows.Select(p => ($"the maintenance window of '{p.Key}'", p.Value))
            .Concat(settings.ServiceHours.Select(p => ($"the service hours of '{p.Key}'", p.Value)));

    /// <summary>Whether two settings hold equal values in every row (the error-budget port is not compared).</summary>
    public static bool Equal(ScheduleSettings a, ScheduleSettings b) => ReferenceEquals(a, b) || Rows.All(r => r.Equal(a, b));

    private static Row CalendarRow(
        string name,
        Func<ScheduleSettings, ImmutableDictionary<ConfigurationItemId, BusinessCalendar>> map,
        Func<ScheduleSettings, ConfigurationItemId, BusinessCalendar, ScheduleSettings> with) =>
        new(
            name,
            s => map(s).Keys,
            (input, calendars, e, path) =>
            {
                string? id = input.Id(e, name, path);
                if (id is null)
                {
                    return null;
                }

                if (!calendars.TryGetValue(id, out BusinessCalendar? calendar))
                {
                    input.Problem(path + "." + name, $"calendar '{id}' is not in $.calendars");
                    return null;
                }

                return (s, item) => with(s, item, calendar);
            },
            (w, s, item) => w.WriteString(name, map(s)[item].Id),
            (a, b) => SameMap(map(a), map(b)));

    private static Func<ScheduleSettings, ConfigurationItemId, ScheduleSettings>? ReadPolicy(JsonInput input, JsonElement e, string path)
    {
        List<string>? names = input.Strings(e, "freezePolicy", path, id: false);
        if (names is null)
        {
            return null;
        }

        var policy = new FreezePolicy(names.Select(n => new ChangeClass(n)));
        return (s, item) => s.WithFreezePolicy(item, policy);
    }

    private static bool SameMap<T>(ImmutableDictionary<ConfigurationItemId, T> a, ImmutableDictionary<ConfigurationItemId, T> b) =>
        a.Count == b.Count && a.All(p => b.TryGetValue(p.Key, out T? other) && EqualityComparer<T>.Default.Equals(p.Value, other));

    /// <summary>One setting.</summary>
    /// <param name="Name">Its JSON property name.</param>
    /// <param name="Keys">The items that have it.</param>
    /// <param name="Read">Reads the property of an entry (present) into a function adding it for an item; null after a reported problem.</param>
    /// <param name="Write">Writes the property of an item that has it.</param>
    /// <param name="Equal">Whether two settings hold the same values for it.</param>
    internal sealed record Row(
        string Name,
        Func<ScheduleSettings, IEnumerable<ConfigurationItemId>> Keys,
        Func<JsonInput, IReadOnlyDictionary<string, BusinessCalendar>, JsonElement, string, Func<ScheduleSettings, ConfigurationItemId, ScheduleSettings>?> Read,
        Action<Utf8JsonWriter, ScheduleSettings, ConfigurationItemId> Write,
        Func<ScheduleSettings, ScheduleSettings, bool> Equal);
}
