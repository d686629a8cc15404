using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using ItsmCore.Calendars;
using NodaTime;

namespace ItsmCore.Sla;

/// <summary>
/// What an <see cref="SlaPolicyEvaluator{TTicket}"/> did with one snapshot: the commands issued, in order, and the new
/// clock. <see cref="Next"/> applies the following snapshot, with this one as the previous snapshot, so a host (or a
/// test) can feed a ticket's history as a chain.
/// </summary>
/// <typeparam name="TTicket">The host's ticket snapshot type.</typeparam>
/// <remarks>Thread-safe: instances are immutable (as far as the snapshot is).</remarks>
public sealed class SlaPolicyResult<TTicket>
{
    private readonly SlaPolicyEvaluator<TTicket> evaluator;
    private readonly ImmutableArray<SlaPolicyCommand> commands;

    internal SlaPolicyResult(SlaPolicyEvaluator<TTicket> evaluator, SlaClock? clock, ImmutableArray<SlaPolicyCommand> commands, TTicket snapshot, Instant at)
    {
        this.evaluator = evaluator;
        this.commands = commands;
        Clock = clock;
        Snapshot = snapshot;
        At = at;
        Events = commands.Select(c => c.Event).ToImmutableArray();
    }

    /// <summary>The clock after the snapshot; null while the start condition has never held.</summary>
    public SlaClock? Clock { get; }

    /// <summary>The commands issued for the snapshot, in the order they were applied; empty when nothing changed.</summary>
    public IReadOnlyList<SlaPolicyCommand> Commands => commands;

    /// <summary>The events appended to the clock's log for the snapshot, in order (the commands' events).</summary>
    public IReadOnlyList<SlaClockEvent> Events { get; }

    /// <summary>True when no command was issued: the clock is the one given.</summary>
    public bool IsUnchanged => commands.IsEmpty;

    /// <summary>The snapshot evaluated.</summary>
    public TTicket Snapshot { get; }

    /// <summary>The snapshot's instant.</summary>
    public Instant At { get; }

    /// <summary>The clock's status at <see cref="At"/>; null while the clock has not started.</summary>
    public SlaStatus? Status => Clock?.Evaluate(At);

    /// <summary>Applies the next snapshot of the same ticket, with <see cref="Snapshot"/> as the previous snapshot.</summary>
    /// <param name="snapshot">The ticket as it is at <paramref name="at"/>.</param>
    /// <param name="at">When; not before <see cref="At"/> (the same instant is allowed).</param>
    /// <returns>The commands issued for <paramref name="snapshot"/> and the new clock.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="snapshot"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is earlier than <see cref="At"/>, or outside the supported range.</exception>
    /// <exception cref="ArgumentException">The target selector returned null, or a reason function an invalid reason, for the snapshot.</exception>
    /// <exception cref="KeyNotFoundException">A target's calendar id is unknown to the provider at <paramref name="at"/>.</exception>
    /// <exception cref="WorkingTimeNotFoundException">A target's calendar runs out of working time.</exception>
    public SlaPolicyResult<TTicket> Next(TTicket snapshot, Instant at)
    {
        if (at < At)
        {
            throw new ArgumentOutOfRangeException(nameof(at), at, $"Snapshots must come in time order: {at} is earlier than the previous snapshot at {At}.");
        }

        return evaluator.Evaluate(Clock, Snapshot, snapshot, at);
    }

    /// <summary>A readable summary: the instant and the commands issued.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => commands.IsEmpty
        ? $"{At}: no command"
        : string.Create(CultureInfo.InvariantCulture, $"{At}: {commands.Length} command{(commands.Length == 1 ? string.Empty : "s")}: {string.Join("; ", commands)}");
}
