using System;
using System.Collections.Generic;
using ItsmCore.Cmdb;
using NodaTime;

namespace ItsmCore.Changes;

/// <summary>
/// The scheduling assistant: the next free windows of a given length within a horizon for a change, each one a window
/// for which <see cref="ChangeSchedule.CheckConflicts"/> reports no conflict, starting on a whole minute (UTC).
/// </summary>
/// <remarks>
/// <para>
/// The first window starts at the earliest free whole minute at or after the search start; each next one at the
/// earliest free whole minute at or after the end of the one before (so the windows do not overlap); all end by the
/// horizon's end. They are ranked by start, then by how few other changes within a day (windows overlapping the day
/// before the start to the day after the end) share an affected service, then by how little service time (the working
/// time of the affected services' service-hours calendars) the window covers; as the starts differ, the list is in
/// start order and each window carries the other two keys with a reason.
/// </para>
/// <para>
/// Every window returned has been checked with <see cref="ChangeSchedule.CheckConflicts"/>. The search does not step
/// minute by minute: it jumps over what blocks a start (overlapping related changes, blackouts, maintenance-window
/// gaps, service hours, an allowance the outage exceeds), and asks the error-budget port only at starts nothing else
/// blocks. The CMDB graph is taken at each candidate start: between two instants at which the source gives the same
/// graph object the change's planned impact is computed once, so a source that compiles a new graph on every call is
/// answered correctly but slowly (<see cref="ChangeScheduleDocument.GraphAt"/> gives one object per CMDB stretch).
/// </para>
/// <para>Immutable; thread-safe when the CMDB source and the error-budget port are.</para>
/// </remarks>
public sealed class ScheduleAssistant
{
    /// <summary>The longest horizon searched: 3,660 days.</summary>
    public static readonly Duration MaxHorizon = Duration.FromDays(3660);

    /// <summary>The most windows one search returns.</summary>
    public const int MaxCount = 1000;

    private readonly SlotFinder finder;

    private ScheduleAssistant(ChangeSchedule schedule, SlotFinder finder)
    {
        Schedule = schedule;
        this.finder = finder;
    }

    /// <summary>The schedule the windows are checked against.</summary>
    public ChangeSchedule Schedule { get; }

    /// <summary>Creates the assistant over a schedule (compiled here with <see cref="ChangeSchedule.Create(IEnumerable{ScheduledChange}, IEnumerable{Blackout}, ScheduleSettings, Func{Instant, CmdbGraph})"/>).</summary>
    /// <param name="changes">The scheduled changes (distinct ids).</param>
    /// <param name="blackouts">The blackouts.</param>
    /// <param name="settings">The schedule settings.</param>
    /// <param name="graphAt">The CMDB graph as of an instant, as known now.</param>
    /// <returns>The assistant.</returns>
    /// <exception cref="ArgumentException">A change id is given twice.</exception>
    public static ScheduleAssistant Create(IEnumerable<ScheduledChange> changes, IEnumerable<Blackout> blackouts, ScheduleSettings settings, Func<Instant, CmdbGraph> graphAt)
    {
        ArgumentNullException.ThrowIfNull(changes);
        ArgumentNullException.ThrowIfNull(blackouts);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(graphAt);
        ScheduledChange[] list = [.. changes];
        Blackout[] periods = [.. blackouts];
        ChangeSchedule schedule = ChangeSchedule.Create(list, periods, settings, graphAt);
        return new ScheduleAssistant(schedule, new SlotFinder(schedule, periods, settings, graphAt));
    }

    /// <summary>Creates the assistant over a schedule on one CMDB graph.</summary>
    /// <param name="changes">The scheduled changes (distinct ids).</param>
    /// <param name="blackouts">The blackouts.</param>
    /// <param name="settings">The schedule settings.</param>
    /// <param name="graph">The CMDB graph.</param>
    /// <returns>The assistant.</returns>
    /// <exception cref="ArgumentException">A change id is given twice.</exception>
    public static ScheduleAssistant Create(IEnumerable<ScheduledChange> changes, IEnumerable<Blackout> blackouts, ScheduleSettings settings, CmdbGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return Create(changes, blackouts, settings, _ => graph);
    }

    /// <summary>
    /// The next free windows of <paramref name="length"/> for <paramref name="change"/> (its id, class, affected CIs,
    /// expected outage and implementers; its own window is ignored) starting at or after <paramref name="from"/> and
    /// ending by <c>from + horizon</c>, in start order, at most <paramref name="count"/>.
    /// </summary>
    /// <param name="change">The change to place; a scheduled change with its id is left out (a reschedule).</param>
    /// <param name="length">The window length, positive.</param>
    /// <param name="from">The search start.</param>
    /// <param name="horizon">How far the windows may reach, positive, at most <see cref="MaxHorizon"/>.</param>
    /// <param name="count">How many windows, 1 to <see cref="MaxCount"/>.</param>
    /// <returns>The windows; fewer than <paramref name="count"/> (or none) when the horizon holds fewer.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A length, horizon or count out of range, or a search beyond the calendars' supported range.</exception>
    /// <exception cref="ArgumentException">An affected CI is not in the CMDB graph.</exception>
    public IReadOnlyList<FreeWindow> NextFreeWindows(ScheduledChange change, Duration length, Instant from, Duration horizon, int count = 1)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (length <= Duration.Zero || length > MaxHorizon)
        {
            throw new ArgumentOutOfRangeException(nameof(length), length, "The length must be positive and at most the longest horizon.");
        }

        if (horizon <= Duration.Zero || horizon > MaxHorizon)
        {
            throw new ArgumentOutOfRangeException(nameof(horizon), horizon, $"The horizon must be positive and at most {MaxHorizon.Days} days.");
        }

        if (count is < 1 or > MaxCount)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, $"The count must be 1 to {MaxCount}.");
        }

        if (from < Calendars.BusinessCalendar.MinSupportedInstant || from + horizon > Calendars.BusinessCalendar.MaxSupportedInstant)
        {
            throw new ArgumentOutOfRangeException(nameof(from), from, "The search must lie within the calendars' supported range.");
        }

        return finder.Find(change, length, from, from + horizon, count);
    }
}
