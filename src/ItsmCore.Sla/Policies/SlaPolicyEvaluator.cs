using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using ItsmCore.Calendars;
using NodaTime;

namespace ItsmCore.Sla;

/// <summary>
/// Applies an <see cref="SlaPolicy{TTicket}"/> to successive snapshots of a ticket: given the clock so far (null before
/// the first start) and a new snapshot with its instant, it issues the clock commands the policy calls for (in the
/// documented precedence) and returns them with the new clock. Calendars are found by the targets' calendar ids through
/// an <see cref="IBusinessCalendarProvider"/>, in the version in force at the snapshot's instant.
/// </summary>
/// <typeparam name="TTicket">The host's ticket snapshot type.</typeparam>
/// <remarks>
/// <para>Pure and deterministic: the result depends only on the policy, the calendars, the clock, the snapshots and the
/// instant (no clock is read, nothing is stored); the same snapshots give the same clock, and the new clock's event log
/// replays (<see cref="SlaClock.Replay"/>) to an equal clock with the same provider. To make replay exact, a start or a
/// reopening takes the calendar version in force at its instant, and a target change onto the calendar the cycle
/// already uses keeps the cycle's version, as <see cref="SlaClock.Replay"/> does. A reopened or reset cycle keeps the
/// warning thresholds of the clock it continues (<see cref="SlaClock.Reopen(Instant, SlaTarget, BusinessCalendar)"/>
/// carries them over), which are the policy's when the policy started the clock.</para>
/// <para>Snapshots must come in time order: an instant earlier than the clock's last event is refused (use
/// <see cref="SlaPolicyResult{TTicket}.Next"/> to also refuse one earlier than the previous snapshot that issued no
/// command); several snapshots at the same instant are allowed. Feeding the same snapshot again issues nothing (provided reset
/// rules are false for two equal snapshots, as those of <see cref="SlaPolicyBuilder{TTicket}.ResetWhenChanged"/> are).</para>
/// <para>When the evaluation throws, nothing is issued: the given clock is immutable and stays as it was.</para>
/// <para>Thread-safe: instances are immutable (the provider must be thread-safe, as <see cref="IBusinessCalendarProvider"/>
/// requires, and the policy's conditions safe to call concurrently).</para>
/// </remarks>
public sealed class SlaPolicyEvaluator<TTicket>
{
    /// <summary>Creates an evaluator.</summary>
    /// <param name="policy">The policy.</param>
    /// <param name="calendars">Where the targets' calendars are found by id and instant.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public SlaPolicyEvaluator(SlaPolicy<TTicket> policy, IBusinessCalendarProvider calendars)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(calendars);
        Policy = policy;
        Calendars = calendars;
    }

    /// <summary>The policy applied.</summary>
    public SlaPolicy<TTicket> Policy { get; }

    /// <summary>Where calendars are found.</summary>
    public IBusinessCalendarProvider Calendars { get; }

    /// <summary>
    /// Applies a snapshot without a previous one: for the first snapshot of a ticket, or for any snapshot when the
    /// policy has no reset rules.
    /// </summary>
    /// <param name="clock">The clock so far; null when it has not started yet.</param>
    /// <param name="snapshot">The ticket as it is at <paramref name="at"/>.</param>
    /// <param name="at">When the ticket was in this state; not before the clock's last event.</param>
    /// <returns>The commands issued, in order, and the new clock.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="snapshot"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="at"/> is earlier than the clock's last event, or outside the supported range.
    /// </exception>
    /// <exception cref="InvalidOperationException">
    /// The clock has started and the policy has reset rules (<see cref="SlaPolicy{TTicket}.HasResetRules"/>), which need
    /// the previous snapshot: use <see cref="Evaluate(SlaClock, TTicket, TTicket, Instant)"/>.
    /// </exception>
    /// <exception cref="ArgumentException">The target selector returned null, or a reason function an invalid reason, for the snapshot.</exception>
    /// <exception cref="KeyNotFoundException">A target's calendar id is unknown to the provider at <paramref name="at"/>.</exception>
    /// <exception cref="WorkingTimeNotFoundException">A target's calendar runs out of working time.</exception>
    public SlaPolicyResult<TTicket> Evaluate(SlaClock? clock, TTicket snapshot, Instant at)
    {
        if (snapshot is null)
        {
            throw new ArgumentNullException(nameof(snapshot));
        }

        if (clock is not null && Policy.HasResetRules)
        {
            throw new InvalidOperationException(
                $"The SLA policy for '{Policy.Metric}' has reset rules, which compare the previous snapshot with the new one; " +
                "once the clock has started, pass the previous snapshot (Evaluate(clock, previousSnapshot, snapshot, at)) or chain results with Next.");
        }

        return Run(clock, false, snapshot, snapshot, at);
    }

    /// <summary>Applies a snapshot, given the previous snapshot of the same ticket (which reset rules compare with).</summary>
    /// <param name="clock">The clock so far; null when it has not started yet.</param>
    /// <param name="previousSnapshot">The ticket's previous snapshot.</param>
    /// <param name="snapshot">The ticket as it is at <paramref name="at"/>.</param>
    /// <param name="at">When the ticket was in this state; not before the clock's last event.</param>
    /// <returns>The commands issued, in order, and the new clock.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="previousSnapshot"/> or <paramref name="snapshot"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="at"/> is earlier than the clock's last event, or outside the supported range.
    /// </exception>
    /// <exception cref="ArgumentException">The target selector returned null, or a reason function an invalid reason, for the snapshot.</exception>
    /// <exception cref="KeyNotFoundException">A target's calendar id is unknown to the provider at <paramref name="at"/>.</exception>
    /// <exception cref="WorkingTimeNotFoundException">A target's calendar runs out of working time.</exception>
    public SlaPolicyResult<TTicket> Evaluate(SlaClock? clock, TTicket previousSnapshot, TTicket snapshot, Instant at)
    {
        if (previousSnapshot is null)
        {
            throw new ArgumentNullException(nameof(previousSnapshot));
        }

        if (snapshot is null)
        {
            throw new ArgumentNullException(nameof(snapshot));
        }

        return Run(clock, true, previousSnapshot, snapshot, at);
    }

    /// <inheritdoc />
    public override string ToString() => $"Evaluator of {Policy}";

    private SlaPolicyResult<TTicket> Run(SlaClock? clock, bool hasPrevious, TTicket previous, TTicket snapshot, Instant at)
    {
        if (at < BusinessCalendar.MinSupportedInstant || at >= BusinessCalendar.MaxSupportedInstant)
        {
            throw new ArgumentOutOfRangeException(nameof(at), at, $"Snapshot instants must lie in [{BusinessCalendar.MinSupportedInstant}, {BusinessCalendar.MaxSupportedInstant}).");
        }

        if (clock is not null && at < clock.LastEventAt)
        {
            throw new ArgumentOutOfRangeException(nameof(at), at, $"Snapshots must come in time order: {at} is earlier than the clock's last event at {clock.LastEventAt}.");
        }

        var step = new Step(this, clock, snapshot, at);
        SlaPolicy<TTicket> policy = Policy;
        if (clock is null)
        {
            if (policy.Start(snapshot))
            {
                SlaTarget target = step.SelectTarget();
                step.Issue(SlaPolicyAction.Start, SlaClock.Start(target, Calendar(target, at), at, policy.Thresholds));
                if (step.MatchCancel() is { } cancel)
                {
                    step.Issue(SlaPolicyAction.Cancel, step.Clock.Cancel(at, cancel.Reason));
                }
                else if (step.MatchStop())
                {
                    step.Issue(SlaPolicyAction.Stop, step.Clock.Stop(at));
                }
                else
                {
                    step.ApplyPause();
                }
            }
        }
        else if (clock.IsActive)
        {
            if (step.MatchCancel() is { } cancel)
            {
                step.Issue(SlaPolicyAction.Cancel, clock.Cancel(at, cancel.Reason));
            }
            else if (step.MatchStop())
            {
                step.Issue(SlaPolicyAction.Stop, clock.Stop(at));
            }
            else if (hasPrevious && MatchReset(previous, snapshot) is { } reset)
            {
                step.Issue(SlaPolicyAction.Reset, clock.Cancel(at, reset.Reason));
                if (policy.Start(snapshot))
                {
                    step.Reopen(SlaPolicyAction.Reset);
                    step.ApplyPause();
                }
            }
            else
            {
                step.ApplyTarget();
                step.ApplyPause();
            }
        }
        else if (step.MatchCancel() is null && !step.MatchStop() && policy.Start(snapshot))
        {
            step.Reopen(SlaPolicyAction.Reopen);
            step.ApplyPause();
        }

        return new SlaPolicyResult<TTicket>(this, step.Current, step.Commands.ToImmutable(), snapshot, at);
    }

    private SlaPolicy<TTicket>.ResetRule? MatchReset(TTicket previous, TTicket snapshot)
    {
        foreach (SlaPolicy<TTicket>.ResetRule rule in Policy.Resets)
        {
            if (rule.Condition(previous, snapshot))
            {
                return rule;
            }
        }

        return null;
    }

    private BusinessCalendar Calendar(SlaTarget target, Instant at) => Calendars.GetCalendar(target.CalendarId, at);

    /// <summary>One evaluation in progress: the clock as commands are issued, and each condition evaluated at most once.</summary>
    private sealed class Step
    {
        private readonly SlaPolicyEvaluator<TTicket> owner;
        private readonly TTicket snapshot;
        private readonly Instant at;
        private bool? stop;
        private (bool Matched, string? Reason)? cancel;

        public Step(SlaPolicyEvaluator<TTicket> owner, SlaClock? clock, TTicket snapshot, Instant at)
        {
            this.owner = owner;
            Current = clock;
            this.snapshot = snapshot;
            this.at = at;
        }

        public SlaClock? Current { get; private set; }

        public SlaClock Clock => Current!;

        public ImmutableArray<SlaPolicyCommand>.Builder Commands { get; } = ImmutableArray.CreateBuilder<SlaPolicyCommand>();

        public void Issue(SlaPolicyAction action, SlaClock next)
        {
            Current = next;
            Commands.Add(new SlaPolicyCommand(action, next.Events[^1]));
        }

        public bool MatchStop() => stop ??= owner.Policy.Stop?.Invoke(snapshot) ?? false;

        public (bool Matched, string? Reason)? MatchCancel()
        {
            cancel ??= Match(owner.Policy.Cancels, "cancel");
            return cancel.Value.Matched ? cancel : null;
        }

        public SlaTarget SelectTarget() =>
            owner.Policy.Target(snapshot) ?? throw new ArgumentException("The policy's target selector returned null for the snapshot.", nameof(snapshot));

        public void Reopen(SlaPolicyAction action)
        {
            SlaTarget target = SelectTarget();
            Issue(action, Clock.Reopen(at, target, owner.Calendar(target, at)));
        }

        public void ApplyTarget()
        {
            SlaTarget wanted = SelectTarget();
            SlaClock clock = Clock;
            if (!wanted.Equals(clock.Target))
            {
                Issue(SlaPolicyAction.ChangeTarget, clock.ChangeTarget(at, wanted, owner.Calendars, owner.Policy.TargetChangePolicy));
            }
        }

        public void ApplyPause()
        {
            (bool pause, string? reason) = Match(owner.Policy.Pauses, "pause");
            SlaStatus status = Clock.Evaluate(at);
            if (pause && !status.IsPaused)
            {
                Issue(SlaPolicyAction.Pause, Clock.Pause(at, reason));
            }
            else if (!pause && status.IsPaused)
            {
                Issue(SlaPolicyAction.Resume, Clock.Resume(at));
            }
            else if (pause && !string.Equals(reason, status.PauseReason, StringComparison.Ordinal))
            {
                Issue(SlaPolicyAction.ChangePauseReason, Clock.Resume(at));
                Issue(SlaPolicyAction.ChangePauseReason, Clock.Pause(at, reason));
            }
        }

        private (bool Matched, string? Reason) Match(ImmutableArray<SlaPolicy<TTicket>.ReasonRule> rules, string kind)
        {
            for (int i = 0; i < rules.Length; i++)
            {
                if (rules[i].Condition(snapshot))
                {
                    string? reason = rules[i].Reason(snapshot);
                    if (SlaPolicyBuilder<TTicket>.ReasonProblem(reason) is { } problem)
                    {
                        throw new ArgumentException($"The {kind} rule #{i + 1} of the SLA policy for '{owner.Policy.Metric}' gave an invalid reason for the snapshot: {problem}.", nameof(snapshot));
                    }

                    return (true, reason);
                }
            }

            return (false, null);
        }
    }
}
