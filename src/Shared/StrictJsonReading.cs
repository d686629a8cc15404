using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using ItsmCore.Primitives;
using NodaTime.Text;

namespace ItsmCore.Serialization;

/// <summary>
/// Strict reading of parsed JSON with every problem collected (compiled into each package whose reader collects
/// problems, so that each records them as its own documented problem type): each helper reports what is wrong with
/// one value through the reader's <c>problem</c> callback (path and reason) and returns null for it, so a reader goes
/// on and reports the rest. Not thread-safe (one per read).
/// </summary>
internal class StrictJsonReading
{
    private readonly Action<string, string> problem;
    private readonly Func<string, string> show;

    /// <summary>Reads with <paramref name="problem"/> recording a problem (path, reason) and <paramref name="show"/> quoting an input value in a reason.</summary>
    public StrictJsonReading(Action<string, string> problem, Func<string, string> show)
    {
        this.problem = problem;
        this.show = show;
    }

    /// <summary>The kind of a value as a reason names it ("an object", "a string"...).</summary>
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

    public void Problem(string path, string reason) => problem(path, reason);

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

        Required(e, path, required);
        return true;
    }

    /// <summary>Reports each of <paramref name="names"/> that the object lacks.</summary>
    public void Required(JsonElement e, string path, params string[] names)
    {
        foreach (string name in names)
        {
            if (!e.TryGetProperty(name, out _))
            {
                Problem(path + "." + name, "required property is missing");
            }
        }
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
            Problem(path, $"'{show(value)}' is not a valid id: 1 to {RecordIdText.MaxLength} characters, no white space or control characters");
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

    public bool? Boolean(JsonElement e, string name, string path)
    {
        if (!e.TryGetProperty(name, out JsonElement value))
        {
            return null;
        }

        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return value.GetBoolean();
        }

        Problem(path + "." + name, $"expected true or false, got {Kind(value)}");
        return null;
    }

    /// <summary>A string that names one entry of <paramref name="table"/>.</summary>
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

        Problem(path + "." + name, $"unknown value '{show(value)}' (expected {string.Join(", ", table.Select(t => t.Name))})");
        return null;
    }

    /// <summary>
    /// A string parsed by <paramref name="pattern"/> and accepted by <paramref name="valid"/> (when given); otherwise
    /// the problem "'value' is not <paramref name="what"/>".
    /// </summary>
    public T? Value<T>(JsonElement e, string name, string path, IPattern<T> pattern, string what, Func<T, bool>? valid = null)
        where T : struct
    {
        string? value = String(e, name, path);
        if (value is null)
        {
            return null;
        }

        ParseResult<T> result = pattern.Parse(value);
        if (!result.Success || (valid is not null && !valid(result.Value)))
        {
            Problem(path + "." + name, $"'{show(value)}' is not {what}");
            return null;
        }

        return result.Value;
    }

    public NodaTime.LocalDate? Date(JsonElement e, string name, string path) => Value(e, name, path, LocalDatePattern.Iso, "a date (expected yyyy-MM-dd)");

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
}
