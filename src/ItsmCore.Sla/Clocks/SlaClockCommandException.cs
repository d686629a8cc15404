using System;
using NodaTime;

namespace ItsmCore.Sla;

/// <summary>
/// A command was refused by an <see cref="SlaClock"/> (resume while running, a command earlier than the last one,
/// anything but a reopen after a stop or cancel). The clock the command was sent to is unchanged: clocks are immutable.
/// </summary>
public sealed class SlaClockCommandException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="command">The refused command.</param>
    /// <param name="at">The instant the command was given for.</param>
    /// <param name="state">The clock's state at its last event.</param>
    /// <param name="lastEventAt">The instant of the clock's last event.</param>
    /// <param name="reason">Why the command is refused.</param>
    public SlaClockCommandException(SlaClockEventKind command, Instant at, SlaClockState state, Instant lastEventAt, string reason)
        : base($"SLA clock refused {command} at {at}: {reason} (state {state}, last event at {lastEventAt}).")
    {
        Command = command;
        At = at;
        State = state;
        LastEventAt = lastEventAt;
        Reason = reason;
    }

    /// <summary>The refused command.</summary>
    public SlaClockEventKind Command { get; }

    /// <summary>The instant the command was given for.</summary>
    public Instant At { get; }

    /// <summary>The clock's state at its last event.</summary>
    public SlaClockState State { get; }

    /// <summary>The instant of the clock's last event.</summary>
    public Instant LastEventAt { get; }

    /// <summary>Why the command is refused.</summary>
    public string Reason { get; }
}
