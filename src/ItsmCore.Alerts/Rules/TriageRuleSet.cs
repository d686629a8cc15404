using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using NodaTime;

namespace ItsmCore.Alerts;

/// <summary>
/// A versioned, ordered set of <see cref="TriageRule"/>s. The order is the documented order of evaluation: rules are
/// tried first to last and the <b>first rule whose conditions all hold</b> decides. Immutable and thread-safe; compile
/// it with <see cref="AlertTriage.Create"/> to triage alerts.
/// </summary>
public sealed class TriageRuleSet
{
    private TriageRuleSet(string id, int version, ImmutableArray<TriageRule> rules)
    {
        Id = id;
        Version = version;
        Rules = rules;
    }

    /// <summary>The rule set's id.</summary>
    public string Id { get; }

    /// <summary>The rule set's version (recorded with every decision; raise it on any change).</summary>
    public int Version { get; }

    /// <summary>The rules, in evaluation order.</summary>
    public IReadOnlyList<TriageRule> Rules { get; }

    /// <summary>
    /// Checks and freezes a rule set. Every problem is reported at once, with the path the JSON format gives it: an invalid
    /// id, a version below 1, a null rule, two rules with one id, and a rule after one that matches everything (it could
    /// never match).
    /// </summary>
    /// <param name="id">The rule set's id.</param>
    /// <param name="version">The rule set's version, at least 1.</param>
    /// <param name="rules">The rules in evaluation order.</param>
    /// <returns>The rule set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> is null.</exception>
    /// <exception cref="AlertFormatException">The rule set is not valid; every problem is listed.</exception>
    public static TriageRuleSet Create(string id, int version, IEnumerable<TriageRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ImmutableArray<TriageRule> list = rules.ToImmutableArray();
        var problems = new List<AlertFormatProblem>();
        Check(id, version, list, problems, reportNulls: true);
        return problems.Count > 0 ? throw new AlertFormatException(problems) : new TriageRuleSet(id, version, list);
    }

    /// <summary>
    /// The checks of <see cref="Create"/>, adding to <paramref name="problems"/>; null rules (the JSON reader's rules that
    /// had problems of their own) are skipped, and reported only when <paramref name="reportNulls"/>.
    /// </summary>
    internal static void Check(string? id, int? version, IReadOnlyList<TriageRule?> list, List<AlertFormatProblem> problems, bool reportNulls)
    {
        if (AlertText.NameProblem(id) is { } idProblem)
        {
            problems.Add(new AlertFormatProblem("$.id", "the id " + idProblem));
        }

        if (version < 1)
        {
            problems.Add(new AlertFormatProblem("$.version", "the version must be at least 1"));
        }

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        int? catchAll = null;
        for (int i = 0; i < list.Count; i++)
        {
            string path = string.Create(CultureInfo.InvariantCulture, $"$.rules[{i}]");
            TriageRule? rule = list[i];
            if (rule is null)
            {
                if (reportNulls)
                {
                    problems.Add(new AlertFormatProblem(path, "the rule is null"));
                }

                continue;
            }

            if (!seen.TryAdd(rule.Id, i))
            {
                problems.Add(new AlertFormatProblem(path + ".id", string.Create(CultureInfo.InvariantCulture, $"rule id '{rule.Id}' is also rule {seen[rule.Id]}'s")));
            }

            if (catchAll is { } c)
            {
                problems.Add(new AlertFormatProblem(path, string.Create(CultureInfo.InvariantCulture, $"rule '{rule.Id}' can never match: rule {c} ('{list[c]!.Id}') matches every alert before it")));
            }
            else if (rule.MatchesEverything)
            {
                catchAll = i;
            }
        }
    }

    /// <summary>
    /// The rules whose review is due on <paramref name="asOf"/>: never reviewed, or <see cref="TriageRule.ReviewDueOn"/>
    /// at or before it. Never-reviewed rules first, then the most overdue first, then in rule order.
    /// </summary>
    /// <param name="asOf">The local date asked about.</param>
    /// <returns>The due reviews.</returns>
    public IReadOnlyList<RuleReviewDue> ReviewsDue(LocalDate asOf) =>
        Rules.Select((r, i) => (Rule: r, Index: i, Due: r.ReviewDueOn))
            .Where(x => x.Due is null || x.Due.Value <= asOf)
            .OrderBy(x => x.Due.HasValue)
            .ThenBy(x => x.Due)
            .ThenBy(x => x.Index)
            .Select(x => new RuleReviewDue(x.Rule, x.Due, x.Due is { } d ? Period.DaysBetween(d, asOf) : 0))
            .ToArray();

    /// <summary>A new version of this rule set with other rules (checked as by <see cref="Create"/>).</summary>
    /// <param name="version">The new version.</param>
    /// <param name="rules">The rules.</param>
    /// <returns>The new rule set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> is null.</exception>
    /// <exception cref="AlertFormatException">The rule set is not valid.</exception>
    public TriageRuleSet WithRules(int version, IEnumerable<TriageRule> rules) => Create(Id, version, rules);

    /// <summary>Whether both rule sets have the same id, version and rules.</summary>
    /// <param name="other">The other rule set.</param>
    /// <returns>True when equal.</returns>
    public bool HasSameRules(TriageRuleSet other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Id == other.Id && Version == other.Version && Rules.SequenceEqual(other.Rules);
    }

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"Triage rule set '{Id}' v{Version} ({Rules.Count} rules)");
}
