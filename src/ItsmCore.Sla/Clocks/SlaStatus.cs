using System;
using System.Globalization;
using System.Text;
using NodaTime;

namespace ItsmCore.Sla;

/// <summary>
/// What an <see cref="SlaClock"/> says at one instant (<see cref="SlaClock.Evaluate"/>). A readonly struct so that
/// evaluating a clock allocates nothing: hosts re-evaluate every open clock on every tick.
/// </summary>
/// <remarks>
/// <para>Elapsed is the working time of the running segments of the current cycle, on the calendar in force for each
/// segment. The clock is breached when elapsed exceeds the target (a stop exactly at <see cref="DueAt"/> is met).</para>
/// <para>Thread-safe (immutable).</para>
/// </remarks>
public readonly record struct SlaStatus
{
    internal SlaStatus(
        Instant at,
        int cycle,
        SlaClockState state,
        bool isActive,
        bool isPaused,
        string? pauseReason,
        Duration target,
        Duration elapsed,
        Instant? dueAt,
        Instant? breachedAt,
        int thresholdsCrossed)
    {
        At = at;
        Cycle = cycle;
        State = state;
        IsActive = isActive;
        IsPaused = isPaused;
        PauseReason = pauseReason;
        Target = target;
        Elapsed = elapsed;
        DueAt = dueAt;
        BreachedAt = breachedAt;
        ThresholdsCrossed = thresholdsCrossed;
    }

    /// <summary>The instant evaluated.</summary>
    public Instant At { get; }

    /// <summary>The number of the current cycle: 1 for the first, one more for each reopening.</summary>
    public int Cycle { get; }

    /// <summary>Running, Paused, Met, Breached or Cancelled; see <see cref="SlaClockState"/>.</summary>
    public SlaClockState State { get; }

    /// <summary>True while the cycle is open (running or paused), also when it is already breached.</summary>
    public bool IsActive { get; }

    /// <summary>True while the open cycle is paused.</summary>
    public bool IsPaused { get; }

    /// <summary>The reason given for the current pause; null when not paused or when no reason was given.</summary>
    public string? PauseReason { get; }

    /// <summary>The working-time budget of the target in force.</summary>
    public Duration Target { get; }

    /// <summary>The working time counted so far in this cycle.</summary>
    public Duration Elapsed { get; }

    /// <summary><see cref="Target"/> minus <see cref="Elapsed"/>; negative once breached (the overrun), never clamped.</summary>
    public Duration Remaining => Target - Elapsed;

    /// <summary>
    /// While running, the instant elapsed reaches the target if the clock keeps running (in the past once breached);
    /// null while paused, stopped or cancelled, and when the calendar has no working time left to reach it.
    /// This holds for deadline targets too (business days, next business day at): with nothing paused it is
    /// <see cref="SlaTarget.DeadlineFrom"/>, so a deadline named outside working hours is due at the end of the last
    /// working interval before it. A stop after it but before the next working instant is still met, since no working
    /// time passes in between; <see cref="BreachedAt"/> is the first instant over the target.
    /// </summary>
    public Instant? DueAt { get; }

    /// <summary>
    /// The first instant at which elapsed exceeded the target (one nanosecond into the overrun, so
    /// <c>Evaluate(BreachedAt)</c> reports the breach and any earlier instant does not); null when not breached.
    /// </summary>
    public Instant? BreachedAt { get; }

    /// <summary>True when elapsed exceeds the target.</summary>
    public bool IsBreached => BreachedAt is not null;

    /// <summary>Elapsed as a percentage of the target (above 100 once breached; infinity for a zero target with time counted).</summary>
    public double PercentConsumed => Target == Duration.Zero
        ? (Elapsed == Duration.Zero ? 100d : double.PositiveInfinity)
        : 100d * Elapsed.ToInt64Nanoseconds() / Target.ToInt64Nanoseconds();

    /// <summary>How many of the clock's warning thresholds the current measurement has crossed.</summary>
    public int ThresholdsCrossed { get; }

    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append(CultureInfo.InvariantCulture, $"At = {At}, Cycle = {Cycle}, State = {State}, IsActive = {IsActive}, IsPaused = {IsPaused}, ");
        builder.Append(CultureInfo.InvariantCulture, $"Target = {SlaTarget.FormatDuration(Target)}, Elapsed = {SlaTarget.FormatDuration(Elapsed)}, ");
        builder.Append(CultureInfo.InvariantCulture, $"DueAt = {(DueAt?.ToString() ?? "-")}, BreachedAt = {(BreachedAt?.ToString() ?? "-")}, ");
        builder.Append(CultureInfo.InvariantCulture, $"PercentConsumed = {PercentConsumed:0.###}, ThresholdsCrossed = {ThresholdsCrossed}");
        if (PauseReason is not null)
        {
            builder.Append(", PauseReason = ").Append(PauseReason);
        }

        return true;
    }
}
