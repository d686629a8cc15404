using System;
using System.Collections.Immutable;
using System.Globalization;

namespace ItsmCore.Sla;

/// <summary>
/// When an SLA clock starts, pauses, stops, is cancelled or reset, and which target it measures, written as conditions
/// over the host's own ticket type <typeparamref name="TTicket"/>. An <see cref="SlaPolicyEvaluator{TTicket}"/> turns
/// successive snapshots of a ticket into clock commands, so a host with its own ticket model gets SLA clocks without
/// ItsmCore's incident types. Built with <see cref="CreateBuilder"/>.
/// </summary>
/// <typeparam name="TTicket">
/// The host's ticket snapshot: anything the conditions can read (a record, a DTO, a tuple). Snapshots are not stored by
/// the policy; an immutable type is the safe choice.
/// </typeparam>
/// <remarks>
/// <para><b>Level-triggered.</b> Each condition is a predicate over one snapshot (reset rules compare the previous
/// snapshot with the new one). The evaluator makes the clock follow the snapshot: the clock is open (running or paused)
/// exactly when the start condition has held, and neither the stop condition nor a cancel rule holds; it is paused
/// exactly when a pause rule matches; its target is the one selected for the snapshot. The policy owns the clock:
/// commands given to the clock by other means are corrected at the next snapshot.</para>
/// <para><b>Precedence</b> when several conditions hold for one snapshot (highest first):</para>
/// <list type="number">
/// <item><description><b>Cancel</b> (the first matching cancel rule): an open cycle is cancelled with the rule's reason;
/// nothing else happens. A stopped cycle stays stopped: its outcome (met or breached) stands.</description></item>
/// <item><description><b>Stop</b>: an open cycle is stopped (also when paused); nothing else happens, so a target
/// change or a reset arriving with the stop is not applied.</description></item>
/// <item><description><b>Reset</b> (any reset rule, open cycles only): the cycle is cancelled with the rule's reason
/// and, when the start condition holds, a new cycle starts at the same instant with the target selected for the
/// snapshot (no target change is issued); it is then paused at once if a pause rule matches.</description></item>
/// <item><description><b>Target change</b>: when the selected target differs from the clock's, the target changes
/// with <see cref="TargetChangePolicy"/>. It comes before a pause or resume at the same instant.</description></item>
/// <item><description><b>Pause / resume</b>: a running clock pauses with the reason of the first matching pause rule;
/// a paused clock resumes when no rule matches; a paused clock whose matching rule gives another reason records the
/// new reason (<see cref="SlaPolicyAction.ChangePauseReason"/>: resume and pause at the same instant).</description></item>
/// </list>
/// <para><b>Start.</b> Before the first start, nothing happens until the start condition holds; then the clock starts
/// with the target selected for the snapshot and the same snapshot is applied at the same instant: a ticket first
/// seen already resolved starts and stops at that instant (met, elapsed zero), one first seen withdrawn starts and is
/// cancelled, one first seen waiting on the customer starts paused. The start condition is only consulted while no
/// cycle is open: an open cycle stays open until a stop, cancel or reset.</para>
/// <para><b>Reopen.</b> After a stop or a cancel, a snapshot for which neither the stop condition nor any cancel rule
/// holds, and the start condition does, reopens the clock: a new cycle (<see cref="SlaClock.CycleNumber"/> + 1) with
/// the target selected for that snapshot, paused at once if a pause rule matches. A resolved ticket set back to open
/// is measured again from the reopening; the first cycle keeps its outcome.</para>
/// <para><b>Reset</b> means: the measurement of the current cycle no longer applies (e.g. the ticket was reassigned to
/// another queue, whose team owns a fresh target) and a new one starts. The reset cycle ends
/// <see cref="SlaClockState.Cancelled"/>, so it counts neither as met nor as breached.</para>
/// <para>Conditions must be pure and deterministic (no clock, no I/O): the same snapshots then always give the same
/// clock. Each builder condition is evaluated at most once per snapshot, and only when its answer is needed.</para>
/// <para>Thread-safe: a policy is immutable once built (its conditions must be safe to call concurrently).</para>
/// </remarks>
/// <example>
/// A host with its own ticket record wires a resolution clock (service desk targets high 2 h, medium 4 h, low 8 h on
/// the office calendar), feeds the ticket after every change and stores the clock's events:
/// <code>
/// public sealed record HostTicket(string Status, string Priority, string Queue);
///
/// SlaPolicy&lt;HostTicket&gt; policy = SlaPolicy&lt;HostTicket&gt;.CreateBuilder(SlaMetric.Resolution)
///     .StartWhen(t =&gt; t.Status != "New")
///     .PauseWhen(t =&gt; t.Status == "WaitingOnCustomer", "awaiting customer")
///     .StopWhen(t =&gt; t.Status is "Resolved" or "Closed")
///     .CancelWhen(t =&gt; t.Status == "Withdrawn", "withdrawn")
///     .ResetWhenChanged(t =&gt; t.Queue, "reassigned to another queue")
///     .WithTarget(t =&gt; t.Priority switch
///     {
///         "High" =&gt; SlaTarget.Within(Duration.FromHours(2), "jp-office"),
///         "Medium" =&gt; SlaTarget.Within(Duration.FromHours(4), "jp-office"),
///         _ =&gt; SlaTarget.Within(Duration.FromHours(8), "jp-office"),
///     })
///     .WithTargetChangePolicy(SlaTargetChangePolicy.KeepStart)
///     .WithThresholds(SlaThresholds.Default)
///     .Build();
/// var evaluator = new SlaPolicyEvaluator&lt;HostTicket&gt;(policy, calendarCatalog);
///
/// // On every ticket update: the stored clock (null before the first start), the ticket before and after, and when.
/// SlaPolicyResult&lt;HostTicket&gt; result = evaluator.Evaluate(storedClock, before, after, systemClock.GetCurrentInstant());
/// if (!result.IsUnchanged)
/// {
///     store.Save(ticketId, result.Clock!.ToJson());          // or append result.Events to an event store
///     timers.Schedule(ticketId, result.Clock.NextChangeAt(result.At)); // next warning threshold or breach
/// }
/// </code>
/// </example>
public sealed class SlaPolicy<TTicket>
{
    internal SlaPolicy(
        SlaMetric metric,
        Func<TTicket, bool> start,
        Func<TTicket, bool>? stop,
        ImmutableArray<ReasonRule> pauses,
        ImmutableArray<ReasonRule> cancels,
        ImmutableArray<ResetRule> resets,
        Func<TTicket, SlaTarget> target,
        SlaTargetChangePolicy targetChangePolicy,
        SlaThresholds thresholds)
    {
        Metric = metric;
        Start = start;
        Stop = stop;
        Pauses = pauses;
        Cancels = cancels;
        Resets = resets;
        Target = target;
        TargetChangePolicy = targetChangePolicy;
        Thresholds = thresholds;
    }

    /// <summary>The metric the policy measures (resolution, first response, ...).</summary>
    public SlaMetric Metric { get; }

    /// <summary>How elapsed time carries over when the selected target changes during a cycle.</summary>
    public SlaTargetChangePolicy TargetChangePolicy { get; }

    /// <summary>The warning thresholds of the clocks the policy starts.</summary>
    public SlaThresholds Thresholds { get; }

    /// <summary>
    /// True when the policy has reset rules: they compare the previous snapshot with the new one, so an evaluation of
    /// a started clock needs the previous snapshot.
    /// </summary>
    public bool HasResetRules => !Resets.IsEmpty;

    internal Func<TTicket, bool> Start { get; }

    internal Func<TTicket, bool>? Stop { get; }

    internal ImmutableArray<ReasonRule> Pauses { get; }

    internal ImmutableArray<ReasonRule> Cancels { get; }

    internal ImmutableArray<ResetRule> Resets { get; }

    internal Func<TTicket, SlaTarget> Target { get; }

    /// <summary>Starts building a policy for a metric.</summary>
    /// <param name="metric">The metric the policy measures.</param>
    /// <returns>A new builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="metric"/> is null.</exception>
    public static SlaPolicyBuilder<TTicket> CreateBuilder(SlaMetric metric) => new(metric);

    /// <summary>A readable summary, e.g. <c>SLA policy 'resolution': 2 pause rules, 1 cancel rule, ...</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"SLA policy '{Metric}': {Count(Pauses.Length, "pause rule")}, {Count(Cancels.Length, "cancel rule")}, {Count(Resets.Length, "reset rule")}, {(Stop is null ? "no stop condition" : "a stop condition")}, target change {TargetChangePolicy}, thresholds {Thresholds}");

    private static string Count(int n, string noun) => string.Create(CultureInfo.InvariantCulture, $"{n} {noun}{(n == 1 ? string.Empty : "s")}");

    /// <summary>A pause or cancel rule: a condition and the reason it gives.</summary>
    internal sealed record ReasonRule(Func<TTicket, bool> Condition, Func<TTicket, string?> Reason);

    /// <summary>A reset rule: a condition over (previous, current) snapshots and the cancel reason of the reset cycle.</summary>
    internal sealed record ResetRule(Func<TTicket, TTicket, bool> Condition, string Reason);
}
