using System;
using System.Collections.Generic;
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
    public static (string Path, string Reason)? FindProblem(JsonElement element, string path)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var seen = new HashSet<string>(StringComparer.Ordinal);
                int index = 0;
                foreach (JsonProperty property in element.EnumerateObject())
                {
                    if (!TryGetName(property, out string? name))
                    {
                        return (path, $"the name of property {index} contains an unpaired surrogate (a \\uD800-\\uDFFF escape without its pair)");
                    }

                    string propertyPath = path + "." + name;
                    if (!seen.Add(name))
                    {
                        return (propertyPath, $"property '{name}' appears twice");
                    }

                    if (FindProblem(property.Value, propertyPath) is { } problem)
                    {
                        return problem;
                    }

                    index++;
                }

                return null;
            case JsonValueKind.Array:
                int i = 0;
                foreach (JsonElement item in element.EnumerateArray())
                {
                    if (FindProblem(item, $"{path}[{i++}]") is { } problem)
                    {
                        return problem;
                    }
                }

                return null;
            case JsonValueKind.String:
                return TryGetString(element) ? null : (path, "the string contains an unpaired surrogate (a \\uD800-\\uDFFF escape without its pair)");
            default:
                return null;
        }
    }

    private static bool TryGetName(JsonProperty property, out string name)
    {
        try
        {
            name = property.Name;
            return true;
        }
        catch (InvalidOperationException)
        {
            name = string.Empty;
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
}
