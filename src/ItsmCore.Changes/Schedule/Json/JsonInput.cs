using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using ItsmCore.Calendars;
using ItsmCore.Primitives;
using ItsmCore.Serialization;
using NodaTime;
using NodaTime.Text;

namespace ItsmCore.Changes.Serialization;

/// <summary>
/// The strict JSON reading of the change schedule format: the shared helpers of <see cref="StrictJsonReading"/>
/// (values quoted in reasons are shortened) with the problems collected as <see cref="ChangeScheduleFormatProblem"/>,
/// and the schedule's own value readers (distinct id lists, whole numbers, instants in the calendars' range, durations,
/// local times).
/// </summary>
internal sealed class JsonInput : StrictJsonReading
{
    private static readonly LocalTimePattern TimePattern = LocalTimePattern.CreateWithInvariantCulture("HH':'mm");

    public JsonInput()
        : this(new List<ChangeScheduleFormatProblem>())
    {
    }

    private JsonInput(List<ChangeScheduleFormatProblem> problems)
        : base((path, reason) => problems.Add(new ChangeScheduleFormatProblem(path, reason)), Shorten) => Problems = problems;

    public List<ChangeScheduleFormatProblem> Problems { get; }

    public int Count => Problems.Count;

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

    /// <summary>A percentage as a JSON number: greater than 0 and at most 100 (an availability target such as 99.9).</summary>
    public decimal? Percent(JsonElement e, string name, string path)
    {
        if (!e.TryGetProperty(name, out JsonElement value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetDecimal(out decimal p) || p <= 0m || p > 100m)
        {
            Problem(path + "." + name, "expected a percentage (a number greater than 0 and at most 100, such as 99.9)");
            return null;
        }

        return p;
    }

    public Instant? Instant(JsonElement e, string name, string path)
    {
        Instant? value = Value(e, name, path, InstantPattern.ExtendedIso, "an instant (expected ISO-8601 UTC such as 2026-12-01T09:00:00Z)");
        if (value is { } v && (v < BusinessCalendar.MinSupportedInstant || v >= BusinessCalendar.MaxSupportedInstant))
        {
            Problem(path + "." + name, $"'{Shorten(e.GetProperty(name).GetString()!)}' is outside the supported range 1900-01-01T00:00:00Z to 2150-01-01T00:00:00Z (exclusive)");
            return null;
        }

        return value;
    }

    /// <summary>A duration in NodaTime's round-trip pattern (<c>0:00:10:00</c>), zero or more, at most <paramref name="max"/>.</summary>
    public Duration? Duration(JsonElement e, string name, string path, Duration max) =>
        Value(e, name, path, DurationPattern.Roundtrip, $"a duration from zero to {max.Days} days (expected days:hours:minutes:seconds such as 0:00:10:00)", d => d >= NodaTime.Duration.Zero && d <= max);

    public LocalTime? Time(JsonElement e, string name, string path) => Value(e, name, path, TimePattern, "a local time (expected HH:mm such as 14:00)");

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
