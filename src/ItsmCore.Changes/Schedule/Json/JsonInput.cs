using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using ItsmCore.Calendars;
using ItsmCore.Primitives;
using NodaTime;
using NodaTime.Text;

namespace ItsmCore.Changes.Serialization;

/// <summary>
/// Strict reading of parsed JSON with every problem collected (path and reason): each helper reports what is wrong
/// with one value and returns null for it, so a reader goes on and reports the rest.
/// </summary>
internal sealed class JsonInput
{
    private static readonly LocalTimePattern TimePattern = LocalTimePattern.CreateWithInvariantCulture("HH':'mm");

    public List<ChangeScheduleFormatProblem> Problems { get; } = new();

    public int Count => Problems.Count;

    public void Problem(string path, string reason) => Problems.Add(new ChangeScheduleFormatProblem(path, reason));

    public static string Kind(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => e.ValueKind.ToString().ToLowerInvariant(),
    };

    /// <summary>
    /// Reports every string and property name that is not valid UTF-16 (an unpaired surrogate escape), so the readers
    /// below never meet one. Recursion is bounded by the parser's depth limit.
    /// </summary>
    public void CheckText(JsonElement e, string path)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.String:
                if (!Valid(() => e.GetString()))
                {
                    Problem(path, "the string is not valid UTF-16 (an unpaired surrogate)");
                }

                break;
            case JsonValueKind.Array:
                int i = 0;
                foreach (JsonElement item in e.EnumerateArray())
                {
                    CheckText(item, $"{path}[{i++}]");
                }

                break;
            case JsonValueKind.Object:
                int n = 0;
                foreach (JsonProperty property in e.EnumerateObject())
                {
                    if (!Valid(() => property.Name))
                    {
                        Problem($"{path}.<property {n}>", "the property name is not valid UTF-16 (an unpaired surrogate)");
                    }
                    else
                    {
                        CheckText(property.Value, path + "." + property.Name);
                    }

                    n++;
                }

                break;
        }
    }

    private static bool Valid(Func<string?> read)
    {
        try
        {
            _ = read();
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>Checks an object: unknown and repeated properties, and the required ones; false when it is no object.</summary>
    public bool Object(JsonElement e, string path, string[] allowed, params string[] required)
    {
        if (e.ValueKind != JsonValueKind.Object)
        {
            Problem(path, $"expected an object, got {Kind(e)}");
            return false;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (JsonProperty property in e.EnumerateObject())
        {
            if (!allowed.Contains(property.Name, StringComparer.Ordinal))
            {
                Problem(path + "." + property.Name, $"unknown property (expected {string.Join(", ", allowed)})");
            }
            else if (!seen.Add(property.Name))
            {
                Problem(path + "." + property.Name, "the property appears twice");
            }
        }

        foreach (string name in required)
        {
            if (!e.TryGetProperty(name, out _))
            {
                Problem(path + "." + name, "required property is missing");
            }
        }

        return true;
    }

    /// <summary>Reads each element of an optional array property; absent gives an empty list, a non-array one null entry.</summary>
    public List<(string Path, T? Value)> List<T>(JsonElement parent, string name, string path, Func<JsonElement, string, T?> read)
        where T : class
    {
        var list = new List<(string, T?)>();
        if (!parent.TryGetProperty(name, out JsonElement array))
        {
            return list;
        }

        string p = path + "." + name;
        if (array.ValueKind != JsonValueKind.Array)
        {
            Problem(p, $"expected an array, got {Kind(array)}");
            list.Add((p, null));
            return list;
        }

        int i = 0;
        foreach (JsonElement element in array.EnumerateArray())
        {
            string ep = $"{p}[{i++}]";
            list.Add((ep, read(element, ep)));
        }

        return list;
    }

    public string? String(JsonElement e, string name, string path)
    {
        if (!e.TryGetProperty(name, out JsonElement value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            Problem(path + "." + name, $"expected a string, got {Kind(value)}");
            return null;
        }

        return value.GetString();
    }

    /// <summary>An id (CI, change): 1 to 100 characters, no white space or control characters.</summary>
    public string? Id(JsonElement e, string name, string path) => IdValue(String(e, name, path), path + "." + name);

    public string? IdValue(string? value, string path)
    {
        if (value is not null && !RecordIdText.IsValid(value))
        {
            Problem(path, $"'{Shorten(value)}' is not a valid id: 1 to {RecordIdText.MaxLength} characters, no white space or control characters");
            return null;
        }

        return value;
    }

    /// <summary>A text: not blank, not padded, at most <paramref name="maxLength"/> characters.</summary>
    public string? Text(JsonElement e, string name, string path, int maxLength) => TextValue(String(e, name, path), path + "." + name, maxLength);

    public string? TextValue(string? value, string path, int maxLength)
    {
        if (value is not null && (string.IsNullOrWhiteSpace(value) || value.Length > maxLength || value.Trim().Length != value.Length))
        {
            Problem(path, $"expected a text of 1 to {maxLength} characters, not blank and not padded with white space");
            return null;
        }

        return value;
    }

    /// <summary>An array of distinct texts (ids with <paramref name="id"/>, else texts of at most 200 characters).</summary>
    public List<string>? Strings(JsonElement e, string name, string path, bool id)
    {
        if (!e.TryGetProperty(name, out JsonElement array))
        {
            return new List<string>();
        }

        string p = path + "." + name;
        if (array.ValueKind != JsonValueKind.Array)
        {
            Problem(p, $"expected an array of strings, got {Kind(array)}");
            return null;
        }

        var list = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        bool ok = true;
        int i = 0;
        foreach (JsonElement element in array.EnumerateArray())
        {
            string ep = $"{p}[{i++}]";
            if (element.ValueKind != JsonValueKind.String)
            {
                Problem(ep, $"expected a string, got {Kind(element)}");
                ok = false;
                continue;
            }

            string? value = id ? IdValue(element.GetString(), ep) : TextValue(element.GetString(), ep, Ids.MaxLength);
            if (value is null)
            {
                ok = false;
            }
            else if (!seen.Add(value))
            {
                Problem(ep, $"'{Shorten(value)}' is given twice");
                ok = false;
            }
            else
            {
                list.Add(value);
            }
        }

        return ok ? list : null;
    }

    public int? Integer(JsonElement e, string name, string path, int min, int max)
    {
        if (!e.TryGetProperty(name, out JsonElement value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out int n) || n < min || n > max)
        {
            Problem(path + "." + name, string.Create(CultureInfo.InvariantCulture, $"expected a whole number from {min} to {max}"));
            return null;
        }

        return n;
    }

    public T? Enum<T>(JsonElement e, string name, string path, (T Value, string Name)[] table)
        where T : struct
    {
        string? value = String(e, name, path);
        if (value is null)
        {
            return null;
        }

        foreach ((T v, string n) in table)
        {
            if (n == value)
            {
                return v;
            }
        }

        Problem(path + "." + name, $"unknown value '{Shorten(value)}' (expected {string.Join(", ", table.Select(t => t.Name))})");
        return null;
    }

    public Instant? Instant(JsonElement e, string name, string path)
    {
        string? value = String(e, name, path);
        if (value is null)
        {
            return null;
        }

        ParseResult<Instant> result = InstantPattern.ExtendedIso.Parse(value);
        if (!result.Success || !value.EndsWith('Z'))
        {
            Problem(path + "." + name, $"'{Shorten(value)}' is not an instant (expected ISO-8601 UTC such as 2026-12-01T09:00:00Z)");
            return null;
        }

        if (result.Value < BusinessCalendar.MinSupportedInstant || result.Value >= BusinessCalendar.MaxSupportedInstant)
        {
            Problem(path + "." + name, $"'{Shorten(value)}' is outside the supported range 1900-01-01T00:00:00Z to 2150-01-01T00:00:00Z (exclusive)");
            return null;
        }

        return result.Value;
    }

    /// <summary>A duration in NodaTime's round-trip pattern (<c>0:00:10:00</c>), zero or more, at most <paramref name="max"/>.</summary>
    public Duration? Duration(JsonElement e, string name, string path, Duration max)
    {
        string? value = String(e, name, path);
        if (value is null)
        {
            return null;
        }

        ParseResult<Duration> result = DurationPattern.Roundtrip.Parse(value);
        if (!result.Success || result.Value < NodaTime.Duration.Zero || result.Value > max)
        {
            Problem(path + "." + name, $"'{Shorten(value)}' is not a duration from zero to {max.Days} days (expected days:hours:minutes:seconds such as 0:00:10:00)");
            return null;
        }

        return result.Value;
    }

    public LocalDate? Date(JsonElement e, string name, string path)
    {
        string? value = String(e, name, path);
        if (value is null)
        {
            return null;
        }

        ParseResult<LocalDate> result = LocalDatePattern.Iso.Parse(value);
        if (!result.Success)
        {
            Problem(path + "." + name, $"'{Shorten(value)}' is not a date (expected yyyy-MM-dd)");
            return null;
        }

        return result.Value;
    }

    public LocalTime? Time(JsonElement e, string name, string path)
    {
        string? value = String(e, name, path);
        if (value is null)
        {
            return null;
        }

        ParseResult<LocalTime> result = TimePattern.Parse(value);
        if (!result.Success)
        {
            Problem(path + "." + name, $"'{Shorten(value)}' is not a local time (expected HH:mm such as 14:00)");
            return null;
        }

        return result.Value;
    }

    /// <summary>Runs a constructor; an <see cref="ArgumentException"/> becomes a problem at <paramref name="path"/>.</summary>
    public T? Construct<T>(string path, Func<T> create)
        where T : class
    {
        try
        {
            return create();
        }
        catch (ArgumentException e)
        {
            Problem(path, FirstLine(e.Message));
            return null;
        }
    }

    public static string Shorten(string value) => value.Length <= 80 ? value : value[..77] + "...";

    private static string FirstLine(string message)
    {
        int end = message.IndexOf(" (Parameter '", StringComparison.Ordinal);
        return end < 0 ? message : message[..end];
    }
}
