using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;

namespace ItsmCore.Alerts.Serialization;

/// <summary>
/// The strict reading helpers of <see cref="AlertJson"/>: one object at a path, its allowed properties, and typed
/// reads that record a problem (path and reason) instead of throwing, so that a document's problems are all reported at
/// once. Each read of a missing or wrong value returns null and records why. Not thread-safe (one per read).
/// </summary>
internal sealed class JsonScope
{
    private readonly List<AlertFormatProblem> problems;
    private readonly JsonElement element;

    private JsonScope(List<AlertFormatProblem> problems, JsonElement element, string path)
    {
        this.problems = problems;
        this.element = element;
        Path = path;
    }

    public string Path { get; }

    /// <summary>The scope of an object at <paramref name="path"/>, or null (recorded) when the element is not an object or has properties outside <paramref name="allowed"/>.</summary>
    public static JsonScope? Object(List<AlertFormatProblem> problems, JsonElement element, string path, params string[] allowed)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            problems.Add(new AlertFormatProblem(path, $"expected an object, found {Kind(element)}"));
            return null;
        }

        foreach (JsonProperty p in element.EnumerateObject())
        {
            if (!allowed.Contains(p.Name, StringComparer.Ordinal))
            {
                problems.Add(new AlertFormatProblem(path + "." + p.Name, "unknown property (allowed: " + string.Join(", ", allowed) + ")"));
            }
        }

        return new JsonScope(problems, element, path);
    }

    public bool Has(string name) => element.TryGetProperty(name, out _);

    public JsonScope? Object(string name, params string[] allowed) =>
        Get(name, required: true) is { } e ? Object(problems, e, Path + "." + name, allowed) : null;

    public void Problem(string name, string reason) => problems.Add(new AlertFormatProblem(name.Length == 0 ? Path : Path + "." + name, reason));

    /// <summary>The array's items with their paths, or null (recorded when required or not an array).</summary>
    public IEnumerable<(JsonElement Item, string Path)>? Array(string name, bool required = true)
    {
        if (Get(name, required) is not { } e)
        {
            return null;
        }

        if (e.ValueKind != JsonValueKind.Array)
        {
            Problem(name, $"expected an array, found {Kind(e)}");
            return null;
        }

        return e.EnumerateArray().Select((item, i) => (item, string.Create(CultureInfo.InvariantCulture, $"{Path}.{name}[{i}]"))).ToArray();
    }

    public string? String(string name, bool required = true)
    {
        if (Get(name, required) is not { } e)
        {
            return null;
        }

        if (e.ValueKind != JsonValueKind.String)
        {
            Problem(name, $"expected a string, found {Kind(e)}");
            return null;
        }

        return e.GetString();
    }

    /// <summary>A name (1-200 characters, no white space at either end).</summary>
    public string? Name(string name, bool required = true) => Checked(name, String(name, required), AlertText.NameProblem);

    /// <summary>A message (at most 4,000 characters).</summary>
    public string? Message(string name, bool required = true) => Checked(name, String(name, required), AlertText.MessageProblem);

    public int? Int(string name, int min, int max, bool required = true)
    {
        if (Get(name, required) is not { } e)
        {
            return null;
        }

        if (e.ValueKind != JsonValueKind.Number || !e.TryGetInt32(out int value))
        {
            Problem(name, $"expected a whole number, found {Kind(e)}");
            return null;
        }

        if (value < min || value > max)
        {
            Problem(name, string.Create(CultureInfo.InvariantCulture, $"must be {min} to {max}"));
            return null;
        }

        return value;
    }

    public Instant? Instant(string name, bool required = true) =>
        String(name, required) is { } text ? Parse(name, InstantPattern.ExtendedIso.Parse(text), "an ISO-8601 UTC instant such as 2026-11-21T02:10:00Z") : null;

    public LocalDate? Date(string name, bool required = true) =>
        String(name, required) is { } text ? Parse(name, LocalDatePattern.Iso.Parse(text), "a date yyyy-MM-dd") : null;

    public Duration? Duration(string name, bool required = true) =>
        String(name, required) is { } text ? Parse(name, DurationPattern.Roundtrip.Parse(text), "a duration such as 0:00:30:00 (-D:hh:mm:ss.FFFFFFFFF)") : null;

    public T? Enum<T>(string name, IReadOnlyDictionary<string, T> names, bool required = true)
        where T : struct
    {
        if (String(name, required) is not { } text)
        {
            return null;
        }

        if (names.TryGetValue(text, out T value))
        {
            return value;
        }

        Problem(name, $"unknown value '{text}' (one of: {string.Join(", ", names.Keys)})");
        return null;
    }

    private static string Kind(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };

    private T? Parse<T>(string name, ParseResult<T> parsed, string expected)
        where T : struct
    {
        if (parsed.Success)
        {
            return parsed.Value;
        }

        Problem(name, "expected " + expected);
        return null;
    }

    private string? Checked(string name, string? value, Func<string, string?> problem)
    {
        if (value is not null && problem(value) is { } reason)
        {
            Problem(name, "the value " + reason);
            return null;
        }

        return value;
    }

    private JsonElement? Get(string name, bool required)
    {
        if (element.TryGetProperty(name, out JsonElement e))
        {
            return e;
        }

        if (required)
        {
            Problem(name, "is required");
        }

        return null;
    }
}
