using System;
using System.Collections.Generic;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using ItsmCore.Alerts;
using NodaTime;

namespace ItsmCore.Benchmarks;

/// <summary>
/// Triage of one alert against 1,000 rules. <c>Exact</c>: every rule has an exact check and source (rule i: check
/// <c>check-i</c>, source <c>src-(i mod 10)</c>, severity at least warning), the alert matches rule 900, and 10 rules
/// without an exact condition (a source prefix and a severity) sit before it. <c>Pattern</c>: the same, and the
/// matching rule and the 10 unindexed ones also test the message with a regular expression, so the engine runs
/// 11 patterns. Baseline: a linear scan in rule order over the same conditions (what a naive engine does); the
/// scan's result is checked against the engine's at setup. Run: <c>-- --filter '*AlertTriage*' --inProcess --job short</c>
/// (docs/benchmarks/alerts.md).
/// </summary>
[MemoryDiagnoser]
public class AlertTriageBenchmarks
{
    private const int RuleCount = 1_000;
    private const int Matching = 900;

    private AlertTriage triage = null!;
    private TriageRule[] rules = null!;
    private Alert alert = null!;

    [Params("Exact", "Pattern")]
    public string Kind { get; set; } = "Exact";

    [GlobalSetup]
    public void Setup()
    {
        bool pattern = Kind == "Pattern";
        var list = new List<TriageRule>();
        for (int i = 0; i < RuleCount; i++)
        {
            string n = i.ToString(CultureInfo.InvariantCulture);
            var conditions = new List<AlertCondition>
            {
                AlertCondition.Is(AlertField.Check, "check-" + n),
                AlertCondition.Is(AlertField.Source, "src-" + (i % 10).ToString(CultureInfo.InvariantCulture)),
                AlertCondition.SeverityAtLeast(AlertSeverity.Warning),
            };
            if (pattern && i == Matching)
            {
                conditions.Add(AlertCondition.MessageMatches(@"disk [0-9]+% full on /var"));
            }

            list.Add(new TriageRule("r" + n, 1, "rule " + n, conditions, TriageOutcome.OpenIncident("P3")));
            if (i % 100 == 50)
            {
                // An unindexed rule: no exact condition; it never matches the alert (its prefix does not hold).
                var loose = new List<AlertCondition> { AlertCondition.StartsWith(AlertField.Source, "nagios"), AlertCondition.SeverityAtLeast(AlertSeverity.Minor) };
                if (pattern)
                {
                    loose.Insert(0, AlertCondition.MessageMatches(@"timeout|refused"));
                }

                list.Add(new TriageRule("loose" + n, 1, "loose " + n, loose, TriageOutcome.NoAction("flap")));
            }
        }

        rules = list.ToArray();
        triage = AlertTriage.Create(TriageRuleSet.Create("bench", 1, rules));
        Instant at = Instant.FromUtc(2026, 11, 1, 0, 0);
        alert = new Alert("a", "src-0", "check-900", "fp", AlertSeverity.Major, at, at) { Message = "disk 93% full on /var/log" };
        int engine = triage.FirstMatch(alert);
        int scan = Linear();
        Console.WriteLine($"// {Kind}: {rules.Length} rules, {triage.IndexedRuleCount} indexed; match at {engine} (scan: {scan})");
        if (engine != scan || rules[engine].Id != "r900")
        {
            throw new InvalidOperationException("The engine and the linear scan disagree.");
        }
    }

    [Benchmark(Baseline = true, Description = "Linear scan of 1,000 rules")]
    public int Linear()
    {
        for (int i = 0; i < rules.Length; i++)
        {
            bool all = true;
            foreach (AlertCondition c in rules[i].Conditions)
            {
                if (!c.Matches(alert, ClassResolver.None))
                {
                    all = false;
                    break;
                }
            }

            if (all)
            {
                return i;
            }
        }

        return -1;
    }

    [Benchmark(Description = "AlertTriage.Decide (indexed)")]
    public TriageDecision Decide() => triage.Decide(alert);
}
