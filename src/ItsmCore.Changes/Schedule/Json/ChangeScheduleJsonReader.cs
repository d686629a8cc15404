using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using ItsmCore.Calendars;
using ItsmCore.Cmdb;
using ItsmCore.Primitives;
using ItsmCore.Sla;
using NodaTime;

namespace ItsmCore.Changes.Serialization;

/// <summary>
/// Reads the change-schedule format strictly: every problem is collected with its JSON path (unknown or repeated
/// properties, wrong kinds, missing fields, invalid values, unknown calendars and CIs, unresolvable references, the
/// referenced CMDB's and calendars' own problems), and the document is built only when there is none. The reader walks
/// the parsed document once; the parser's depth limit of 64 bounds the input's nesting.
/// </summary>
internal sealed class ChangeScheduleJsonReader
{
    public const string Format = "itsmcore-change-schedule/1";

    private static readonly string[] RootProperties = { "format", "cmdb", "calendars", "boards", "emergencyBoard", "changes", "blackouts", "settings", "releaseFreezes", "errorBudgets", "measuredDowntime" };
    private static readonly string[] BoardProperties = { "id", "calendar", "meets", "at", "cutOff", "leadTime", "members" };
    private static readonly string[] RuleProperties = { "rule", "day", "move", "n", "weekday", "weeks", "anchor" };
    private static readonly string[] CutOffProperties = { "businessDays", "workingTime" };
    private static readonly string[] EmergencyProperties = { "id", "calendar", "decisionWithin", "members" };
    private static readonly string[] ChangeProperties = { "id", "class", "affected", "start", "end", "expectedOutage", "implementers" };
    private static readonly string[] BlackoutProperties = { "name", "start", "end", "scope" };
    private static readonly string[] FreezeProperties = { "service", "start", "end" };
    private static readonly string[] DowntimeProperties = { "service", "start", "end", "downtime" };
    private static readonly string[] ErrorBudgetProperties = { "service", "objective", "window", "freezeBelowRemainingPercent" };

    private readonly JsonInput input = new();
    private readonly Func<string, string?> resolve;
    private readonly Dictionary<string, BusinessCalendar> calendars = new(StringComparer.Ordinal);
    private CmdbHistory? cmdb;
    private HashSet<ConfigurationItemId> knownItems = new();

    private ChangeScheduleJsonReader(Func<string, string?> resolve) => this.resolve = resolve;

    public static ChangeScheduleDocument Read(string json, Func<string, string?> resolve)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(resolve);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Disallow, MaxDepth = 64 });
        }
        catch (JsonException e)
        {
            throw new ChangeScheduleFormatException("$", $"not valid JSON: {e.Message}");
        }
        catch (ArgumentException e)
        {
            throw new ChangeScheduleFormatException("$", $"not valid text: {e.Message}"); // an unpaired surrogate in the string itself
        }

        using (document)
        {
            var reader = new ChangeScheduleJsonReader(resolve);
            reader.input.CheckText(document.RootElement, "$");
            ChangeScheduleDocument? result = reader.input.Count > 0 ? null : reader.ReadRoot(document.RootElement);
            return reader.input.Count > 0 || result is null ? throw new ChangeScheduleFormatException(reader.input.Problems) : result;
        }
    }

    private ChangeScheduleDocument? ReadRoot(JsonElement root)
    {
        if (!input.Object(root, "$", RootProperties, "format", "cmdb"))
        {
            return null;
        }

        if (root.TryGetProperty("format", out JsonElement format) && !(format.ValueKind == JsonValueKind.String && format.GetString() == Format))
        {
            input.Problem("$.format", $"expected \"{Format}\"");
        }

        string? cmdbReference = ReadCmdb(root);
        var calendarList = input.List(root, "calendars", "$", ReadCalendar);
        var boards = input.List(root, "boards", "$", ReadBoard);
        EmergencyBoard? emergency = root.TryGetProperty("emergencyBoard", out JsonElement e) ? ReadEmergency(e, "$.emergencyBoard") : null;
        bool emergencyBad = root.TryGetProperty("emergencyBoard", out _) && emergency is null;
        var changes = input.List(root, "changes", "$", ReadChange);
        var blackouts = input.List(root, "blackouts", "$", ReadBlackout);
        ScheduleSettings? settings = ReadSettings(root);
        var freezes = input.List(root, "releaseFreezes", "$", ReadFreeze);
        var errorBudgets = input.List(root, "errorBudgets", "$", ReadErrorBudget);
        var downtime = input.List(root, "measuredDowntime", "$", ReadDowntime);

        Unique(boards.Select(b => (b.Path, b.Value?.Id)).Concat(emergency is null ? [] : [("$.emergencyBoard", emergency.Id)]), "board id");
        Unique(changes.Select(c => (c.Path, c.Value?.Id.Value)), "change id");
        UniqueServices(errorBudgets);
        if (input.Count > 0 || cmdbReference is null || cmdb is null || settings is null || emergencyBad)
        {
            return null;
        }

        CheckAffectedItemsExist(changes);
        return input.Count > 0 ? null : input.Construct("$", () => new ChangeScheduleDocument(
            cmdbReference,
            cmdb,
            calendarList.Select(c => c.Value!),
            boards.Select(b => b.Value!),
            emergency,
            changes.Select(c => c.Value!),
            blackouts.Select(b => b.Value!),
            settings,
            freezes.Select(f => f.Value!),
            downtime.Select(d => d.Value!),
            errorBudgets.Select(b => b.Value!)));
    }

    private string? ReadCmdb(JsonElement root)
    {
        string? reference = input.Text(root, "cmdb", "$", 1000);
        if (reference is null)
        {
            return null;
        }

        string? text = resolve(reference);
        if (text is null)
        {
            input.Problem("$.cmdb", $"the CMDB document '{JsonInput.Shorten(reference)}' cannot be read");
            return null;
        }

        try
        {
            cmdb = CmdbJson.Read(text);
        }
        catch (CmdbFormatException ex)
        {
            foreach (CmdbFormatProblem p in ex.Problems)
            {
                input.Problem("$.cmdb", $"the CMDB document '{JsonInput.Shorten(reference)}' is invalid at {p.Path}: {p.Reason}");
            }

            return null;
        }

        knownItems = cmdb.Facts.Where(f => f.Item is not null).Select(f => f.Item!.Id).ToHashSet();
        return reference;
    }

    private ScheduleCalendar? ReadCalendar(JsonElement e, string path)
    {
        string? reference = null;
        string text;
        if (e.ValueKind == JsonValueKind.String)
        {
            reference = input.TextValue(e.GetString(), path, 1000);
            if (reference is null)
            {
                return null;
            }

            string? resolved = resolve(reference);
            if (resolved is null)
            {
                input.Problem(path, $"the calendar document '{JsonInput.Shorten(reference)}' cannot be read");
                return null;
            }

            text = resolved;
        }
        else if (e.ValueKind == JsonValueKind.Object)
        {
            text = e.GetRawText();
        }
        else
        {
            input.Problem(path, $"expected a calendar (an object) or the reference of a calendar document (a string), got {JsonInput.Kind(e)}");
            return null;
        }

        BusinessCalendar calendar;
        try
        {
            calendar = BusinessCalendar.FromJson(text);
        }
        catch (CalendarFormatException ex)
        {
            input.Problem(reference is null ? path + ex.Path.TrimStart('$') : path, reference is null ? ex.Reason : $"the calendar document '{JsonInput.Shorten(reference)}' is invalid at {ex.Path}: {ex.Reason}");
            return null;
        }

        if (!calendars.TryAdd(calendar.Id, calendar))
        {
            input.Problem(path, $"calendar id '{JsonInput.Shorten(calendar.Id)}' is already defined");
            return null;
        }

        return new ScheduleCalendar(calendar, reference);
    }

    private BusinessCalendar? CalendarRef(JsonElement e, string name, string path)
    {
        string? id = input.String(e, name, path);
        if (id is null)
        {
            return null;
        }

        if (!calendars.TryGetValue(id, out BusinessCalendar? calendar))
        {
            input.Problem(path + "." + name, $"calendar '{JsonInput.Shorten(id)}' is not in $.calendars");
        }

        return calendar;
    }

    private ChangeAdvisoryBoard? ReadBoard(JsonElement e, string path)
    {
        if (!input.Object(e, path, BoardProperties, "id", "calendar", "meets", "at"))
        {
            return null;
        }

        string? id = input.Text(e, "id", path, ChangeAdvisoryBoard.MaxIdLength);
        BusinessCalendar? calendar = CalendarRef(e, "calendar", path);
        MeetingRule? rule = e.TryGetProperty("meets", out JsonElement meets) ? ReadRule(meets, path + ".meets") : null;
        LocalTime? at = input.Time(e, "at", path);
        CabCutOff? cutOff = e.TryGetProperty("cutOff", out JsonElement c) ? ReadCutOff(c, path + ".cutOff") : CabCutOff.AtMeetingStart;
        Duration? lead = e.TryGetProperty("leadTime", out _) ? input.Duration(e, "leadTime", path, ScheduleSettingProperties.MaxDuration) : Duration.Zero;
        List<string>? members = input.Strings(e, "members", path, id: false);
        return id is null || calendar is null || rule is null || at is null || cutOff is null || lead is null || members is null ? null
            : input.Construct(path, () => new ChangeAdvisoryBoard(id, calendar, rule, at.Value, cutOff, lead.Value, members));
    }

    private MeetingRule? ReadRule(JsonElement e, string path)
    {
        if (!input.Object(e, path, RuleProperties, "rule"))
        {
            return null;
        }

        string? kind = input.String(e, "rule", path);
        string[] fields = kind switch
        {
            "monthlyOnDay" => ["day", "move"],
            "nthWeekday" => ["n", "weekday"],
            "lastWeekday" => ["weekday"],
            "everyWeeks" => ["weeks", "anchor"],
            _ => [],
        };
        if (kind is null)
        {
            return null;
        }

        if (fields.Length == 0)
        {
            input.Problem(path + ".rule", $"unknown rule '{JsonInput.Shorten(kind)}' (expected monthlyOnDay, nthWeekday, lastWeekday, everyWeeks)");
            return null;
        }

        foreach (JsonProperty p in e.EnumerateObject().Where(p => p.Name != "rule" && RuleProperties.Contains(p.Name) && !fields.Contains(p.Name)))
        {
            input.Problem(path + "." + p.Name, $"not a field of rule '{kind}' (expected {string.Join(", ", fields)})");
        }

        foreach (string field in fields.Where(f => !e.TryGetProperty(f, out _)))
        {
            input.Problem(path + "." + field, "required property is missing");
        }

        int before = input.Count;
        MeetingRule? rule = null;
        switch (kind)
        {
            case "monthlyOnDay":
                int? day = input.Integer(e, "day", path, 1, 31);
                BusinessDayMove? move = input.Enum(e, "move", path, JsonNames.Moves);
                rule = day is null || move is null ? null : MeetingRule.MonthlyOnDay(day.Value, move.Value);
                break;
            case "nthWeekday":
                int? n = input.Integer(e, "n", path, 1, 5);
                IsoDayOfWeek? weekday = input.Enum(e, "weekday", path, JsonNames.Weekdays);
                rule = n is null || weekday is null ? null : MeetingRule.NthWeekdayOfMonth(n.Value, weekday.Value);
                break;
            case "lastWeekday":
                IsoDayOfWeek? last = input.Enum(e, "weekday", path, JsonNames.Weekdays);
                rule = last is null ? null : MeetingRule.LastWeekdayOfMonth(last.Value);
                break;
            default:
                int? weeks = input.Integer(e, "weeks", path, 1, MeetingRule.MaxIntervalWeeks);
                LocalDate? anchor = input.Date(e, "anchor", path);
                rule = weeks is null || anchor is null ? null : MeetingRule.EveryWeeks(weeks.Value, anchor.Value);
                break;
        }

        return input.Count > before ? null : rule;
    }

    private CabCutOff? ReadCutOff(JsonElement e, string path)
    {
        if (!input.Object(e, path, CutOffProperties))
        {
            return null;
        }

        bool days = e.TryGetProperty("businessDays", out _);
        bool hours = e.TryGetProperty("workingTime", out _);
        if (days == hours)
        {
            input.Problem(path, "give exactly one of businessDays (a count) and workingTime (a duration); leave out cutOff for none");
            return null;
        }

        return days
            ? input.Integer(e, "businessDays", path, 0, CabCutOff.MaxBusinessDays) is { } n ? CabCutOff.BusinessDaysBefore(n) : null
            : input.Duration(e, "workingTime", path, CabCutOff.MaxWorkingTime) is { } d ? CabCutOff.WorkingHoursBefore(d) : null;
    }

    private EmergencyBoard? ReadEmergency(JsonElement e, string path)
    {
        if (!input.Object(e, path, EmergencyProperties, "id", "calendar", "decisionWithin"))
        {
            return null;
        }

        string? id = input.Text(e, "id", path, ChangeAdvisoryBoard.MaxIdLength);
        BusinessCalendar? calendar = CalendarRef(e, "calendar", path);
        Duration? within = input.Duration(e, "decisionWithin", path, ScheduleSettingProperties.MaxDuration);
        List<string>? members = input.Strings(e, "members", path, id: false);
        if (within == Duration.Zero)
        {
            input.Problem(path + ".decisionWithin", "the decision time must be positive");
            return null;
        }

        return id is null || calendar is null || within is null || members is null ? null
            : input.Construct(path, () => new EmergencyBoard(id, calendar, within.Value, members));
    }

    private ScheduledChange? ReadChange(JsonElement e, string path)
    {
        if (!input.Object(e, path, ChangeProperties, "id", "affected", "start", "end"))
        {
            return null;
        }

        string? id = input.Id(e, "id", path);
        string? className = e.TryGetProperty("class", out _) ? input.Text(e, "class", path, Ids.MaxLength) : null;
        bool classBad = e.TryGetProperty("class", out _) && className is null;
        List<string>? affected = Items(e, "affected", path);
        Instant? start = input.Instant(e, "start", path);
        Instant? end = input.Instant(e, "end", path);
        Duration? outage = e.TryGetProperty("expectedOutage", out _) ? input.Duration(e, "expectedOutage", path, ScheduleSettingProperties.MaxDuration) : Duration.Zero;
        List<string>? implementers = input.Strings(e, "implementers", path, id: false);
        if (start is { } s && end is { } t && s >= t)
        {
            input.Problem(path + ".end", "the window [start, end) must not be empty: end is not after start");
            return null;
        }

        return id is null || classBad || affected is null || start is null || end is null || outage is null || implementers is null ? null
            : input.Construct(path, () => new ScheduledChange(
                new ChangeId(id),
                className is null ? null : new ChangeClass(className),
                affected.Select(a => new ConfigurationItemId(a)),
                start.Value,
                end.Value,
                outage,
                implementers));
    }

    private Blackout? ReadBlackout(JsonElement e, string path)
    {
        if (!input.Object(e, path, BlackoutProperties, "name", "start", "end"))
        {
            return null;
        }

        string? name = input.Text(e, "name", path, Ids.MaxLength);
        Instant? start = input.Instant(e, "start", path);
        Instant? end = input.Instant(e, "end", path);
        List<string>? scope = e.TryGetProperty("scope", out _) ? Items(e, "scope", path) : new List<string>();
        if (start is { } s && end is { } t && s >= t)
        {
            input.Problem(path + ".end", "the period [start, end) must not be empty: end is not after start");
            return null;
        }

        if (scope is { Count: 0 } && e.TryGetProperty("scope", out _))
        {
            input.Problem(path + ".scope", "the scope is empty; leave it out for a blackout over everything");
            return null;
        }

        return name is null || start is null || end is null || scope is null ? null
            : input.Construct(path, () => scope.Count == 0
                ? Blackout.Everything(name, start.Value, end.Value)
                : Blackout.For(name, start.Value, end.Value, scope.Select(i => new ConfigurationItemId(i))));
    }

    private ReleaseFreeze? ReadFreeze(JsonElement e, string path)
    {
        if (!input.Object(e, path, FreezeProperties, "service", "start", "end"))
        {
            return null;
        }

        string? service = KnownItem(e, "service", path);
        Instant? start = input.Instant(e, "start", path);
        Instant? end = input.Instant(e, "end", path);
        if (start is { } s && end is { } t && s >= t)
        {
            input.Problem(path + ".end", "the period [start, end) must not be empty: end is not after start");
            return null;
        }

        return service is null || start is null || end is null ? null : new ReleaseFreeze(new ConfigurationItemId(service), start.Value, end.Value);
    }

    private DowntimeMeasurement? ReadDowntime(JsonElement e, string path)
    {
        if (!input.Object(e, path, DowntimeProperties, "service", "start", "end", "downtime"))
        {
            return null;
        }

        string? service = KnownItem(e, "service", path);
        Instant? start = input.Instant(e, "start", path);
        Instant? end = input.Instant(e, "end", path);
        Duration? downtime = input.Duration(e, "downtime", path, ScheduleSettingProperties.MaxDuration);
        if (start is { } s && end is { } t && s >= t)
        {
            input.Problem(path + ".end", "the period [start, end) must not be empty: end is not after start");
            return null;
        }

        if (start is { } from && end is { } to && downtime is { } d && d > to - from)
        {
            input.Problem(path + ".downtime", "the downtime is longer than the measured period [start, end)");
            return null;
        }

        return service is null || start is null || end is null || downtime is null ? null
            : new DowntimeMeasurement(new ConfigurationItemId(service), start.Value, end.Value, downtime.Value);
    }

    /// <summary>
    /// A service's error budget: the objective (a percentage below 100), the rolling window (a positive duration the
    /// objective allows some downtime in) and the policy's threshold (0 to 100, by default 50).
    /// </summary>
    private ServiceErrorBudget? ReadErrorBudget(JsonElement e, string path)
    {
        if (!input.Object(e, path, ErrorBudgetProperties, "service", "objective", "window"))
        {
            return null;
        }

        string? service = KnownItem(e, "service", path);
        decimal? objective = input.Percent(e, "objective", path);
        Duration? window = input.Duration(e, "window", path, ScheduleSettingProperties.MaxDuration);
        decimal? threshold = e.TryGetProperty("freezeBelowRemainingPercent", out JsonElement t) ? Threshold(t, path + ".freezeBelowRemainingPercent") : ErrorBudgetPolicy.Default.ThresholdPercent;
        if (objective == 100m)
        {
            input.Problem(path + ".objective", "an objective of 100 % leaves no error budget: give a percentage below 100");
            return null;
        }

        if (objective is { } o && window is { } w && AvailabilityTarget.FromPercent(o).AllowedDowntime(w) == Duration.Zero)
        {
            input.Problem(path + ".window", w == Duration.Zero
                ? "the window must be positive"
                : $"the window is too short: at {o.ToString(System.Globalization.CultureInfo.InvariantCulture)} % it allows no downtime, so there is no error budget");
            return null;
        }

        return service is null || objective is null || window is null || threshold is null ? null
            : input.Construct(path, () => new ServiceErrorBudget(
                new ConfigurationItemId(service),
                AvailabilityTarget.FromPercent(objective.Value),
                window.Value,
                ErrorBudgetPolicy.FreezeBelowRemainingPercent(threshold.Value)));
    }

    private decimal? Threshold(JsonElement value, string path)
    {
        if (value.ValueKind != JsonValueKind.Number || !value.TryGetDecimal(out decimal p) || p < 0m || p > 100m)
        {
            input.Problem(path, "expected a percentage of the budget (a number from 0 to 100, such as 50)");
            return null;
        }

        return p;
    }

    private void UniqueServices(List<(string Path, ServiceErrorBudget? Value)> budgets)
    {
        var seen = new Dictionary<ConfigurationItemId, string>();
        foreach ((string path, ServiceErrorBudget? budget) in budgets)
        {
            if (budget is not null && !seen.TryAdd(budget.Service, path))
            {
                input.Problem(path + ".service", $"'{budget.Service}' already has its error budget at {seen[budget.Service]}");
            }
        }
    }

    private ScheduleSettings? ReadSettings(JsonElement root)
    {
        ScheduleSettings settings = ScheduleSettings.Empty;
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        bool ok = true;
        var entries = input.List(root, "settings", "$", (e, path) =>
        {
            if (!input.Object(e, path, ScheduleSettingProperties.EntryProperties, "item"))
            {
                return null;
            }

            string? item = KnownItem(e, "item", path);
            if (item is not null && !seen.TryAdd(item, path))
            {
                input.Problem(path + ".item", $"'{item}' already has its settings at {seen[item]}");
                item = null;
            }

            var apply = new List<Func<ScheduleSettings, ConfigurationItemId, ScheduleSettings>>();
            bool entryOk = item is not null && BudgetConsistent(e, path);
            foreach (ScheduleSettingProperties.Row row in ScheduleSettingProperties.Rows.Where(r => e.TryGetProperty(r.Name, out _)))
            {
                Func<ScheduleSettings, ConfigurationItemId, ScheduleSettings>? add = row.Read(input, calendars, e, path);
                entryOk &= add is not null;
                if (add is not null)
                {
                    apply.Add(add);
                }
            }

            if (apply.Count == 0 && entryOk)
            {
                input.Problem(path, $"no setting given (expected one or more of {string.Join(", ", ScheduleSettingProperties.Rows.Select(r => r.Name))})");
                entryOk = false;
            }

            return entryOk ? new Entry(new ConfigurationItemId(item!), apply) : null;
        });
        foreach ((string path, Entry? entry) in entries)
        {
            if (entry is null)
            {
                ok = false;
                continue;
            }

            foreach (Func<ScheduleSettings, ConfigurationItemId, ScheduleSettings> add in entry.Apply)
            {
                settings = input.Construct(path, () => add(settings, entry.Item)) ?? settings;
            }
        }

        return ok ? settings : null;
    }

    /// <summary>
    /// An availability budget replaces a fixed outage allowance (so an entry gives at most one of them) and needs the
    /// item's service hours (the month's service time and zone come from them; the schedule refuses a budget without).
    /// </summary>
    private bool BudgetConsistent(JsonElement e, string path)
    {
        if (!e.TryGetProperty("availabilityBudget", out _))
        {
            return true;
        }

        bool ok = true;
        if (e.TryGetProperty("outageAllowance", out _))
        {
            input.Problem(path + ".availabilityBudget", "outageAllowance and availabilityBudget are mutually exclusive (a fixed allowance or what is left of the budget): give one");
            ok = false;
        }

        if (!e.TryGetProperty("serviceHours", out _))
        {
            input.Problem(path + ".availabilityBudget", "an availability budget needs the item's serviceHours (the month's service time and zone come from them)");
            ok = false;
        }

        return ok;
    }

    private List<string>? Items(JsonElement e, string name, string path)
    {
        List<string>? ids = input.Strings(e, name, path, id: true);
        if (ids is null)
        {
            return null;
        }

        bool ok = true;
        for (int i = 0; i < ids.Count; i++)
        {
            if (cmdb is not null && !knownItems.Contains(new ConfigurationItemId(ids[i])))
            {
                input.Problem($"{path}.{name}[{i}]", $"CI '{ids[i]}' is not in the CMDB");
                ok = false;
            }
        }

        return ok ? ids : null;
    }

    private string? KnownItem(JsonElement e, string name, string path)
    {
        string? id = input.Id(e, name, path);
        if (id is not null && cmdb is not null && !knownItems.Contains(new ConfigurationItemId(id)))
        {
            input.Problem(path + "." + name, $"CI '{id}' is not in the CMDB");
            return null;
        }

        return id;
    }

    /// <summary>Every affected CI must be in the CMDB at its change's window start (as recorded by the last fact).</summary>
    private void CheckAffectedItemsExist(List<(string Path, ScheduledChange? Value)> changes)
    {
        Instant knownAt = cmdb!.Facts.Count == 0 ? Instant.MinValue : cmdb.Facts.Max(f => f.RecordedAt);
        var snapshots = new Dictionary<Instant, CmdbSnapshot>();
        foreach ((string path, ScheduledChange? change) in changes)
        {
            Instant start = change!.Window.Start;
            if (!snapshots.TryGetValue(start, out CmdbSnapshot? snapshot))
            {
                snapshot = cmdb.AsOf(start, knownAt);
                snapshots[start] = snapshot;
            }

            for (int i = 0; i < change.AffectedItems.Count; i++)
            {
                if (snapshot.Find(change.AffectedItems[i]) is null)
                {
                    input.Problem($"{path}.affected[{i}]", $"CI '{change.AffectedItems[i]}' is not in the CMDB at the window start {NodaTime.Text.InstantPattern.ExtendedIso.Format(start)}");
                }
            }
        }
    }

    private void Unique(IEnumerable<(string Path, string? Id)> ids, string what)
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach ((string path, string? id) in ids)
        {
            if (id is not null && !seen.TryAdd(id, path))
            {
                input.Problem(path + ".id", $"{what} '{id}' is already used at {seen[id]}");
            }
        }
    }

    private sealed record Entry(ConfigurationItemId Item, List<Func<ScheduleSettings, ConfigurationItemId, ScheduleSettings>> Apply);
}
