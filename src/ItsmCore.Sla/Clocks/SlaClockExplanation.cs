using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using ItsmCore.Calendars;
using NodaTime;
using NodaTime.Text;

namespace ItsmCore.Sla;

/// <summary>
/// Why an SLA clock says what it says at an instant (<see cref="SlaClock.Explain"/>):
/// <c>Elapsed = CarriedOver + the working time of each counted segment</c>, and DueAt = the remaining budget added on
/// the calendar from now. Each segment carries the calendar's own explanation (counted intervals and the reason for
/// every non-working gap). Immutable.
/// </summary>
public sealed class SlaClockExplanation
{
    private static readonly ZonedDateTimePattern LocalPattern = ZonedDateTimePattern.CreateWithInvariantCulture("ddd uuuu-MM-dd HH:mm:ss", null);

    private readonly DateTimeZone zone;

    private SlaClockExplanation(
        SlaStatus status,
        SlaTarget target,
        Instant cycleStartedAt,
        Instant measuredFrom,
        Duration carriedOver,
        SlaTargetChange? lastTargetChange,
        IReadOnlyList<WorkingTimeExplanation> segments,
        IReadOnlyList<SlaPause> pauses,
        WorkingTimeExplanation? remaining,
        DateTimeZone zone)
    {
        this.zone = zone;
        Status = status;
        Target = target;
        CycleStartedAt = cycleStartedAt;
        MeasuredFrom = measuredFrom;
        CarriedOver = carriedOver;
        LastTargetChange = lastTargetChange;
        Segments = segments;
        Pauses = pauses;
        Remaining = remaining;
    }

    /// <summary>The status explained.</summary>
    public SlaStatus Status { get; }

    /// <summary>The target in force.</summary>
    public SlaTarget Target { get; }

    /// <summary>When the current cycle started.</summary>
    public Instant CycleStartedAt { get; }

    /// <summary>Where the current measurement starts: the cycle start, or the last target change.</summary>
    public Instant MeasuredFrom { get; }

    /// <summary>Elapsed working time carried over by the last target change's policy (zero without one).</summary>
    public Duration CarriedOver { get; }

    /// <summary>The last target change of the cycle, if any.</summary>
    public SlaTargetChange? LastTargetChange { get; }

    /// <summary>The calendar's explanation of each running segment since <see cref="MeasuredFrom"/> (the open one ends at the instant explained).</summary>
    public IReadOnlyList<WorkingTimeExplanation> Segments { get; }

    /// <summary>The pauses of the current cycle (an open pause has no end).</summary>
    public IReadOnlyList<SlaPause> Pauses { get; }

    /// <summary>While running within the target, the calendar's explanation of adding the remaining budget from now (its result is DueAt); null otherwise.</summary>
    public WorkingTimeExplanation? Remaining { get; }

    /// <summary>
    /// A readable multi-line account. Instants are in the calendar's zone (named in the first line), durations as
    /// people write them ("4 h", "1 h 30 min") and the target as in <see cref="SlaTarget.Describe"/>, e.g.
    /// <c>SLA clock at Mon 2026-11-30 11:00:00 (Asia/Tokyo): Running, cycle 1 started Fri 2026-11-27 16:30:00, target 4 h on jp-office (budget 4 h)</c>.
    /// </summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        SlaStatus s = Status;
        text.Append(CultureInfo.InvariantCulture, $"SLA clock at {Local(s.At)} ({zone.Id}): {s.State}, cycle {s.Cycle} started {Local(CycleStartedAt)}, target {Target.Describe()} (budget {SlaTarget.HumanDuration(s.Target)})\n");
        text.Append(CultureInfo.InvariantCulture, $"elapsed {SlaTarget.HumanDuration(s.Elapsed)} = carried over {SlaTarget.HumanDuration(CarriedOver)}");
        foreach (WorkingTimeExplanation segment in Segments)
        {
            text.Append(" + ").Append(SlaTarget.HumanDuration(segment.WorkingTime));
        }

        text.Append('\n');
        if (LastTargetChange is { } change)
        {
            text.Append(CultureInfo.InvariantCulture, $"target changed at {Local(change.At)} ({change.Policy}): {SlaTarget.HumanDuration(change.ElapsedBefore)} of {SlaTarget.HumanDuration(change.OldBudget)} became {SlaTarget.HumanDuration(change.ElapsedAfter)} of {SlaTarget.HumanDuration(change.NewBudget)}\n");
        }

        foreach (SlaPause pause in Pauses)
        {
            text.Append(CultureInfo.InvariantCulture, $"paused {Local(pause.Start)} - {(pause.End is { } end ? Local(end) : "now")}{(pause.Reason is null ? string.Empty : ": " + pause.Reason)}\n");
        }

        foreach (WorkingTimeExplanation segment in Segments)
        {
            text.Append("segment ").Append(segment.ToString().TrimEnd('\n')).Append('\n');
        }

        text.Append(CultureInfo.InvariantCulture, $"due {(s.DueAt is { } due ? Local(due) : "-")}, breached {(s.BreachedAt is { } breached ? Local(breached) : "-")}\n");
        if (Remaining is not null)
        {
            text.Append("remaining ").Append(Remaining.ToString().TrimEnd('\n')).Append('\n');
        }

        return text.ToString();
    }

    internal static SlaClockExplanation Build(SlaClock clock, CycleState state, Instant now)
    {
        SlaStatus status = ClockEngine.Status(state, now);
        SlaCycle cycle = clock.CyclesAt(now)[^1];
        SlaTargetChange? last = cycle.TargetChanges.Count == 0 ? null : cycle.TargetChanges[^1];
        Instant from = last?.At ?? cycle.StartedAt;
        var segments = new List<WorkingTimeExplanation>();
        BusinessCalendar calendar = state.Calendar;
        foreach (SlaSegment segment in cycle.Segments.Where(x => x.Start >= from))
        {
            // Segments since the last target change are all on the calendar in force now.
            segments.Add(calendar.ExplainWorkingTimeBetween(segment.Start, segment.End ?? now));
        }

        WorkingTimeExplanation? remaining = null;
        if (state.Phase == ClockPhase.Running && status.Remaining >= Duration.Zero)
        {
            remaining = calendar.ExplainAdd(now, status.Remaining);
        }

        return new SlaClockExplanation(status, state.Target, cycle.StartedAt, from, last?.ElapsedAfter ?? Duration.Zero, last, segments, cycle.Pauses, remaining, calendar.Zone);
    }

    /// <summary>An instant in the calendar's zone, with nanoseconds only when it has them (a breach is 1 ns after the due instant).</summary>
    private string Local(Instant instant)
    {
        ZonedDateTime local = instant.InZone(zone);
        string text = LocalPattern.Format(local);
        return local.NanosecondOfSecond == 0
            ? text
            : text + "." + local.NanosecondOfSecond.ToString("000000000", CultureInfo.InvariantCulture);
    }
}
