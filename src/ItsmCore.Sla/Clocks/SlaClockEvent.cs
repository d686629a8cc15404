using System;
using NodaTime;

namespace ItsmCore.Sla;

/// <summary>
/// One entry of an SLA clock's event log. A clock is fully reconstructible from its ordered events
/// (<see cref="SlaClock.Replay"/>); hosts persist them (e.g. as JSON with <see cref="SlaClockJson"/>) rather than
/// computed values. Immutable and thread-safe; events compare by value.
/// </summary>
public sealed record SlaClockEvent
{
    /// <summary>The longest pause or cancel reason: 500 characters.</summary>
    public const int MaxReasonLength = 500;

    private SlaClockEvent(SlaClockEventKind kind, Instant at, SlaTarget? target, SlaThresholds? thresholds, string? reason, SlaTargetChangePolicy? policy)
    {
        Kind = kind;
        At = at;
        Target = target;
        Thresholds = thresholds;
        Reason = reason;
        Policy = policy;
    }

    /// <summary>What happened.</summary>
    public SlaClockEventKind Kind { get; }

    /// <summary>When it happened; events of one clock never go back in time.</summary>
    public Instant At { get; }

    /// <summary>The target, for <see cref="SlaClockEventKind.Started"/> and <see cref="SlaClockEventKind.TargetChanged"/>; null otherwise.</summary>
    public SlaTarget? Target { get; }

    /// <summary>The warning thresholds, for <see cref="SlaClockEventKind.Started"/>; null otherwise.</summary>
    public SlaThresholds? Thresholds { get; }

    /// <summary>The reason, for <see cref="SlaClockEventKind.Paused"/> and <see cref="SlaClockEventKind.Cancelled"/> (optional); null otherwise.</summary>
    public string? Reason { get; }

    /// <summary>The policy applied, for <see cref="SlaClockEventKind.TargetChanged"/>; null otherwise.</summary>
    public SlaTargetChangePolicy? Policy { get; }

    /// <summary>A cycle started.</summary>
    /// <param name="at">The instant.</param>
    /// <param name="target">The target.</param>
    /// <param name="thresholds">The warning thresholds.</param>
    /// <returns>The event.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="target"/> or <paramref name="thresholds"/> is null.</exception>
    public static SlaClockEvent Started(Instant at, SlaTarget target, SlaThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(thresholds);
        return new SlaClockEvent(SlaClockEventKind.Started, at, target, thresholds, null, null);
    }

    /// <summary>The clock paused.</summary>
    /// <param name="at">The instant.</param>
    /// <param name="reason">Why (e.g. "awaiting customer"); null when not given.</param>
    /// <returns>The event.</returns>
    /// <exception cref="ArgumentException">The reason is empty or longer than <see cref="MaxReasonLength"/>.</exception>
    public static SlaClockEvent Paused(Instant at, string? reason = null) =>
        new(SlaClockEventKind.Paused, at, null, null, CheckReason(reason), null);

    /// <summary>The clock resumed.</summary>
    /// <param name="at">The instant.</param>
    /// <returns>The event.</returns>
    public static SlaClockEvent Resumed(Instant at) => new(SlaClockEventKind.Resumed, at, null, null, null, null);

    /// <summary>The clock stopped.</summary>
    /// <param name="at">The instant.</param>
    /// <returns>The event.</returns>
    public static SlaClockEvent Stopped(Instant at) => new(SlaClockEventKind.Stopped, at, null, null, null, null);

    /// <summary>The cycle was cancelled.</summary>
    /// <param name="at">The instant.</param>
    /// <param name="reason">Why; null when not given.</param>
    /// <returns>The event.</returns>
    /// <exception cref="ArgumentException">The reason is empty or longer than <see cref="MaxReasonLength"/>.</exception>
    public static SlaClockEvent Cancelled(Instant at, string? reason = null) =>
        new(SlaClockEventKind.Cancelled, at, null, null, CheckReason(reason), null);

    /// <summary>The target changed.</summary>
    /// <param name="at">The instant.</param>
    /// <param name="target">The new target.</param>
    /// <param name="policy">How elapsed time carries over.</param>
    /// <returns>The event.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="target"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="policy"/> is not a defined policy.</exception>
    public static SlaClockEvent TargetChanged(Instant at, SlaTarget target, SlaTargetChangePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (policy is not (SlaTargetChangePolicy.KeepStart or SlaTargetChangePolicy.Restart or SlaTargetChangePolicy.KeepPercentConsumed))
        {
            throw new ArgumentOutOfRangeException(nameof(policy), policy, "Unknown target-change policy.");
        }

        return new SlaClockEvent(SlaClockEventKind.TargetChanged, at, target, null, null, policy);
    }

    /// <summary>A readable one-line form.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Kind switch
    {
        SlaClockEventKind.Started => $"{At} started: {Target}, thresholds {Thresholds}",
        SlaClockEventKind.Paused => Reason is null ? $"{At} paused" : $"{At} paused: {Reason}",
        SlaClockEventKind.Cancelled => Reason is null ? $"{At} cancelled" : $"{At} cancelled: {Reason}",
        SlaClockEventKind.TargetChanged => $"{At} target changed to {Target} ({Policy})",
        _ => $"{At} {Kind.ToString().ToLowerInvariant()}",
    };

    private static string? CheckReason(string? reason)
    {
        if (reason is not null && (reason.Trim().Length == 0 || reason.Length > MaxReasonLength))
        {
            throw new ArgumentException($"A reason must be non-blank and at most {MaxReasonLength} characters (or null).", nameof(reason));
        }

        return reason;
    }
}
