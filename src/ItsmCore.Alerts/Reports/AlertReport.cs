using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using NodaTime;

namespace ItsmCore.Alerts;

/// <summary>
/// The weekly (or monthly) review of alert handling: volume by rule, the share classified automatically and the share
/// needing no action, the late-notification rate against its target, and the alerts per CI and check (the candidates
/// for a threshold review). Percentages are exact <see cref="decimal"/>s; <see cref="ToMarkdown"/> rounds them half away
/// from zero to two decimals, and verdicts are decided on the exact values. Immutable and thread-safe.
/// </summary>
public sealed class AlertReport
{
    private AlertReport(int total, int classified, int noAction, int due, int late, decimal lateTarget, IReadOnlyList<RuleVolume> byRule, IReadOnlyList<AlertSourceVolume> bySource, Instant asOf)
    {
        Total = total;
        ClassifiedAutomatically = classified;
        NoAction = noAction;
        NotificationsDue = due;
        LateNotifications = late;
        LateNotificationTargetPercent = lateTarget;
        ByRule = byRule;
        ByConfigurationItemAndCheck = bySource;
        AsOf = asOf;
    }

    /// <summary>The instant the report was made at (unmade notifications due before it count as late).</summary>
    public Instant AsOf { get; }

    /// <summary>Alerts.</summary>
    public int Total { get; }

    /// <summary>Alerts a stored rule decided.</summary>
    public int ClassifiedAutomatically { get; }

    /// <summary>The share classified automatically, percent (null without alerts).</summary>
    public decimal? ClassifiedAutomaticallyPercent => Percent(ClassifiedAutomatically, Total);

    /// <summary>Alerts decided "no action needed".</summary>
    public int NoAction { get; }

    /// <summary>The share needing no action, percent (null without alerts).</summary>
    public decimal? NoActionPercent => Percent(NoAction, Total);

    /// <summary>Alerts that owed a notification.</summary>
    public int NotificationsDue { get; }

    /// <summary>Of which late: made after the deadline, or not made and the deadline passed.</summary>
    public int LateNotifications { get; }

    /// <summary>The late-notification rate, percent (null when no notification was owed).</summary>
    public decimal? LateNotificationPercent => Percent(LateNotifications, NotificationsDue);

    /// <summary>The target: the rate must be under this percentage.</summary>
    public decimal LateNotificationTargetPercent { get; }

    /// <summary>Whether the late-notification rate is under its target (strictly; true when nothing was owed).</summary>
    public bool LateNotificationTargetMet => LateNotificationPercent is not { } p || p < LateNotificationTargetPercent;

    /// <summary>Volume per rule version, most alerts first (then by rule id, manual triage last).</summary>
    public IReadOnlyList<RuleVolume> ByRule { get; }

    /// <summary>Alerts per CI and check, most first (then by CI and check id), at most the number asked for.</summary>
    public IReadOnlyList<AlertSourceVolume> ByConfigurationItemAndCheck { get; }

    /// <summary>Makes the report.</summary>
    /// <param name="records">The alerts of the period.</param>
    /// <param name="asOf">When the report is made.</param>
    /// <param name="lateNotificationTargetPercent">The late-notification rate must be under this (case 6: 1 %), in [0, 100].</param>
    /// <param name="top">How many CI and check rows to keep, at least 1.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="records"/> or a record is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The target or <paramref name="top"/> is out of range.</exception>
    public static AlertReport Create(IEnumerable<AlertRecord> records, Instant asOf, decimal lateNotificationTargetPercent = 1m, int top = 20)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentOutOfRangeException.ThrowIfLessThan(lateNotificationTargetPercent, 0m);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(lateNotificationTargetPercent, 100m);
        ArgumentOutOfRangeException.ThrowIfLessThan(top, 1);
        AlertRecord[] all = records.ToArray();
        foreach (AlertRecord r in all)
        {
            ArgumentNullException.ThrowIfNull(r, nameof(records));
        }

        int total = all.Length;
        RuleVolume[] byRule = all
            .GroupBy(r => (r.Decision.RuleId, r.Decision.RuleVersion, r.Decision.Outcome?.Action))
            .Select(g => new RuleVolume(g.Key.RuleId, g.Key.RuleVersion, g.Key.Action, g.Count(), Percent(g.Count(), total)!.Value))
            .OrderByDescending(v => v.Count)
            .ThenBy(v => v.RuleId is null)
            .ThenBy(v => v.RuleId, StringComparer.Ordinal)
            .ThenBy(v => v.RuleVersion)
            .ToArray();
        AlertSourceVolume[] bySource = all
            .GroupBy(r => (r.Decision.Alert.ConfigurationItem, r.Decision.Alert.Check))
            .Select(g => new AlertSourceVolume(g.Key.ConfigurationItem, g.Key.Check, g.Count(), g.Count(r => r.Decision.Outcome?.Action == TriageAction.NoAction)))
            .OrderByDescending(v => v.Count)
            .ThenBy(v => v.ConfigurationItem?.Value, StringComparer.Ordinal)
            .ThenBy(v => v.Check, StringComparer.Ordinal)
            .Take(top)
            .ToArray();
        return new AlertReport(
            total,
            all.Count(r => r.Decision.IsClassifiedAutomatically),
            all.Count(r => r.Decision.Outcome?.Action == TriageAction.NoAction),
            all.Count(r => r.NotificationDueAt is not null),
            all.Count(r => r.IsLate(asOf)),
            lateNotificationTargetPercent,
            byRule,
            bySource,
            asOf);
    }

    /// <summary>The report as a markdown summary and two tables.</summary>
    /// <returns>The text.</returns>
    public string ToMarkdown()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Alerts: {Total}; classified automatically: {ClassifiedAutomatically} ({Show(ClassifiedAutomaticallyPercent)}); no action: {NoAction} ({Show(NoActionPercent)})\n");
        text.Append(CultureInfo.InvariantCulture, $"Late notifications: {LateNotifications} of {NotificationsDue} ({Show(LateNotificationPercent)}), target under {Show(LateNotificationTargetPercent)}: {(LateNotificationTargetMet ? "met" : "not met")}\n\n");
        text.Append("| rule | version | action | alerts | share |\n| --- | --- | --- | --- | --- |\n");
        foreach (RuleVolume v in ByRule)
        {
            text.Append(CultureInfo.InvariantCulture, $"| {v.RuleId ?? "(manual triage)"} | {v.RuleVersion?.ToString(CultureInfo.InvariantCulture) ?? "-"} | {v.Action?.ToString() ?? "-"} | {v.Count} | {Show(v.Percent)} |\n");
        }

        text.Append("\n| CI | check | alerts | no action |\n| --- | --- | --- | --- |\n");
        foreach (AlertSourceVolume v in ByConfigurationItemAndCheck)
        {
            text.Append(CultureInfo.InvariantCulture, $"| {v.ConfigurationItem?.Value ?? "-"} | {v.Check} | {v.Count} | {v.NoActionCount} |\n");
        }

        return text.ToString();
    }

    private static decimal? Percent(int part, int whole) => whole == 0 ? null : part * 100m / whole;

    private static string Show(decimal? percent) =>
        percent is { } p ? Math.Round(p, 2, MidpointRounding.AwayFromZero).ToString("0.00", CultureInfo.InvariantCulture) + " %" : "-";
}
