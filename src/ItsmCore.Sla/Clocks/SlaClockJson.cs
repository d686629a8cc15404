using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;
using ItsmCore.Calendars;
using ItsmCore.Serialization;
using NodaTime;
using NodaTime.Text;

namespace ItsmCore.Sla;

/// <summary>
/// Reads and writes SLA clock event logs as JSON (System.Text.Json, camelCase), the form hosts persist:
/// <code>
/// { "events": [
///   { "kind": "started", "at": "2026-11-20T07:30:00Z",
///     "target": { "calendarId": "jp-office", "workingTime": "0:04:00:00" }, "thresholds": [50, 75, 90] },
///   { "kind": "paused", "at": "2026-11-20T08:00:00Z", "reason": "awaiting customer" },
///   { "kind": "resumed", "at": "2026-11-24T01:00:00Z" },
///   { "kind": "targetChanged", "at": "2026-11-24T02:00:00Z",
///     "target": { "calendarId": "24x7", "businessDays": 1, "dayEnd": "endOfBusinessDay" }, "policy": "keepStart" },
///   { "kind": "stopped", "at": "2026-11-24T03:00:00Z" } ] }
/// </code>
/// Instants are ISO-8601 UTC with up to nine fractional digits; durations are NodaTime round-trip patterns
/// (<c>-D:hh:mm:ss.FFFFFFFFF</c>); a target has <c>calendarId</c> and exactly one of <c>workingTime</c>,
/// <c>businessDays</c> (with <c>dayEnd</c>: <c>sameTimeOfDay</c> or <c>endOfBusinessDay</c>) or
/// <c>nextBusinessDayAt</c> (<c>HH:mm</c>). Reading is strict, as strict as the calendar reader: unknown, missing or
/// duplicate fields, wrong types and strings that are not valid text (unpaired surrogate escapes) are reported as
/// <see cref="SlaFormatException"/> with their JSON path. Thread-safe (stateless).
/// </summary>
public static class SlaClockJson
{
    private static readonly JsonWriterOptions WriterOptions = new() { Indented = false };

    /// <summary>Writes events as JSON.</summary>
    /// <param name="events">The events, oldest first.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="events"/> or one of them is null.</exception>
    public static string Write(IEnumerable<SlaClockEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("events");
            foreach (SlaClockEvent e in events)
            {
                ArgumentNullException.ThrowIfNull(e, nameof(events));
                WriteEvent(writer, e);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Reads events from JSON written by <see cref="Write"/>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The events, in order.</returns>
    /// <exception cref="SlaFormatException">The JSON is malformed; the exception names the path and the reason.</exception>
    public static IReadOnlyList<SlaClockEvent> ReadEvents(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        using JsonDocument document = JsonTextCheck.TryParse(json, out string? error) ?? throw new SlaFormatException("$", error!);
        if (JsonTextCheck.FindProblem(document.RootElement, "$") is { } problem)
        {
            throw new SlaFormatException(problem.Path, problem.Reason);
        }

        JsonElement root = document.RootElement;
        ExpectObject(root, "$", "events");
        JsonElement list = Required(root, "$", "events");
        if (list.ValueKind != JsonValueKind.Array)
        {
            throw new SlaFormatException("$.events", "must be an array");
        }

        var result = new List<SlaClockEvent>();
        int index = 0;
        foreach (JsonElement item in list.EnumerateArray())
        {
            result.Add(ReadEvent(item, $"$.events[{index++}]"));
        }

        return result;
    }

    /// <summary>Reads a clock: its events from JSON, replayed with calendars from <paramref name="calendars"/>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="calendars">Where calendars are found by id and instant.</param>
    /// <returns>The clock.</returns>
    /// <exception cref="SlaFormatException">The JSON is malformed.</exception>
    /// <exception cref="SlaClockCommandException">The events are out of order.</exception>
    /// <exception cref="KeyNotFoundException">A calendar id is unknown.</exception>
    public static SlaClock ReadClock(string json, IBusinessCalendarProvider calendars) => SlaClock.Replay(ReadEvents(json), calendars);

    private static void WriteEvent(Utf8JsonWriter writer, SlaClockEvent e)
    {
        writer.WriteStartObject();
        writer.WriteString("kind", KindName(e.Kind));
        writer.WriteString("at", InstantPattern.ExtendedIso.Format(e.At));
        if (e.Target is { } target)
        {
            writer.WritePropertyName("target");
            writer.WriteStartObject();
            writer.WriteString("calendarId", target.CalendarId);
            switch (target.Kind)
            {
                case SlaTargetKind.WorkingTime:
                    writer.WriteString("workingTime", DurationPattern.Roundtrip.Format(target.WorkingTime));
                    break;
                case SlaTargetKind.BusinessDays:
                    writer.WriteNumber("businessDays", target.BusinessDays);
                    writer.WriteString("dayEnd", target.DayEnd == BusinessDayEnd.SameTimeOfDay ? "sameTimeOfDay" : "endOfBusinessDay");
                    break;
                default:
                    writer.WriteString("nextBusinessDayAt", SlaTarget.FormatTime(target.TimeOfDay));
                    break;
            }

            writer.WriteEndObject();
        }

        if (e.Thresholds is { } thresholds)
        {
            writer.WriteStartArray("thresholds");
            foreach (decimal p in thresholds.Percents)
            {
                writer.WriteNumberValue(p);
            }

            writer.WriteEndArray();
        }

        if (e.Reason is not null)
        {
            writer.WriteString("reason", e.Reason);
        }

        if (e.Policy is { } policy)
        {
            writer.WriteString("policy", policy switch
            {
                SlaTargetChangePolicy.KeepStart => "keepStart",
                SlaTargetChangePolicy.Restart => "restart",
                _ => "keepPercentConsumed",
            });
        }

        writer.WriteEndObject();
    }

    private static SlaClockEvent ReadEvent(JsonElement item, string path)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            throw new SlaFormatException(path, "must be an object");
        }

        string kindText = String(Required(item, path, "kind"), path + ".kind");
        SlaClockEventKind kind = kindText switch
        {
            "started" => SlaClockEventKind.Started,
            "paused" => SlaClockEventKind.Paused,
            "resumed" => SlaClockEventKind.Resumed,
            "stopped" => SlaClockEventKind.Stopped,
            "cancelled" => SlaClockEventKind.Cancelled,
            "targetChanged" => SlaClockEventKind.TargetChanged,
            _ => throw new SlaFormatException(path + ".kind", $"unknown event kind '{kindText}' (started, paused, resumed, stopped, cancelled, targetChanged)"),
        };
        string[] allowed = kind switch
        {
            SlaClockEventKind.Started => new[] { "kind", "at", "target", "thresholds" },
            SlaClockEventKind.TargetChanged => new[] { "kind", "at", "target", "policy" },
            SlaClockEventKind.Paused or SlaClockEventKind.Cancelled => new[] { "kind", "at", "reason" },
            _ => new[] { "kind", "at" },
        };
        ExpectObject(item, path, allowed);
        Instant at = ParseInstant(Required(item, path, "at"), path + ".at");
        try
        {
            switch (kind)
            {
                case SlaClockEventKind.Started:
                    return SlaClockEvent.Started(at, ReadTarget(Required(item, path, "target"), path + ".target"), ReadThresholds(item, path));
                case SlaClockEventKind.TargetChanged:
                    string policyText = String(Required(item, path, "policy"), path + ".policy");
                    SlaTargetChangePolicy policy = policyText switch
                    {
                        "keepStart" => SlaTargetChangePolicy.KeepStart,
                        "restart" => SlaTargetChangePolicy.Restart,
                        "keepPercentConsumed" => SlaTargetChangePolicy.KeepPercentConsumed,
                        _ => throw new SlaFormatException(path + ".policy", $"unknown policy '{policyText}' (keepStart, restart, keepPercentConsumed)"),
                    };
                    return SlaClockEvent.TargetChanged(at, ReadTarget(Required(item, path, "target"), path + ".target"), policy);
                case SlaClockEventKind.Paused:
                    return SlaClockEvent.Paused(at, OptionalString(item, path, "reason"));
                case SlaClockEventKind.Cancelled:
                    return SlaClockEvent.Cancelled(at, OptionalString(item, path, "reason"));
                case SlaClockEventKind.Resumed:
                    return SlaClockEvent.Resumed(at);
                default:
                    return SlaClockEvent.Stopped(at);
            }
        }
        catch (ArgumentException ex) when (ex is not ArgumentNullException)
        {
            throw new SlaFormatException(path + (ex.ParamName == "reason" ? ".reason" : string.Empty), FirstSentence(ex.Message));
        }
    }

    private static SlaTarget ReadTarget(JsonElement element, string path)
    {
        ExpectObject(element, path, "calendarId", "workingTime", "businessDays", "dayEnd", "nextBusinessDayAt");
        string calendarId = String(Required(element, path, "calendarId"), path + ".calendarId");
        bool hasWorking = element.TryGetProperty("workingTime", out JsonElement working);
        bool hasDays = element.TryGetProperty("businessDays", out JsonElement days);
        bool hasNext = element.TryGetProperty("nextBusinessDayAt", out JsonElement next);
        if ((hasWorking ? 1 : 0) + (hasDays ? 1 : 0) + (hasNext ? 1 : 0) != 1)
        {
            throw new SlaFormatException(path, "a target needs exactly one of workingTime, businessDays or nextBusinessDayAt");
        }

        if (!hasDays && element.TryGetProperty("dayEnd", out _))
        {
            throw new SlaFormatException(path + ".dayEnd", "dayEnd belongs to a businessDays target");
        }

        try
        {
            if (hasWorking)
            {
                string text = String(working, path + ".workingTime");
                ParseResult<Duration> parsed = DurationPattern.Roundtrip.Parse(text);
                return parsed.Success
                    ? Wrap(() => SlaTarget.Within(parsed.Value, calendarId), path + ".workingTime")
                    : throw new SlaFormatException(path + ".workingTime", $"'{text}' is not a duration like 0:04:00:00");
            }

            if (hasDays)
            {
                if (days.ValueKind != JsonValueKind.Number || !days.TryGetInt32(out int n))
                {
                    throw new SlaFormatException(path + ".businessDays", "must be an integer");
                }

                string endText = String(Required(element, path, "dayEnd"), path + ".dayEnd");
                BusinessDayEnd end = endText switch
                {
                    "sameTimeOfDay" => BusinessDayEnd.SameTimeOfDay,
                    "endOfBusinessDay" => BusinessDayEnd.EndOfBusinessDay,
                    _ => throw new SlaFormatException(path + ".dayEnd", $"unknown day end '{endText}' (sameTimeOfDay, endOfBusinessDay)"),
                };
                return Wrap(() => SlaTarget.WithinBusinessDays(n, end, calendarId), path + ".businessDays");
            }

            string timeText = String(next, path + ".nextBusinessDayAt");
            ParseResult<LocalTime> time = SlaTarget.ParseTime(timeText);
            return time.Success
                ? SlaTarget.NextBusinessDayAt(time.Value, calendarId)
                : throw new SlaFormatException(path + ".nextBusinessDayAt", $"'{timeText}' is not a time like 09:00");
        }
        catch (ArgumentException ex) when (ex.ParamName == "calendarId")
        {
            throw new SlaFormatException(path + ".calendarId", FirstSentence(ex.Message));
        }
    }

    private static SlaTarget Wrap(Func<SlaTarget> create, string path)
    {
        try
        {
            return create();
        }
        catch (ArgumentOutOfRangeException ex)
        {
            throw new SlaFormatException(path, FirstSentence(ex.Message));
        }
    }

    private static SlaThresholds ReadThresholds(JsonElement item, string path)
    {
        if (!item.TryGetProperty("thresholds", out JsonElement list))
        {
            return SlaThresholds.None;
        }

        if (list.ValueKind != JsonValueKind.Array)
        {
            throw new SlaFormatException(path + ".thresholds", "must be an array of percentages");
        }

        var values = new List<decimal>();
        int index = 0;
        foreach (JsonElement value in list.EnumerateArray())
        {
            if (value.ValueKind != JsonValueKind.Number || !value.TryGetDecimal(out decimal p))
            {
                throw new SlaFormatException($"{path}.thresholds[{index}]", "must be a number");
            }

            values.Add(p);
            index++;
        }

        try
        {
            return SlaThresholds.Of(values.ToArray());
        }
        catch (ArgumentException ex)
        {
            throw new SlaFormatException(path + ".thresholds", FirstSentence(ex.Message));
        }
    }

    private static Instant ParseInstant(JsonElement element, string path)
    {
        string text = String(element, path);
        ParseResult<Instant> parsed = InstantPattern.ExtendedIso.Parse(text);
        return parsed.Success ? parsed.Value : throw new SlaFormatException(path, $"'{text}' is not an ISO-8601 UTC instant like 2026-11-20T07:30:00Z");
    }

    private static string String(JsonElement element, string path) =>
        element.ValueKind == JsonValueKind.String ? element.GetString()! : throw new SlaFormatException(path, "must be a string");

    private static string? OptionalString(JsonElement item, string path, string name) =>
        item.TryGetProperty(name, out JsonElement value) ? String(value, path + "." + name) : null;

    private static JsonElement Required(JsonElement item, string path, string name) =>
        item.TryGetProperty(name, out JsonElement value) ? value : throw new SlaFormatException(path + "." + name, "is required");

    private static void ExpectObject(JsonElement element, string path, params string[] allowed)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new SlaFormatException(path, "must be an object");
        }

        foreach (JsonProperty property in element.EnumerateObject())
        {
            if (Array.IndexOf(allowed, property.Name) < 0)
            {
                throw new SlaFormatException(path + "." + property.Name, $"unknown field (allowed: {string.Join(", ", allowed)})");
            }
        }
    }

    private static string KindName(SlaClockEventKind kind) => kind switch
    {
        SlaClockEventKind.Started => "started",
        SlaClockEventKind.Paused => "paused",
        SlaClockEventKind.Resumed => "resumed",
        SlaClockEventKind.Stopped => "stopped",
        SlaClockEventKind.Cancelled => "cancelled",
        _ => "targetChanged",
    };

    private static string FirstSentence(string message)
    {
        int end = message.IndexOf(" (Parameter", StringComparison.Ordinal);
        string text = end < 0 ? message : message[..end];
        int actual = text.IndexOf("\nActual value", StringComparison.Ordinal);
        return (actual < 0 ? text : text[..actual]).Trim();
    }
}
