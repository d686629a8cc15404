using System;

namespace ItsmCore.Sla;

/// <summary>
/// One clock command issued by an <see cref="SlaPolicyEvaluator{TTicket}"/>: the <see cref="SlaClockEvent"/> appended to
/// the clock and the <see cref="SlaPolicyAction"/> that caused it. Immutable and thread-safe; compares by value.
/// </summary>
public sealed record SlaPolicyCommand
{
    /// <summary>Creates a command.</summary>
    /// <param name="action">Why the command was issued.</param>
    /// <param name="clockEvent">The event appended to the clock.</param>
    /// <exception cref="ArgumentNullException"><paramref name="clockEvent"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="action"/> is not a defined action.</exception>
    public SlaPolicyCommand(SlaPolicyAction action, SlaClockEvent clockEvent)
    {
        ArgumentNullException.ThrowIfNull(clockEvent);
        if (action < SlaPolicyAction.Start || action > SlaPolicyAction.Reopen)
        {
            throw new ArgumentOutOfRangeException(nameof(action), action, "Unknown policy action.");
        }

        Action = action;
        Event = clockEvent;
    }

    /// <summary>Why the command was issued.</summary>
    public SlaPolicyAction Action { get; }

    /// <summary>The event appended to the clock.</summary>
    public SlaClockEvent Event { get; }

    /// <summary>A readable one-line description, e.g. <c>Pause: 2026-11-16T04:00:00Z paused: awaiting customer</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Action}: {Event}";
}
