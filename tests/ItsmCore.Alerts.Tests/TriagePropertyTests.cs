using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using ItsmCore.Tests;
using NodaTime;

namespace ItsmCore.Alerts.Tests;

/// <summary>
/// <see cref="AlertTriage.Decide"/> (the indexed engine) against a linear scan written here from the rules' data alone:
/// random rule sets over small value pools (so that rules collide, share exact keys and shadow each other) and random
/// alerts; the chosen rule is the first rule whose conditions all hold, or none. Class conditions use the test CMDB
/// (device &lt;- server &lt;- vm, device &lt;- switch), walked here parent by parent; patterns run on a backtracking regex.
/// </summary>
public sealed class TriagePropertyTests
{
    private static readonly string[] Sources = { "zabbix", "zabbix-2", "nagios" };
    private static readonly string[] Checks = { "alive", "disk", "disk-io", "url" };
    private static readonly string?[] Cis = { null, "web-1", "db-1", "sw-1", "lb", "ghost" };
    private static readonly string[] Fingerprints = { "f1", "f2", "f10" };
    private static readonly string[] Messages = { "", "disk 91% full", "timeout after 30s", "connection refused", "CPU 100%" };
    private static readonly string[] Patterns = { "disk", "^CPU", "timeout|refused", "[0-9]{3}" };
    private static readonly string[] ClassNames = { "device", "server", "vm", "switch", "pool" };

    private static readonly Dictionary<string, string> ClassOf = new() { ["web-1"] = "vm", ["db-1"] = "server", ["sw-1"] = "switch", ["lb"] = "device" };
    private static readonly Dictionary<string, string> Parent = new() { ["server"] = "device", ["vm"] = "server", ["switch"] = "device" };

    private static readonly Gen<AlertField> Fields = Gen.Elements(AlertField.Source, AlertField.Check, AlertField.ConfigurationItem, AlertField.Fingerprint);

    private static readonly Gen<AlertCondition> Conditions = Gen.OneOf(
        from f in Fields from v in ValuesOf(f) select AlertCondition.Is(f, v),
        from f in Fields from v in ValuesOf(f) from n in Gen.Choose(1, 4) select AlertCondition.StartsWith(f, v[..System.Math.Min(n, v.Length)]),
        Gen.Elements(ClassNames).Select(AlertCondition.ClassIs),
        Gen.Choose(0, 4).Select(s => AlertCondition.SeverityAtLeast((AlertSeverity)s)),
        Gen.Elements(Patterns).Select(AlertCondition.MessageMatches));

    private static readonly Gen<AlertCondition[]> ConditionLists =
        Gen.Frequency((6, Gen.Choose(1, 3).SelectMany(n => Gen.ArrayOf(Conditions, n))), (1, Gen.Constant(System.Array.Empty<AlertCondition>())));

    private static readonly Gen<Alert> Alerts =
        from source in Gen.Elements(Sources)
        from check in Gen.Elements(Checks)
        from ci in Gen.Elements(Cis)
        from fp in Gen.Elements(Fingerprints)
        from severity in Gen.Choose(0, 4)
        from message in Gen.Elements(Messages)
        select new Alert("a", source, check, fp, (AlertSeverity)severity, Instant.FromUtc(2026, 11, 1, 0, 0), Instant.FromUtc(2026, 11, 1, 0, 1))
        {
            ConfigurationItem = ci is null ? null : new Primitives.ConfigurationItemId(ci),
            Message = message,
        };

    [Fact]
    public void Decide_RandomRuleSets_EqualsLinearScanOracle()
    {
        Gen<(AlertCondition[][] Rules, Alert[] Alerts)> cases =
            from n in Gen.Choose(0, 40)
            from rules in Gen.ArrayOf(ConditionLists, n)
            from alerts in Gen.ArrayOf(Alerts, 30)
            select (rules, alerts);

        PropertyRunner.Run(cases, c =>
        {
            // A rule that matches everything may only be last (anything after it could never match: refused on create).
            int catchAll = System.Array.FindIndex(c.Rules, r => r.Length == 0);
            AlertCondition[][] rules = catchAll < 0 ? c.Rules : c.Rules[..(catchAll + 1)];
            TriageRuleSet set = TriageRuleSet.Create("p", 1, rules.Select((r, i) => new TriageRule("r" + i, 1, "r" + i, r, TriageOutcome.OpenIncident("P3"))));
            AlertTriage triage = AlertTriage.Create(set, TestData.Shop());
            foreach (Alert alert in c.Alerts)
            {
                int expected = -1;
                for (int i = 0; i < rules.Length && expected < 0; i++)
                {
                    if (rules[i].All(k => Holds(k, alert)))
                    {
                        expected = i;
                    }
                }

                TriageDecision d = triage.Decide(alert);
                Assert.Equal(expected, d.RuleIndex);
                Assert.Equal(expected < 0 ? null : "r" + expected, d.RuleId);
            }
        }, maxTest: 300);
    }

    private static Gen<string> ValuesOf(AlertField f) => f switch
    {
        AlertField.Source => Gen.Elements(Sources),
        AlertField.Check => Gen.Elements(Checks),
        AlertField.ConfigurationItem => Gen.Elements(Cis.Where(c => c is not null).Select(c => c!).ToArray()),
        _ => Gen.Elements(Fingerprints),
    };

    private static string? FieldOf(Alert a, AlertField f) => f switch
    {
        AlertField.Source => a.Source,
        AlertField.Check => a.Check,
        AlertField.ConfigurationItem => a.ConfigurationItem?.Value,
        _ => a.Fingerprint,
    };

    private static bool Holds(AlertCondition c, Alert a)
    {
        switch (c.Kind)
        {
            case AlertConditionKind.Is:
                return FieldOf(a, c.Field!.Value) == c.Value;
            case AlertConditionKind.StartsWith:
                string? text = FieldOf(a, c.Field!.Value);
                return text is not null && text.Length >= c.Value!.Length && text[..c.Value.Length] == c.Value;
            case AlertConditionKind.ClassIs:
                if (a.ConfigurationItem is not { } ci || !ClassOf.TryGetValue(ci.Value, out string? cls))
                {
                    return false;
                }

                for (string? k = cls; k is not null; k = Parent.GetValueOrDefault(k))
                {
                    if (k == c.Value)
                    {
                        return true;
                    }
                }

                return false;
            case AlertConditionKind.SeverityAtLeast:
                return (int)a.Severity >= (int)c.Severity!.Value;
            default:
                return Regex.IsMatch(a.Message, c.Value!);
        }
    }
}
