using System;
using System.Collections.Generic;
using ItsmCore.Cmdb;
using NodaTime;

namespace ItsmCore.Changes;

/// <summary>
/// A compiled change schedule: scheduled changes, blackouts and schedule settings, checked for conflicts exactly as
/// DESIGN "Change schedule semantics" lists them. Each change's planned impact is computed once, at creation, on the
/// CMDB graph the source gives for its window start. Immutable and thread-safe when the CMDB source and the
/// error-budget port are.
/// </summary>
public sealed class ChangeSchedule
{
    private readonly ScheduleEngine engine;

    private ChangeSchedule(ScheduleEngine engine) => this.engine = engine;

    /// <summary>The compiled schedule (the assistant reads its changes and planned impacts).</summary>
    internal ScheduleEngine Engine => engine;

    /// <summary>Compiles a schedule.</summary>
    /// <param name="changes">The scheduled changes (distinct ids).</param>
    /// <param name="blackouts">The blackouts.</param>
    /// <param name="settings">The schedule settings.</param>
    /// <param name="graphAt">The CMDB graph as of an instant, as known now (for example a history's snapshot compiled).</param>
    /// <exception cref="ArgumentException">
    /// A change id is given twice, or a service has an availability-budget allowance but no service hours.
    /// </exception>
    public static ChangeSchedule Create(IEnumerable<ScheduledChange> changes, IEnumerable<Blackout> blackouts, ScheduleSettings settings, Func<Instant, CmdbGraph> graphAt) =>
        Create(changes, blackouts, settings, graphAt, ScheduleEngine.DefaultCombinedLimit);

    /// <summary>Compiles a schedule over one CMDB graph (a CMDB that does not change over the schedule).</summary>
    /// <param name="changes">The scheduled changes (distinct ids).</param>
    /// <param name="blackouts">The blackouts.</param>
    /// <param name="settings">The schedule settings.</param>
    /// <param name="graph">The CMDB graph.</param>
    /// <exception cref="ArgumentException">
    /// A change id is given twice, or a service has an availability-budget allowance but no service hours.
    /// </exception>
    public static ChangeSchedule Create(IEnumerable<ScheduledChange> changes, IEnumerable<Blackout> blackouts, ScheduleSettings settings, CmdbGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return Create(changes, blackouts, settings, _ => graph);
    }

    /// <summary>Compiles a schedule with another limit on the changes sharing an instant on one group whose combined outages are enumerated (tests).</summary>
    internal static ChangeSchedule Create(IEnumerable<ScheduledChange> changes, IEnumerable<Blackout> blackouts, ScheduleSettings settings, Func<Instant, CmdbGraph> graphAt, int combinedLimit)
    {
        ArgumentNullException.ThrowIfNull(changes);
        ArgumentNullException.ThrowIfNull(blackouts);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(graphAt);
        return new ChangeSchedule(new ScheduleEngine(changes, blackouts, settings, graphAt, combinedLimit));
    }

    /// <summary>
    /// The conflicts of a proposed change with the schedule (same item, related item, double booking, and the combined
    /// outages of the sets of changes containing it) and its own (blackout, maintenance window, service hours,
    /// allowance, freeze). A scheduled change with the proposed change's id is left out (a reschedule).
    /// </summary>
    /// <param name="proposed">The proposed change.</param>
    public IReadOnlyList<ScheduleConflict> CheckConflicts(ScheduledChange proposed)
    {
        ArgumentNullException.ThrowIfNull(proposed);
        return engine.Check(proposed);
    }

    /// <summary>Every conflict in the schedule: each change's own conflicts, then pair conflicts once per pair, then combined outages once per set and service.</summary>
    public IReadOnlyList<ScheduleConflict> AllConflicts() => engine.All();
}
