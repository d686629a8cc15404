using System;
using System.Collections.Generic;
using System.Linq;

namespace ItsmCore.Alerts;

/// <summary>
/// Replays alerts (a month of them, say) against the rules in force and a candidate version, to see what would have
/// changed before the candidate is adopted: every alert decided by another rule (id or version) or with another
/// outcome, and the volume each way. Immutable result; thread-safe.
/// </summary>
public sealed class TriageReplay
{
    private TriageReplay(int total, IReadOnlyList<TriageChange> changes, AlertReport before, AlertReport after)
    {
        Total = total;
        Changes = changes;
        Before = before;
        After = after;
    }

    /// <summary>Alerts replayed.</summary>
    public int Total { get; }

    /// <summary>The alerts decided differently, in the order given.</summary>
    public IReadOnlyList<TriageChange> Changes { get; }

    /// <summary>The volumes under the rules in force (no notification data: replay decides, it does not notify).</summary>
    public AlertReport Before { get; }

    /// <summary>The volumes under the candidate.</summary>
    public AlertReport After { get; }

    /// <summary>Replays <paramref name="alerts"/> against both rule sets.</summary>
    /// <param name="alerts">The alerts.</param>
    /// <param name="current">The triage in force.</param>
    /// <param name="candidate">The candidate triage (normally the next version of the same rule set, on the same CMDB).</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentNullException">An argument or alert is null.</exception>
    public static TriageReplay Run(IEnumerable<Alert> alerts, AlertTriage current, AlertTriage candidate)
    {
        ArgumentNullException.ThrowIfNull(alerts);
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(candidate);
        var before = new List<AlertRecord>();
        var after = new List<AlertRecord>();
        var changes = new List<TriageChange>();
        NodaTime.Instant last = NodaTime.Instant.MinValue;
        foreach (Alert alert in alerts)
        {
            ArgumentNullException.ThrowIfNull(alert, nameof(alerts));
            TriageDecision b = current.Decide(alert);
            TriageDecision a = candidate.Decide(alert);
            before.Add(new AlertRecord(b));
            after.Add(new AlertRecord(a));
            if (b.RuleId != a.RuleId || b.RuleVersion != a.RuleVersion || b.Outcome != a.Outcome)
            {
                changes.Add(new TriageChange(b, a));
            }

            last = NodaTime.Instant.Max(last, alert.ReceivedAt);
        }

        return new TriageReplay(before.Count, changes, AlertReport.Create(before, last), AlertReport.Create(after, last));
    }
}
