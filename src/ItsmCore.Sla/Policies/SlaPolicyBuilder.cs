using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;

namespace ItsmCore.Sla;

/// <summary>
/// Builds an <see cref="SlaPolicy{TTicket}"/> (see there for the semantics and an example). Each method checks its own
/// arguments and throws at once; <see cref="Build"/> checks the policy as a whole and reports every problem in one
/// <see cref="SlaPolicyValidationException"/>.
/// </summary>
/// <typeparam name="TTicket">The host's ticket snapshot type.</typeparam>
/// <remarks>
/// Required: <see cref="StartWhen"/> and a target (<see cref="WithTarget(Func{TTicket, SlaTarget})"/> or
/// <see cref="WithTarget(SlaTarget)"/>), each given once. <see cref="StopWhen"/> is optional (a clock without one is only
/// ever cancelled or reset) and may be given once. Pause, cancel and reset rules may be given any number of times;
/// pause and cancel rules are tried in the order given and the first match supplies the reason.
/// <para>Not thread-safe (a builder is mutable); the built policy is immutable and independent of the builder.</para>
/// </remarks>
public sealed class SlaPolicyBuilder<TTicket>
{
    private readonly SlaMetric metric;
    private readonly List<Func<TTicket, bool>> starts = new();
    private readonly List<Func<TTicket, bool>> stops = new();
    private readonly List<Func<TTicket, SlaTarget>> targets = new();
    private readonly List<SlaPolicy<TTicket>.ReasonRule> pauses = new();
    private readonly List<SlaPolicy<TTicket>.ReasonRule> cancels = new();
    private readonly List<SlaPolicy<TTicket>.ResetRule> resets = new();
    private readonly List<SlaTargetChangePolicy> changePolicies = new();
    private readonly List<SlaThresholds> thresholds = new();

    /// <summary>Creates a builder for a policy measuring <paramref name="metric"/>.</summary>
    /// <param name="metric">The metric.</param>
    /// <exception cref="ArgumentNullException"><paramref name="metric"/> is null.</exception>
    public SlaPolicyBuilder(SlaMetric metric)
    {
        ArgumentNullException.ThrowIfNull(metric);
        this.metric = metric;
    }

    /// <summary>The condition under which the clock starts (and, after a stop or cancel, reopens). Required, once.</summary>
    /// <param name="condition">The condition over a snapshot.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="condition"/> is null.</exception>
    public SlaPolicyBuilder<TTicket> StartWhen(Func<TTicket, bool> condition)
    {
        ArgumentNullException.ThrowIfNull(condition);
        starts.Add(condition);
        return this;
    }

    /// <summary>The condition under which the cycle is over (resolved, closed): the clock stops. Optional, at most once.</summary>
    /// <param name="condition">The condition over a snapshot.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="condition"/> is null.</exception>
    public SlaPolicyBuilder<TTicket> StopWhen(Func<TTicket, bool> condition)
    {
        ArgumentNullException.ThrowIfNull(condition);
        stops.Add(condition);
        return this;
    }

    /// <summary>A pause rule with a fixed reason ("awaiting customer").</summary>
    /// <param name="condition">The condition over a snapshot.</param>
    /// <param name="reason">The pause reason recorded on the clock; null for none.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="condition"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="reason"/> is blank or longer than <see cref="SlaClockEvent.MaxReasonLength"/>.</exception>
    public SlaPolicyBuilder<TTicket> PauseWhen(Func<TTicket, bool> condition, string? reason = null)
    {
        ArgumentNullException.ThrowIfNull(condition);
        CheckReason(reason, nameof(reason), optional: true);
        pauses.Add(new(condition, _ => reason));
        return this;
    }

    /// <summary>A pause rule whose reason is read from the snapshot (e.g. the status's display name).</summary>
    /// <param name="condition">The condition over a snapshot.</param>
    /// <param name="reason">
    /// The reason for a matching snapshot; null for none. A blank or too long reason is refused when the rule matches.
    /// </param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public SlaPolicyBuilder<TTicket> PauseWhen(Func<TTicket, bool> condition, Func<TTicket, string?> reason)
    {
        ArgumentNullException.ThrowIfNull(condition);
        ArgumentNullException.ThrowIfNull(reason);
        pauses.Add(new(condition, reason));
        return this;
    }

    /// <summary>A cancel rule with a fixed reason ("withdrawn"): the measurement no longer applies.</summary>
    /// <param name="condition">The condition over a snapshot.</param>
    /// <param name="reason">The cancel reason recorded on the clock; null for none.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="condition"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="reason"/> is blank or longer than <see cref="SlaClockEvent.MaxReasonLength"/>.</exception>
    public SlaPolicyBuilder<TTicket> CancelWhen(Func<TTicket, bool> condition, string? reason = null)
    {
        ArgumentNullException.ThrowIfNull(condition);
        CheckReason(reason, nameof(reason), optional: true);
        cancels.Add(new(condition, _ => reason));
        return this;
    }

    /// <summary>A cancel rule whose reason is read from the snapshot.</summary>
    /// <param name="condition">The condition over a snapshot.</param>
    /// <param name="reason">The reason for a matching snapshot; null for none. A blank or too long reason is refused when the rule matches.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public SlaPolicyBuilder<TTicket> CancelWhen(Func<TTicket, bool> condition, Func<TTicket, string?> reason)
    {
        ArgumentNullException.ThrowIfNull(condition);
        ArgumentNullException.ThrowIfNull(reason);
        cancels.Add(new(condition, reason));
        return this;
    }

    /// <summary>
    /// A reset rule over the previous and the new snapshot: when it holds for an open cycle, the cycle is cancelled with
    /// <paramref name="reason"/> and a new one starts at the same instant (when the start condition holds).
    /// </summary>
    /// <param name="condition">The condition over (previous, new) snapshots; it should be false for two equal snapshots.</param>
    /// <param name="reason">The cancel reason of the reset cycle, so that the event log says why it ended.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="reason"/> is blank or longer than <see cref="SlaClockEvent.MaxReasonLength"/>.</exception>
    public SlaPolicyBuilder<TTicket> ResetWhen(Func<TTicket, TTicket, bool> condition, string reason)
    {
        ArgumentNullException.ThrowIfNull(condition);
        CheckReason(reason, nameof(reason), optional: false);
        resets.Add(new(condition, reason));
        return this;
    }

    /// <summary>
    /// A reset rule that holds when a key read from the snapshot changes (e.g. the assigned queue):
    /// <c>!EqualityComparer&lt;TKey&gt;.Default.Equals(key(previous), key(new))</c>.
    /// </summary>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <param name="key">Reads the key from a snapshot.</param>
    /// <param name="reason">The cancel reason of the reset cycle ("reassigned to another queue").</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="reason"/> is blank or longer than <see cref="SlaClockEvent.MaxReasonLength"/>.</exception>
    public SlaPolicyBuilder<TTicket> ResetWhenChanged<TKey>(Func<TTicket, TKey> key, string reason)
    {
        ArgumentNullException.ThrowIfNull(key);
        return ResetWhen((previous, current) => !EqualityComparer<TKey>.Default.Equals(key(previous), key(current)), reason);
    }

    /// <summary>
    /// The target selected for a snapshot (e.g. by its priority). When the selection for a new snapshot differs from the
    /// open clock's target, the target changes with the target-change policy. Required (this or <see cref="WithTarget(SlaTarget)"/>), once.
    /// </summary>
    /// <param name="selector">Selects the target; must not return null.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="selector"/> is null.</exception>
    public SlaPolicyBuilder<TTicket> WithTarget(Func<TTicket, SlaTarget> selector)
    {
        ArgumentNullException.ThrowIfNull(selector);
        targets.Add(selector);
        return this;
    }

    /// <summary>One target for every snapshot. Required (this or <see cref="WithTarget(Func{TTicket, SlaTarget})"/>), once.</summary>
    /// <param name="target">The target.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="target"/> is null.</exception>
    public SlaPolicyBuilder<TTicket> WithTarget(SlaTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        targets.Add(_ => target);
        return this;
    }

    /// <summary>How elapsed time carries over when the selected target changes during a cycle. At most once.</summary>
    /// <param name="policy">The policy.</param>
    /// <returns>This builder.</returns>
    /// <remarks>When not given: <see cref="SlaTargetChangePolicy.KeepStart"/>.</remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="policy"/> is not a defined policy.</exception>
    public SlaPolicyBuilder<TTicket> WithTargetChangePolicy(SlaTargetChangePolicy policy)
    {
        if (policy is not (SlaTargetChangePolicy.KeepStart or SlaTargetChangePolicy.Restart or SlaTargetChangePolicy.KeepPercentConsumed))
        {
            throw new ArgumentOutOfRangeException(nameof(policy), policy, "Unknown target-change policy.");
        }

        changePolicies.Add(policy);
        return this;
    }

    /// <summary>The warning thresholds of the clocks the policy starts. At most once.</summary>
    /// <param name="thresholds">The thresholds.</param>
    /// <returns>This builder.</returns>
    /// <remarks>When not given: <see cref="SlaThresholds.None"/> (the clock reports only the breach).</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="thresholds"/> is null.</exception>
    public SlaPolicyBuilder<TTicket> WithThresholds(SlaThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(thresholds);
        this.thresholds.Add(thresholds);
        return this;
    }

    /// <summary>Builds the policy.</summary>
    /// <returns>The immutable policy.</returns>
    /// <exception cref="SlaPolicyValidationException">
    /// The start condition or the target is missing, or a setting that may be given once was given more than once;
    /// every problem is listed.
    /// </exception>
    public SlaPolicy<TTicket> Build()
    {
        var problems = new List<string>();
        Once(problems, starts.Count, "StartWhen", "the clock would never start", "combine the conditions in one predicate");
        Once(problems, targets.Count, "WithTarget", "the clock would have nothing to measure against", "select the target in one selector");
        Once(problems, stops.Count, "StopWhen", null, "combine the conditions in one predicate");
        Once(problems, changePolicies.Count, "WithTargetChangePolicy", null, "a policy has one target-change policy");
        Once(problems, thresholds.Count, "WithThresholds", null, "a policy has one set of thresholds");
        if (problems.Count > 0)
        {
            throw new SlaPolicyValidationException(metric, problems);
        }

        return new SlaPolicy<TTicket>(
            metric,
            starts[0],
            stops.Count == 0 ? null : stops[0],
            ImmutableArray.CreateRange(pauses),
            ImmutableArray.CreateRange(cancels),
            ImmutableArray.CreateRange(resets),
            targets[0],
            changePolicies.Count == 0 ? SlaTargetChangePolicy.KeepStart : changePolicies[0],
            thresholds.Count == 0 ? SlaThresholds.None : thresholds[0]);
    }

    /// <summary>Checks a reason as <see cref="SlaClockEvent"/> will; returns the problem, or null when it is valid.</summary>
    internal static string? ReasonProblem(string? reason) =>
        reason is not null && (reason.Trim().Length == 0 || reason.Length > SlaClockEvent.MaxReasonLength)
            ? string.Create(CultureInfo.InvariantCulture, $"a reason must be non-blank and at most {SlaClockEvent.MaxReasonLength} characters (or null)")
            : null;

    private static void CheckReason(string? reason, string paramName, bool optional)
    {
        if (!optional)
        {
            ArgumentNullException.ThrowIfNull(reason, paramName);
        }

        if (ReasonProblem(reason) is { } problem)
        {
            throw new ArgumentException(char.ToUpperInvariant(problem[0]) + problem[1..] + ".", paramName);
        }
    }

    private static void Once(List<string> problems, int count, string method, string? requiredBecause, string once)
    {
        if (count == 0 && requiredBecause is not null)
        {
            problems.Add($"{method} is required: without it {requiredBecause}.");
        }
        else if (count > 1)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"{method} was given {count} times; it may be given once ({once})."));
        }
    }
}
