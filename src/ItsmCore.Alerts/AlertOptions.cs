namespace ItsmCore.Alerts;

/// <summary>
/// Options of the Alerts package: the triage rule set and the clock policy the DI registration's
/// <see cref="AlertTriage"/> and <see cref="AlertIntake"/> use. Checked and frozen by <see cref="AlertRules.Create"/>
/// (every error at once) when registered with <c>AddItsmCoreAlerts</c>.
/// </summary>
/// <remarks>
/// Configure an instance before use and do not change it afterwards; it is not thread-safe while being changed, and
/// safe to read from several threads once configured.
/// </remarks>
public sealed class AlertOptions
{
    /// <summary>The triage rules.</summary>
    /// <value>The default value is <see cref="AlertRules.EmptyRuleSet"/> (id <c>default</c>, version 1, no rules: every alert goes to manual triage).</value>
    public TriageRuleSet RuleSet { get; set; } = AlertRules.EmptyRuleSet;

    /// <summary>The detection, notification and interim-report clocks.</summary>
    /// <value>The default value is <see cref="AlertClockPolicy.Default"/> (case 1: 15/30 min when service affecting, 60 min otherwise; interim reports every 60 min; detection 5 min).</value>
    public AlertClockPolicy ClockPolicy { get; set; } = AlertClockPolicy.Default;
}
