using System;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace ItsmCore.Serialization;

/// <summary>
/// Strictness checks shared by the JSON readers of the packages (compiled into each package that reads JSON, so
/// that each throws its own documented exception): parsing with the reader's options, and one walk over a parsed
/// document that finds text System.Text.Json accepts but cannot turn into a .NET string (an escaped unpaired
/// surrogate such as <c>"\ud800"</c>, in a value or a property name) and duplicate property names. After the walk,
/// every <see cref="JsonElement.GetString"/> and <see cref="JsonProperty.Name"/> of the document succeeds.
/// </summary>
internal static class JsonTextCheck
{
    /// <summary>The nesting the readers accept; deeper documents are rejected while parsing (no reader format needs more than 8).</summary>
    public const int MaxDepth = 64;

    /// <summary>Parses <paramref name="json"/>; on failure, returns null and the reason in <paramref name="error"/>.</summary>
    public static JsonDocument? TryParse(string json, out string? error)
    {
        try
        {
            error = null;
            return JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = MaxDepth });
        }
        catch (JsonException e)
        {
            error = "not valid JSON: " + e.Message;
        }
        catch (ArgumentException e)
        {
            // An unpaired surrogate char in the .NET string itself cannot be transcoded to UTF-8.
            error = "not valid JSON text: " + e.Message;
        }

        return null;
    }

    /// <summary>
    /// The path and reason of the first string or property name that is not valid UTF-16 text or of the first
    /// duplicate property, in document order; null when there is none.
    /// </summary>
    /// <remarks>
    /// Allocation-free for the usual document: text without escapes was validated as UTF-8 by the parser, so only
    /// escaped text is decoded; duplicate names are found by comparing with the earlier names of the object (a set
    /// of names for objects with more than <see cref="LinearNameSearchLimit"/> properties, so that nothing is
    /// quadratic); the path is built only for a problem, while the recursion unwinds.
    /// </remarks>
    public static (string Path, string Reason)? FindProblem(JsonElement element, string path)
    {
        if (Find(element) is not { } problem)
        {
            return null;
        }

        problem.Segments.Reverse();
        return (path + string.Concat(problem.Segments), problem.Reason);
    }

    /// <summary>Up to this many properties, a duplicate is found by comparing with each earlier name.</summary>
    private const int LinearNameSearchLimit = 16;

    private const string UnpairedSurrogate = "an unpaired surrogate (a \\uD800-\\uDFFF escape without its pair)";

    private static Problem? Find(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                return FindInObject(element);
            case JsonValueKind.Array:
                int i = 0;
                foreach (JsonElement item in element.EnumerateArray())
                {
                    if (Find(item) is { } problem)
                    {
                        problem.Segments.Add(string.Create(CultureInfo.InvariantCulture, $"[{i}]"));
                        return problem;
                    }

                    i++;
                }

                return null;
            case JsonValueKind.String:
                return JsonMarshal.GetRawUtf8Value(element).IndexOf((byte)'\\') < 0 || TryGetString(element)
                    ? null
                    : new Problem("the string contains " + UnpairedSurrogate);
            default:
                return null;
        }
    }

    private static Problem? FindInObject(JsonElement element)
    {
        HashSet<string>? names = null;
        int index = 0;
        foreach (JsonProperty property in element.EnumerateObject())
        {
            if (JsonMarshal.GetRawUtf8PropertyName(property).IndexOf((byte)'\\') >= 0 && !TryGetName(property))
            {
                return new Problem(string.Create(CultureInfo.InvariantCulture, $"the name of property {index} contains {UnpairedSurrogate}"));
            }

            if (index == LinearNameSearchLimit)
            {
                names = new HashSet<string>(StringComparer.Ordinal);
                foreach (JsonProperty earlier in element.EnumerateObject())
                {
                    if (names.Count == index)
                    {
                        break;
                    }

                    names.Add(earlier.Name);
                }
            }

            if (names is null ? AppearsEarlier(element, property, index) : !names.Add(property.Name))
            {
                var duplicate = new Problem($"property '{property.Name}' appears twice");
                duplicate.Segments.Add("." + property.Name);
                return duplicate;
            }

            if (Find(property.Value) is { } problem)
            {
                problem.Segments.Add("." + property.Name);
                return problem;
            }

            index++;
        }

        return null;
    }

    /// <summary>Whether one of the first <paramref name="count"/> properties of the object has the property's name.</summary>
    private static bool AppearsEarlier(JsonElement element, JsonProperty property, int count)
    {
        int i = 0;
        foreach (JsonProperty earlier in element.EnumerateObject())
        {
            if (i++ == count)
            {
                return false;
            }

            ReadOnlySpan<byte> raw = JsonMarshal.GetRawUtf8PropertyName(earlier);
            if (raw.IndexOf((byte)'\\') < 0 ? property.NameEquals(raw) : property.NameEquals(earlier.Name))
            {
                return true;
            }
        }

        return false;
    }

    private static bool TryGetName(JsonProperty property)
    {
        try
        {
            _ = property.Name;
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static bool TryGetString(JsonElement element)
    {
        try
        {
            _ = element.GetString();
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>A problem found, with the path segments from it up to the element the search started at (innermost first).</summary>
    private sealed class Problem
    {
        public Problem(string reason) => Reason = reason;

        public string Reason { get; }

        public List<string> Segments { get; } = new();
    }
}
