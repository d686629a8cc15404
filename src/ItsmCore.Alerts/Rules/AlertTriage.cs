using System;
using ItsmCore.Alerts.Engine;
using ItsmCore.Cmdb;

namespace ItsmCore.Alerts;

/// <summary>
/// Triage: a <see cref="TriageRuleSet"/> compiled into an index, optionally with the CMDB snapshot that answers
/// CI-class conditions. <see cref="Decide"/> returns the first rule (in rule-set order) whose conditions all hold, as a
/// <see cref="TriageDecision"/> that records the rule set's and the rule's versions. Pure: it acts on nothing (see
/// <see cref="AlertIntake"/>). Immutable and thread-safe; <see cref="Decide"/> allocates only its decision.
/// </summary>
public sealed class AlertTriage
{
    private readonly TriageIndex index;
    private readonly ClassResolver classes;

    private AlertTriage(TriageRuleSet ruleSet, CmdbSnapshot? cmdb)
    {
        RuleSet = ruleSet;
        Cmdb = cmdb;
        index = new TriageIndex(ruleSet.Rules);
        classes = cmdb is null ? ClassResolver.None : new ClassResolver(cmdb);
    }

    /// <summary>The rules.</summary>
    public TriageRuleSet RuleSet { get; }

    /// <summary>The CMDB snapshot CI-class conditions read; null when none (such conditions then never hold).</summary>
    public CmdbSnapshot? Cmdb { get; }

    /// <summary>How many rules are reached through the exact-match index (the others are tried in order for every alert).</summary>
    public int IndexedRuleCount => index.IndexedCount;

    /// <summary>Compiles a rule set.</summary>
    /// <param name="ruleSet">The rules.</param>
    /// <param name="cmdb">The CMDB snapshot for CI-class conditions (the CI's class or an ancestor); null when none.</param>
    /// <returns>The triage.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ruleSet"/> is null.</exception>
    public static AlertTriage Create(TriageRuleSet ruleSet, CmdbSnapshot? cmdb = null)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        return new AlertTriage(ruleSet, cmdb);
    }

    /// <summary>Decides an alert: the first rule whose conditions all hold, or none (manual triage).</summary>
    /// <param name="alert">The alert.</param>
    /// <returns>The decision.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="alert"/> is null.</exception>
    public TriageDecision Decide(Alert alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        int i = index.FirstMatch(alert, classes);
        return new TriageDecision(alert, RuleSet.Id, RuleSet.Version, i < 0 ? null : RuleSet.Rules[i], i);
    }

    /// <summary>The position of the first matching rule, or -1 (what <see cref="Decide"/> does, without the decision).</summary>
    internal int FirstMatch(Alert alert) => index.FirstMatch(alert, classes);

    /// <summary>The same rules with another CMDB snapshot.</summary>
    /// <param name="cmdb">The snapshot; null for none.</param>
    /// <returns>The triage.</returns>
    public AlertTriage WithCmdb(CmdbSnapshot? cmdb) => new(RuleSet, cmdb);

    /// <inheritdoc />
    public override string ToString() => $"Triage over {RuleSet}";
}
