using System;
using System.Linq;
using FluentValidation.Results;

namespace ItsmCore.Alerts;

/// <summary>
/// The checked, frozen configuration of alert intake: the rule set (compiled once into <see cref="Triage"/>) and the
/// clock policy. Made from <see cref="AlertOptions"/> by <see cref="Create"/>, which reports every problem at once.
/// Immutable and thread-safe; share one instance.
/// </summary>
public sealed class AlertRules
{
    private AlertRules(AlertOptions options)
    {
        RuleSet = options.RuleSet;
        ClockPolicy = options.ClockPolicy;
        Triage = AlertTriage.Create(RuleSet);
    }

    /// <summary>A rule set without rules (id <c>default</c>, version 1).</summary>
    public static TriageRuleSet EmptyRuleSet { get; } = TriageRuleSet.Create("default", 1, Array.Empty<TriageRule>());

    /// <summary>The triage rules.</summary>
    public TriageRuleSet RuleSet { get; }

    /// <summary>The clock policy.</summary>
    public AlertClockPolicy ClockPolicy { get; }

    /// <summary>The compiled triage (without a CMDB snapshot; use <see cref="AlertTriage.WithCmdb"/> for CI-class conditions).</summary>
    public AlertTriage Triage { get; }

    /// <summary>Checks <paramref name="options"/> and freezes them. Every problem is reported at once.</summary>
    /// <param name="options">The options; read once, so later changes do not affect the rules.</param>
    /// <returns>The rules.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException">The options are not valid; the message lists every problem.</exception>
    public static AlertRules Create(AlertOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ValidationResult result = new AlertOptionsValidator().Validate(options);
        return result.IsValid
            ? new AlertRules(options)
            : throw new ArgumentException("Invalid alert options: " + string.Join(" ", result.Errors.Select(e => e.ErrorMessage)), nameof(options));
    }

    /// <summary>Whether both hold the same settings (equal rule sets and the same clock policy).</summary>
    internal bool HasSameSettings(AlertRules other) => RuleSet.HasSameRules(other.RuleSet) && ReferenceEquals(ClockPolicy, other.ClockPolicy);
}
