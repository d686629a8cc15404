using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using ItsmCore.Calendars;

namespace ItsmCore.Cli.Commands;

/// <summary>
/// Finds every problem of a calendar file, each with its JSON path. <see cref="BusinessCalendar.FromJson"/> stops at the
/// first problem, so a file that fails is split into independent pieces (the header, each weekday and each of its
/// intervals, the holiday sets, each holiday, exception and closure), each piece is read on its own by the library
/// inside a minimal calendar, and the paths it reports are put back where the piece came from. Problems that only
/// show between pieces (two exceptions on one date) are found by reading the whole file, which is always done.
/// Stateless and thread-safe.
/// </summary>
internal static class CalendarChecker
{
    private static readonly string[] ListProperties = { "holidays", "exceptions", "closures" };

    /// <summary>A problem: the JSON path and the reason.</summary>
    internal sealed record Problem(string Path, string Reason);

    /// <summary>Every problem found, in document order; empty when the calendar reads.</summary>
    public static IReadOnlyList<Problem> Check(string json)
    {
        CalendarFormatException whole;
        try
        {
            BusinessCalendar.FromJson(json);
            return System.Array.Empty<Problem>();
        }
        catch (CalendarFormatException e)
        {
            whole = e;
        }

        var problems = new List<Problem>();
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException)
        {
            return new[] { new Problem(whole.Path, whole.Reason) };
        }

        using (document)
        {
            JsonElement root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || root.TryGetProperty("operation", out _))
            {
                return new[] { new Problem(whole.Path, whole.Reason) };
            }

            // The header: id, time zone and any property the format does not know.
            string zone = root.TryGetProperty("timeZone", out JsonElement z) && z.ValueKind == JsonValueKind.String
                && NodaTime.DateTimeZoneProviders.Tzdb.GetZoneOrNull(z.GetString()!) is not null ? z.GetString()! : "UTC";
            var header = new List<JsonProperty>();
            foreach (JsonProperty p in root.EnumerateObject())
            {
                if (p.Name is not ("weekly" or "holidaySets" or "holidays" or "exceptions" or "closures"))
                {
                    header.Add(p);
                }
            }

            Probe(problems, Document(header.ToArray()), "$", "$");

            if (root.TryGetProperty("weekly", out JsonElement weekly))
            {
                CheckWeekly(problems, weekly, zone);
            }

            if (root.TryGetProperty("holidaySets", out JsonElement sets))
            {
                Probe(problems, Piece(zone, "holidaySets", sets), "$", "$");
            }

            foreach (string list in ListProperties)
            {
                if (!root.TryGetProperty(list, out JsonElement items))
                {
                    continue;
                }

                if (items.ValueKind != JsonValueKind.Array)
                {
                    Probe(problems, Piece(zone, list, items), "$", "$");
                    continue;
                }

                int index = 0;
                foreach (JsonElement item in items.EnumerateArray())
                {
                    Probe(problems, Piece(zone, list, InArray(item)), $"$.{list}[0]", $"$.{list}[{index}]");
                    index++;
                }
            }
        }

        if (!problems.Any(p => p.Path == whole.Path || whole.Path.StartsWith(p.Path + ".", StringComparison.Ordinal) || whole.Path.StartsWith(p.Path + "[", StringComparison.Ordinal)))
        {
            problems.Add(new Problem(whole.Path, whole.Reason));
        }

        return problems.Distinct().ToArray();
    }

    private static void CheckWeekly(List<Problem> problems, JsonElement weekly, string zone)
    {
        if (weekly.ValueKind != JsonValueKind.Object)
        {
            Probe(problems, Piece(zone, "weekly", weekly), "$", "$");
            return;
        }

        foreach (JsonProperty day in weekly.EnumerateObject())
        {
            int before = problems.Count;
            if (day.Value.ValueKind == JsonValueKind.Array)
            {
                int index = 0;
                foreach (JsonElement interval in day.Value.EnumerateArray())
                {
                    Probe(problems, Piece(zone, "weekly", Object(day.Name, InArray(interval))), $"$.weekly.{day.Name}[0]", $"$.weekly.{day.Name}[{index}]");
                    index++;
                }
            }

            if (problems.Count == before)
            {
                // Each interval reads alone; what is left is between them (overlaps) or the day itself (its name, its type).
                Probe(problems, Piece(zone, "weekly", Object(day.Name, day.Value)), "$", "$");
            }
        }
    }

    private static void Probe(List<Problem> problems, string json, string fromPrefix, string toPrefix)
    {
        try
        {
            BusinessCalendar.FromJson(json);
        }
        catch (CalendarFormatException e)
        {
            string path = e.Path.StartsWith(fromPrefix, StringComparison.Ordinal) ? toPrefix + e.Path[fromPrefix.Length..] : e.Path;
            problems.Add(new Problem(path, e.Reason));
        }
    }

    private static string Piece(string zone, string name, string valueJson) =>
        $"{{\"id\":\"check\",\"timeZone\":{JsonSerializer.Serialize(zone)},{JsonSerializer.Serialize(name)}:{valueJson}}}";

    private static string Piece(string zone, string name, JsonElement value) => Piece(zone, name, value.GetRawText());

    private static string InArray(JsonElement item) => "[" + item.GetRawText() + "]";

    private static string Object(string name, string valueJson) => "{" + JsonSerializer.Serialize(name) + ":" + valueJson + "}";

    private static string Object(string name, JsonElement value) => Object(name, value.GetRawText());

    private static string Document(JsonProperty[] properties)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            foreach (JsonProperty p in properties)
            {
                p.WriteTo(writer);
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
