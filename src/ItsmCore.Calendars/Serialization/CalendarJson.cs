using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;
using ItsmCore.Calendars.Model;
using ItsmCore.Primitives;
using NodaTime;
using ItsmCore.Serialization;
using NodaTime.Text;

namespace ItsmCore.Calendars.Serialization;

/// <summary>
/// Reads and writes the calendar JSON format (System.Text.Json, camelCase). Reading is strict:
/// unknown properties, wrong types, missing fields and invalid values are rejected with the JSON
/// path and the reason, as are duplicate properties and strings that are not valid text (unpaired surrogate
/// escapes). Values are validated by <see cref="BusinessCalendarBuilder"/>, so JSON and
/// code report the same paths.
/// </summary>
internal static class CalendarJson
{
    private static readonly LocalDatePattern DatePattern = LocalDatePattern.Iso;

    private static readonly string[] RuleProperties = { "id", "timeZone", "weekly", "holidaySets", "holidays", "exceptions", "closures" };
    private static readonly string[] CombinedProperties = { "id", "operation", "left", "right" };

    public static CalendarSpec Read(string json)
    {
        using JsonDocument document = JsonTextCheck.TryParse(json, out string? error) ?? throw new CalendarFormatException("$", error!);
        if (JsonTextCheck.FindProblem(document.RootElement, "$") is { } problem)
        {
            throw new CalendarFormatException(problem.Path, problem.Reason);
        }

        return ReadSpec(document.RootElement, "$");
    }

    public static string Write(CalendarSpec spec)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            WriteSpec(writer, spec);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static CalendarSpec ReadSpec(JsonElement element, string path)
    {
        RequireKind(element, JsonValueKind.Object, path, "a calendar object");
        if (element.TryGetProperty("operation", out _))
        {
            return ReadCombined(element, path);
        }

        CheckProperties(element, path, RuleProperties);
        string id = RequiredString(element, "id", path);
        string zoneId = RequiredString(element, "timeZone", path);
        DateTimeZone zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(zoneId)
            ?? throw new CalendarFormatException(path + ".timeZone", $"unknown time zone id '{zoneId}' (expected a TZDB id such as 'Asia/Tokyo')");
        BusinessCalendarBuilder builder;
        try
        {
            builder = new BusinessCalendarBuilder(id, zone);
        }
        catch (CalendarFormatException e)
        {
            throw Rebase(e, path);
        }

        try
        {
            ReadWeekly(element, builder);
            ReadHolidaySets(element, builder);
            ReadHolidays(element, builder);
            ReadExceptions(element, builder);
            ReadClosures(element, builder);
            return builder.Build().Spec;
        }
        catch (CalendarFormatException e) when (path != "$")
        {
            throw Rebase(e, path);
        }
    }

    private static CalendarSpec ReadCombined(JsonElement element, string path)
    {
        CheckProperties(element, path, CombinedProperties);
        string id = RequiredString(element, "id", path);
        if (string.IsNullOrWhiteSpace(id))
        {
            throw new CalendarFormatException(path + ".id", "the calendar id must not be empty");
        }

        string operationName = RequiredString(element, "operation", path);
        CalendarOperation operation = operationName switch
        {
            "union" => CalendarOperation.Union,
            "intersect" => CalendarOperation.Intersect,
            "except" => CalendarOperation.Except,
            _ => throw new CalendarFormatException(path + ".operation", $"unknown operation '{operationName}' (expected union, intersect or except)"),
        };
        CalendarSpec left = ReadSpec(Required(element, "left", path), path + ".left");
        CalendarSpec right = ReadSpec(Required(element, "right", path), path + ".right");
        return new CombinedCalendarSpec(id, operation, left, right);
    }

    private static void ReadWeekly(JsonElement root, BusinessCalendarBuilder builder)
    {
        if (!root.TryGetProperty("weekly", out JsonElement weekly))
        {
            return;
        }

        RequireKind(weekly, JsonValueKind.Object, "$.weekly", "an object with a property per weekday");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (JsonProperty day in weekly.EnumerateObject())
        {
            string path = "$.weekly." + day.Name;
            IsoDayOfWeek weekday = ParseWeekday(day.Name, path);
            if (!seen.Add(day.Name))
            {
                throw new CalendarFormatException(path, $"weekday '{day.Name}' is listed twice");
            }

            builder.WithHours(weekday, StringArray(day.Value, path));
        }
    }

    private static void ReadHolidaySets(JsonElement root, BusinessCalendarBuilder builder)
    {
        if (root.TryGetProperty("holidaySets", out JsonElement sets))
        {
            foreach (string set in StringArray(sets, "$.holidaySets"))
            {
                builder.AddHolidaySet(set);
            }
        }
    }

    private static void ReadHolidays(JsonElement root, BusinessCalendarBuilder builder)
    {
        if (!root.TryGetProperty("holidays", out JsonElement holidays))
        {
            return;
        }

        RequireKind(holidays, JsonValueKind.Array, "$.holidays", "an array");
        int i = 0;
        foreach (JsonElement holiday in holidays.EnumerateArray())
        {
            string path = $"$.holidays[{i++}]";
            RequireKind(holiday, JsonValueKind.Object, path, "a holiday object");
            string? name = OptionalString(holiday, "name", path);
            if (holiday.TryGetProperty("date", out _))
            {
                CheckProperties(holiday, path, "date", "name");
                builder.AddHoliday(RequiredDate(holiday, path), name);
                continue;
            }

            if (!holiday.TryGetProperty("rule", out _))
            {
                throw new CalendarFormatException(path, "a holiday needs either 'date' or 'rule'");
            }

            string rule = RequiredString(holiday, "rule", path);
            switch (rule)
            {
                case "fixed":
                    CheckProperties(holiday, path, "rule", "month", "day", "name", "observance");
                    builder.AddFixedHoliday(RequiredInt(holiday, "month", path, rule), RequiredInt(holiday, "day", path, rule), name, ReadObservance(holiday, path));
                    break;
                case "nthWeekday":
                    CheckProperties(holiday, path, "rule", "month", "weekday", "n", "name");
                    builder.AddNthWeekdayHoliday(RequiredInt(holiday, "month", path, rule), RequiredWeekday(holiday, path, rule), RequiredInt(holiday, "n", path, rule), name);
                    break;
                case "lastWeekday":
                    CheckProperties(holiday, path, "rule", "month", "weekday", "name");
                    builder.AddLastWeekdayHoliday(RequiredInt(holiday, "month", path, rule), RequiredWeekday(holiday, path, rule), name);
                    break;
                case "easter":
                    CheckProperties(holiday, path, "rule", "offset", "name");
                    builder.AddEasterHoliday(RequiredInt(holiday, "offset", path, rule), name);
                    break;
                default:
                    throw new CalendarFormatException(path + ".rule", $"unknown holiday rule '{rule}' (expected fixed, nthWeekday, lastWeekday or easter)");
            }
        }
    }

    private static void ReadExceptions(JsonElement root, BusinessCalendarBuilder builder)
    {
        if (!root.TryGetProperty("exceptions", out JsonElement exceptions))
        {
            return;
        }

        RequireKind(exceptions, JsonValueKind.Array, "$.exceptions", "an array");
        int i = 0;
        foreach (JsonElement exception in exceptions.EnumerateArray())
        {
            string path = $"$.exceptions[{i++}]";
            RequireKind(exception, JsonValueKind.Object, path, "an exception object");
            if (exception.TryGetProperty("rule", out _))
            {
                ReadExceptionRule(exception, path, builder);
                continue;
            }

            CheckProperties(exception, path, "date", "hours");
            LocalDate date = RequiredDate(exception, path);
            builder.AddException(date, StringArray(Required(exception, "hours", path), path + ".hours"));
        }
    }

    /// <summary>Reads a recurring exception: <c>{ "rule": "lastBusinessDay", "hours": [...] }</c>.</summary>
    private static void ReadExceptionRule(JsonElement exception, string path, BusinessCalendarBuilder builder)
    {
        string rule = RequiredString(exception, "rule", path);
        if (rule != "lastBusinessDay")
        {
            throw new CalendarFormatException(path + ".rule", $"unknown exception rule '{rule}' (expected lastBusinessDay, or a 'date' instead of 'rule')");
        }

        CheckProperties(exception, path, "rule", "hours");
        builder.AddLastBusinessDayException(StringArray(Required(exception, "hours", path), path + ".hours"));
    }

    private static void ReadClosures(JsonElement root, BusinessCalendarBuilder builder)
    {
        if (!root.TryGetProperty("closures", out JsonElement closures))
        {
            return;
        }

        RequireKind(closures, JsonValueKind.Array, "$.closures", "an array");
        int i = 0;
        foreach (JsonElement closure in closures.EnumerateArray())
        {
            string path = $"$.closures[{i++}]";
            RequireKind(closure, JsonValueKind.Object, path, "a closure object");
            if (closure.TryGetProperty("date", out _))
            {
                CheckProperties(closure, path, "date", "hours");
                builder.AddClosure(RequiredDate(closure, path), StringArray(Required(closure, "hours", path), path + ".hours"));
                continue;
            }

            if (!closure.TryGetProperty("rule", out _))
            {
                throw new CalendarFormatException(path, "a closure needs either 'date' or 'rule'");
            }

            string rule = RequiredString(closure, "rule", path);
            int? month = closure.TryGetProperty("month", out _) ? RequiredInt(closure, "month", path, rule) : null;
            switch (rule)
            {
                case "nthWeekday":
                    CheckProperties(closure, path, "rule", "month", "weekday", "n", "hours");
                    builder.AddNthWeekdayClosure(RequiredWeekday(closure, path, rule), RequiredInt(closure, "n", path, rule), month, StringArray(Required(closure, "hours", path), path + ".hours"));
                    break;
                case "lastWeekday":
                    CheckProperties(closure, path, "rule", "month", "weekday", "hours");
                    builder.AddLastWeekdayClosure(RequiredWeekday(closure, path, rule), month, StringArray(Required(closure, "hours", path), path + ".hours"));
                    break;
                default:
                    throw new CalendarFormatException(path + ".rule", $"unknown closure rule '{rule}' (expected nthWeekday or lastWeekday)");
            }
        }
    }

    private static void WriteSpec(Utf8JsonWriter writer, CalendarSpec spec)
    {
        writer.WriteStartObject();
        writer.WriteString("id", spec.Id);
        switch (spec)
        {
            case CombinedCalendarSpec combined:
                writer.WriteString("operation", combined.Operation switch
                {
                    CalendarOperation.Union => "union",
                    CalendarOperation.Intersect => "intersect",
                    _ => "except",
                });
                writer.WritePropertyName("left");
                WriteSpec(writer, combined.Left);
                writer.WritePropertyName("right");
                WriteSpec(writer, combined.Right);
                break;
            case RuleCalendarSpec rules:
                WriteRules(writer, rules);
                break;
        }

        writer.WriteEndObject();
    }

    private static void WriteRules(Utf8JsonWriter writer, RuleCalendarSpec spec)
    {
        writer.WriteString("timeZone", spec.TimeZone.Id);
        writer.WriteStartObject("weekly");
        for (var day = IsoDayOfWeek.Monday; day <= IsoDayOfWeek.Sunday; day++)
        {
            WriteHours(writer, BusinessCalendarBuilder.WeekdayName(day), spec.HoursOf(day));
        }

        writer.WriteEndObject();
        writer.WriteStartArray("holidaySets");
        foreach (string set in spec.HolidaySets)
        {
            writer.WriteStringValue(set);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("holidays");
        foreach (HolidayRule rule in spec.Holidays)
        {
            WriteHoliday(writer, rule);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("exceptions");
        foreach (DateException exception in spec.Exceptions)
        {
            writer.WriteStartObject();
            if (exception.Rule == ExceptionRuleKind.LastBusinessDay)
            {
                writer.WriteString("rule", "lastBusinessDay");
            }
            else
            {
                writer.WriteString("date", DatePattern.Format(exception.Date));
            }

            WriteHours(writer, "hours", exception.Hours);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("closures");
        foreach (ClosureRule closure in spec.Closures)
        {
            WriteClosure(writer, closure);
        }

        writer.WriteEndArray();
    }

    private static void WriteHoliday(Utf8JsonWriter writer, HolidayRule rule)
    {
        writer.WriteStartObject();
        switch (rule.Kind)
        {
            case HolidayRuleKind.Date:
                writer.WriteString("date", DatePattern.Format(rule.Date));
                break;
            case HolidayRuleKind.Fixed:
                writer.WriteString("rule", "fixed");
                writer.WriteNumber("month", rule.Month);
                writer.WriteNumber("day", rule.Day);
                if (rule.Observance != HolidayObservance.None)
                {
                    writer.WriteString("observance", rule.Observance == HolidayObservance.NearestWeekday ? "nearestWeekday" : "nextWeekdayIfWeekend");
                }

                break;
            case HolidayRuleKind.NthWeekday:
                writer.WriteString("rule", "nthWeekday");
                writer.WriteNumber("month", rule.Month);
                writer.WriteString("weekday", BusinessCalendarBuilder.WeekdayName(rule.Weekday));
                writer.WriteNumber("n", rule.N);
                break;
            case HolidayRuleKind.LastWeekday:
                writer.WriteString("rule", "lastWeekday");
                writer.WriteNumber("month", rule.Month);
                writer.WriteString("weekday", BusinessCalendarBuilder.WeekdayName(rule.Weekday));
                break;
            case HolidayRuleKind.Easter:
                writer.WriteString("rule", "easter");
                writer.WriteNumber("offset", rule.Offset);
                break;
        }

        if (rule.Name is not null)
        {
            writer.WriteString("name", rule.Name);
        }

        writer.WriteEndObject();
    }

    private static void WriteClosure(Utf8JsonWriter writer, ClosureRule closure)
    {
        writer.WriteStartObject();
        switch (closure.Kind)
        {
            case ClosureRuleKind.Date:
                writer.WriteString("date", DatePattern.Format(closure.Date));
                break;
            case ClosureRuleKind.NthWeekday:
                writer.WriteString("rule", "nthWeekday");
                writer.WriteString("weekday", BusinessCalendarBuilder.WeekdayName(closure.Weekday));
                writer.WriteNumber("n", closure.N);
                break;
            case ClosureRuleKind.LastWeekday:
                writer.WriteString("rule", "lastWeekday");
                writer.WriteString("weekday", BusinessCalendarBuilder.WeekdayName(closure.Weekday));
                break;
        }

        if (closure.Month != 0)
        {
            writer.WriteNumber("month", closure.Month);
        }

        WriteHours(writer, "hours", closure.Hours);
        writer.WriteEndObject();
    }

    private static void WriteHours(Utf8JsonWriter writer, string name, EquatableArray<WallInterval> hours)
    {
        writer.WriteStartArray(name);
        foreach (WallInterval interval in hours)
        {
            writer.WriteStringValue(interval.ToString());
        }

        writer.WriteEndArray();
    }

    private static CalendarFormatException Rebase(CalendarFormatException e, string path) =>
        new(path + e.Path.Substring(1), e.Reason, e.InnerException);

    private static void RequireKind(JsonElement element, JsonValueKind kind, string path, string expected)
    {
        if (element.ValueKind != kind)
        {
            throw new CalendarFormatException(path, $"expected {expected}, got {Describe(element.ValueKind)}");
        }
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => kind.ToString(),
    };

    private static void CheckProperties(JsonElement element, string path, params string[] allowed)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (JsonProperty property in element.EnumerateObject())
        {
            if (Array.IndexOf(allowed, property.Name) < 0)
            {
                throw new CalendarFormatException($"{path}.{property.Name}", $"unknown property '{property.Name}' (allowed here: {string.Join(", ", allowed)})");
            }

            if (!seen.Add(property.Name))
            {
                throw new CalendarFormatException($"{path}.{property.Name}", $"property '{property.Name}' appears twice");
            }
        }
    }

    private static JsonElement Required(JsonElement element, string name, string path, string? rule = null)
    {
        if (!element.TryGetProperty(name, out JsonElement value))
        {
            string why = rule is null ? $"'{name}' is required" : $"'{name}' is required for rule '{rule}'";
            throw new CalendarFormatException($"{path}.{name}", why);
        }

        return value;
    }

    private static string RequiredString(JsonElement element, string name, string path)
    {
        JsonElement value = Required(element, name, path);
        RequireKind(value, JsonValueKind.String, $"{path}.{name}", "a string");
        return value.GetString()!;
    }

    private static string? OptionalString(JsonElement element, string name, string path)
    {
        if (!element.TryGetProperty(name, out JsonElement value))
        {
            return null;
        }

        RequireKind(value, JsonValueKind.String, $"{path}.{name}", "a string");
        return value.GetString();
    }

    private static int RequiredInt(JsonElement element, string name, string path, string rule)
    {
        JsonElement value = Required(element, name, path, rule);
        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out int result))
        {
            throw new CalendarFormatException($"{path}.{name}", $"expected an integer, got {(value.ValueKind == JsonValueKind.Number ? value.GetRawText() : Describe(value.ValueKind))}");
        }

        return result;
    }

    private static LocalDate RequiredDate(JsonElement element, string path)
    {
        string text = RequiredString(element, "date", path);
        ParseResult<LocalDate> result = DatePattern.Parse(text);
        if (!result.Success)
        {
            throw new CalendarFormatException(path + ".date", $"'{text}' is not a date of the form yyyy-MM-dd");
        }

        return result.Value;
    }

    private static IsoDayOfWeek RequiredWeekday(JsonElement element, string path, string rule)
    {
        Required(element, "weekday", path, rule);
        return ParseWeekday(RequiredString(element, "weekday", path), path + ".weekday");
    }

    private static IsoDayOfWeek ParseWeekday(string name, string path) => name switch
    {
        "monday" => IsoDayOfWeek.Monday,
        "tuesday" => IsoDayOfWeek.Tuesday,
        "wednesday" => IsoDayOfWeek.Wednesday,
        "thursday" => IsoDayOfWeek.Thursday,
        "friday" => IsoDayOfWeek.Friday,
        "saturday" => IsoDayOfWeek.Saturday,
        "sunday" => IsoDayOfWeek.Sunday,
        _ => throw new CalendarFormatException(path, $"'{name}' is not a weekday (expected monday ... sunday)"),
    };

    private static HolidayObservance ReadObservance(JsonElement element, string path)
    {
        string? text = OptionalString(element, "observance", path);
        return text switch
        {
            null or "none" => HolidayObservance.None,
            "nextWeekdayIfWeekend" => HolidayObservance.NextWeekdayIfWeekend,
            "nearestWeekday" => HolidayObservance.NearestWeekday,
            _ => throw new CalendarFormatException(path + ".observance", $"unknown observance '{text}' (expected none, nextWeekdayIfWeekend or nearestWeekday)"),
        };
    }

    private static string[] StringArray(JsonElement element, string path)
    {
        RequireKind(element, JsonValueKind.Array, path, "an array of strings");
        var result = new string[element.GetArrayLength()];
        int i = 0;
        foreach (JsonElement item in element.EnumerateArray())
        {
            RequireKind(item, JsonValueKind.String, $"{path}[{i}]", "a string");
            result[i++] = item.GetString()!;
        }

        return result;
    }
}
