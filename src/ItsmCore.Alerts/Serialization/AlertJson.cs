using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using ItsmCore.Alerts.Serialization;
using ItsmCore.Primitives;
using ItsmCore.Serialization;
using NodaTime;
using NodaTime.Text;

namespace ItsmCore.Alerts;

/// <summary>
/// The JSON formats of alerts (<c>itsmcore-alerts/1</c>: a month of alerts for replay, or an intake log) and triage rule
/// sets (<c>itsmcore-triage-rules/1</c>). Reading is strict: unknown, missing and repeated properties, wrong kinds,
/// invalid names, instants, dates, durations, severities, fields, actions and patterns, received before raised, repeated
/// alert ids, and the rule set's own checks (repeated rule ids, rules after one that matches everything) are all
/// reported at once in one <see cref="AlertFormatException"/> (each a JSON path and a reason); nothing is returned
/// unless the document is valid. Writing gives text that reads back to equal values and writes back to the same text.
/// Stateless and thread-safe.
/// </summary>
public static class AlertJson
{
    /// <summary>The format name of an alerts document.</summary>
    public const string AlertsFormat = "itsmcore-alerts/1";

    /// <summary>The format name of a triage rule set document.</summary>
    public const string RuleSetFormat = "itsmcore-triage-rules/1";

    private static readonly Dictionary<string, AlertSeverity> Severities = new(StringComparer.Ordinal)
    {
        ["information"] = AlertSeverity.Information, ["warning"] = AlertSeverity.Warning, ["minor"] = AlertSeverity.Minor,
        ["major"] = AlertSeverity.Major, ["critical"] = AlertSeverity.Critical,
    };

    private static readonly Dictionary<string, AlertField> Fields = new(StringComparer.Ordinal)
    {
        ["source"] = AlertField.Source, ["check"] = AlertField.Check, ["ci"] = AlertField.ConfigurationItem, ["fingerprint"] = AlertField.Fingerprint,
    };

    private static readonly Dictionary<string, TriageAction> Actions = new(StringComparer.Ordinal)
    {
        ["noAction"] = TriageAction.NoAction, ["attach"] = TriageAction.AttachToOpenIncident, ["open"] = TriageAction.OpenIncident, ["notify"] = TriageAction.Notify,
    };

    private static readonly string[] ConditionKeys = { "is", "startsWith", "ciClass", "severityAtLeast", "messageMatches" };

    /// <summary>Reads an alerts document.</summary>
    /// <param name="json">The document.</param>
    /// <returns>The alerts, in document order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="AlertFormatException">The document is not valid; every problem is listed.</exception>
    public static IReadOnlyList<Alert> ReadAlerts(string json)
    {
        var problems = new List<AlertFormatProblem>();
        using JsonDocument? document = Parse(json, problems);
        var alerts = new List<Alert>();
        if (document is not null && JsonScope.Object(problems, document.RootElement, "$", "format", "alerts") is { } root)
        {
            CheckFormat(root, AlertsFormat);
            var ids = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach ((JsonElement item, string path) in root.Array("alerts") ?? Array.Empty<(JsonElement, string)>())
            {
                if (ReadAlert(problems, item, path) is { } alert)
                {
                    if (ids.TryAdd(alert.Id, alerts.Count))
                    {
                        alerts.Add(alert);
                    }
                    else
                    {
                        problems.Add(new AlertFormatProblem(path + ".id", $"alert id '{alert.Id}' appears twice"));
                    }
                }
            }
        }

        return problems.Count > 0 ? throw new AlertFormatException(problems) : alerts;
    }

    /// <summary>Writes an alerts document.</summary>
    /// <param name="alerts">The alerts.</param>
    /// <returns>The document (indented).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="alerts"/> or an alert is null.</exception>
    public static string WriteAlerts(IEnumerable<Alert> alerts)
    {
        ArgumentNullException.ThrowIfNull(alerts);
        return Write(w =>
        {
            w.WriteString("format", AlertsFormat);
            w.WriteStartArray("alerts");
            foreach (Alert a in alerts)
            {
                ArgumentNullException.ThrowIfNull(a, nameof(alerts));
                w.WriteStartObject();
                w.WriteString("id", a.Id);
                w.WriteString("source", a.Source);
                w.WriteString("check", a.Check);
                if (a.ConfigurationItem is { } ci)
                {
                    w.WriteString("ci", ci.Value);
                }

                w.WriteString("severity", Severities.First(p => p.Value == a.Severity).Key);
                w.WriteString("fingerprint", a.Fingerprint);
                if (a.Message.Length > 0)
                {
                    w.WriteString("message", a.Message);
                }

                w.WriteString("raisedAt", InstantPattern.ExtendedIso.Format(a.RaisedAt));
                w.WriteString("receivedAt", InstantPattern.ExtendedIso.Format(a.ReceivedAt));
                if (a.ClearedAt is { } cleared)
                {
                    w.WriteString("clearedAt", InstantPattern.ExtendedIso.Format(cleared));
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
        });
    }

    /// <summary>Reads a triage rule set document.</summary>
    /// <param name="json">The document.</param>
    /// <returns>The rule set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="AlertFormatException">The document is not valid; every problem is listed.</exception>
    public static TriageRuleSet ReadRuleSet(string json)
    {
        var problems = new List<AlertFormatProblem>();
        using JsonDocument? document = Parse(json, problems);
        if (document is not null && JsonScope.Object(problems, document.RootElement, "$", "format", "id", "version", "rules") is { } root)
        {
            CheckFormat(root, RuleSetFormat);
            string? id = root.Name("id");
            int? version = root.Int("version", 1, int.MaxValue);
            var rules = new List<TriageRule?>();
            foreach ((JsonElement item, string path) in root.Array("rules") ?? Array.Empty<(JsonElement, string)>())
            {
                rules.Add(ReadRule(problems, item, path));
            }

            TriageRuleSet.Check(id ?? "id", version ?? 1, rules, problems, reportNulls: false);
            if (problems.Count == 0)
            {
                return TriageRuleSet.Create(id!, version!.Value, rules!);
            }
        }

        throw new AlertFormatException(problems);
    }

    /// <summary>Writes a triage rule set document.</summary>
    /// <param name="ruleSet">The rule set.</param>
    /// <returns>The document (indented).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ruleSet"/> is null.</exception>
    public static string WriteRuleSet(TriageRuleSet ruleSet)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        return Write(w =>
        {
            w.WriteString("format", RuleSetFormat);
            w.WriteString("id", ruleSet.Id);
            w.WriteNumber("version", ruleSet.Version);
            w.WriteStartArray("rules");
            foreach (TriageRule r in ruleSet.Rules)
            {
                w.WriteStartObject();
                w.WriteString("id", r.Id);
                w.WriteNumber("version", r.Version);
                w.WriteString("name", r.Name);
                w.WriteStartArray("when");
                foreach (AlertCondition c in r.Conditions)
                {
                    WriteCondition(w, c);
                }

                w.WriteEndArray();
                w.WriteStartObject("then");
                TriageOutcome o = r.Outcome;
                w.WriteString("action", Actions.First(p => p.Value == o.Action).Key);
                switch (o.Action)
                {
                    case TriageAction.NoAction:
                        w.WriteString("reason", o.Reason);
                        break;
                    case TriageAction.AttachToOpenIncident:
                        w.WriteString("window", DurationPattern.Roundtrip.Format(o.Window!.Value));
                        w.WriteString("priority", o.Priority);
                        break;
                    case TriageAction.OpenIncident:
                        w.WriteString("priority", o.Priority);
                        break;
                    default:
                        w.WriteString("contactList", o.ContactList);
                        break;
                }

                w.WriteEndObject();
                if (r.LastReviewedOn is { } reviewed)
                {
                    w.WriteString("lastReviewedOn", LocalDatePattern.Iso.Format(reviewed));
                }

                w.WriteNumber("reviewEveryMonths", r.ReviewEveryMonths);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        });
    }

    private static void WriteCondition(Utf8JsonWriter w, AlertCondition c)
    {
        w.WriteStartObject();
        switch (c.Kind)
        {
            case AlertConditionKind.Is:
            case AlertConditionKind.StartsWith:
                w.WriteString("field", Fields.First(p => p.Value == c.Field).Key);
                w.WriteString(c.Kind == AlertConditionKind.Is ? "is" : "startsWith", c.Value);
                break;
            case AlertConditionKind.ClassIs:
                w.WriteString("ciClass", c.Value);
                break;
            case AlertConditionKind.SeverityAtLeast:
                w.WriteString("severityAtLeast", Severities.First(p => p.Value == c.Severity).Key);
                break;
            default:
                w.WriteString("messageMatches", c.Value);
                break;
        }

        w.WriteEndObject();
    }

    private static Alert? ReadAlert(List<AlertFormatProblem> problems, JsonElement item, string path)
    {
        if (JsonScope.Object(problems, item, path, "id", "source", "check", "ci", "severity", "fingerprint", "message", "raisedAt", "receivedAt", "clearedAt") is not { } o)
        {
            return null;
        }

        int before = problems.Count;
        string? id = o.Name("id");
        string? source = o.Name("source");
        string? check = o.Name("check");
        string? ci = o.Name("ci", required: false);
        AlertSeverity? severity = o.Enum("severity", Severities);
        string? fingerprint = o.Name("fingerprint");
        string? message = o.Message("message", required: false);
        Instant? raised = o.Instant("raisedAt");
        Instant? received = o.Instant("receivedAt");
        Instant? cleared = o.Instant("clearedAt", required: false);
        if (raised is { } r1 && received is { } r2 && r2 < r1)
        {
            o.Problem("receivedAt", "the alert was received before it was raised");
        }

        if (raised is { } r3 && cleared is { } c && c < r3)
        {
            o.Problem("clearedAt", "the alert was cleared before it was raised");
        }

        if (problems.Count > before)
        {
            return null;
        }

        return new Alert(id!, source!, check!, fingerprint!, severity!.Value, raised!.Value, received!.Value)
        {
            ConfigurationItem = ci is null ? null : new ConfigurationItemId(ci),
            Message = message ?? string.Empty,
            ClearedAt = cleared,
        };
    }

    private static TriageRule? ReadRule(List<AlertFormatProblem> problems, JsonElement item, string path)
    {
        if (JsonScope.Object(problems, item, path, "id", "version", "name", "when", "then", "lastReviewedOn", "reviewEveryMonths") is not { } o)
        {
            return null;
        }

        int before = problems.Count;
        string? id = o.Name("id");
        int? version = o.Int("version", 1, int.MaxValue);
        string? name = o.Name("name");
        var conditions = new List<AlertCondition>();
        foreach ((JsonElement c, string cPath) in o.Array("when") ?? Array.Empty<(JsonElement, string)>())
        {
            if (ReadCondition(problems, c, cPath) is { } condition)
            {
                conditions.Add(condition);
            }
        }

        TriageOutcome? outcome = ReadOutcome(o.Object("then", "action", "reason", "window", "priority", "contactList"));
        LocalDate? reviewed = o.Date("lastReviewedOn", required: false);
        if (reviewed is { Year: > TriageRule.MaxReviewYear })
        {
            o.Problem("lastReviewedOn", $"the review date must be in year {TriageRule.MaxReviewYear} or earlier");
        }

        int? every = o.Int("reviewEveryMonths", 1, TriageRule.MaxReviewEveryMonths, required: false);
        return problems.Count > before
            ? null
            : new TriageRule(id!, version!.Value, name!, conditions, outcome!) { LastReviewedOn = reviewed, ReviewEveryMonths = every ?? 3 };
    }

    private static AlertCondition? ReadCondition(List<AlertFormatProblem> problems, JsonElement item, string path)
    {
        if (JsonScope.Object(problems, item, path, ["field", .. ConditionKeys]) is not { } o)
        {
            return null;
        }

        string[] kinds = ConditionKeys.Where(o.Has).ToArray();
        if (kinds.Length != 1)
        {
            o.Problem(string.Empty, "a condition has exactly one of: " + string.Join(", ", ConditionKeys));
            return null;
        }

        string kind = kinds[0];
        bool needsField = kind is "is" or "startsWith";
        if (!needsField && o.Has("field"))
        {
            o.Problem("field", $"'{kind}' takes no field");
            return null;
        }

        AlertField? field = needsField ? o.Enum("field", Fields) : null;
        switch (kind)
        {
            case "severityAtLeast":
                return o.Enum("severityAtLeast", Severities) is { } s ? AlertCondition.SeverityAtLeast(s) : null;
            case "messageMatches":
                string? pattern = o.String("messageMatches");
                if (pattern is not null && AlertCondition.PatternProblem(pattern) is { } reason)
                {
                    o.Problem("messageMatches", "the pattern " + reason);
                    return null;
                }

                return pattern is null ? null : AlertCondition.MessageMatches(pattern);
            default:
                string? value = o.Name(kind);
                return value is null || (needsField && field is null) ? null
                    : kind == "is" ? AlertCondition.Is(field!.Value, value)
                    : kind == "startsWith" ? AlertCondition.StartsWith(field!.Value, value)
                    : AlertCondition.ClassIs(value);
        }
    }

    private static TriageOutcome? ReadOutcome(JsonScope? o)
    {
        if (o is null || o.Enum("action", Actions) is not { } action)
        {
            return null;
        }

        string[] allowed = action switch
        {
            TriageAction.NoAction => new[] { "action", "reason" },
            TriageAction.AttachToOpenIncident => new[] { "action", "window", "priority" },
            TriageAction.OpenIncident => new[] { "action", "priority" },
            _ => new[] { "action", "contactList" },
        };
        bool ok = true;
        foreach (string extra in new[] { "reason", "window", "priority", "contactList" }.Where(p => o.Has(p) && !allowed.Contains(p)))
        {
            o.Problem(extra, $"not a property of action '{Actions.First(p => p.Value == action).Key}'");
            ok = false;
        }

        switch (action)
        {
            case TriageAction.NoAction:
                string? reason = o.Message("reason");
                if (reason is { Length: 0 })
                {
                    o.Problem("reason", "the reason is empty");
                    return null;
                }

                return ok && reason is not null ? TriageOutcome.NoAction(reason) : null;
            case TriageAction.AttachToOpenIncident:
                Duration? window = o.Duration("window");
                string? fallback = o.Name("priority");
                if (window is { } w && w <= Duration.Zero)
                {
                    o.Problem("window", "the window must be positive");
                    return null;
                }

                return ok && window is not null && fallback is not null ? TriageOutcome.AttachToOpenIncident(window.Value, fallback) : null;
            case TriageAction.OpenIncident:
                return o.Name("priority") is { } priority && ok ? TriageOutcome.OpenIncident(priority) : null;
            default:
                return o.Name("contactList") is { } list && ok ? TriageOutcome.Notify(list) : null;
        }
    }

    private static void CheckFormat(JsonScope root, string expected)
    {
        if (root.String("format") is { } format && format != expected)
        {
            root.Problem("format", $"expected '{expected}'");
        }
    }

    private static JsonDocument? Parse(string json, List<AlertFormatProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument? document = JsonTextCheck.TryParse(json, out string? error);
        if (document is null)
        {
            problems.Add(new AlertFormatProblem("$", error!));
            return null;
        }

        if (JsonTextCheck.FindProblem(document.RootElement, "$") is { } problem)
        {
            document.Dispose();
            problems.Add(new AlertFormatProblem(problem.Path, problem.Reason));
            return null;
        }

        return document;
    }

    private static string Write(Action<Utf8JsonWriter> body)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            body(writer);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
