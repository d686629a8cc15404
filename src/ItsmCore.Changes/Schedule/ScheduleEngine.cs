using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.InteropServices;
using ItsmCore.Calendars;
using ItsmCore.Cmdb;
using ItsmCore.Primitives;
using ItsmCore.Sla;
using NodaTime;

namespace ItsmCore.Changes;

/// <summary>
/// The compiled schedule: changes sorted by window start in flat arrays, a running maximum of window ends as the
/// interval index (an overlap query is a binary search on starts and a backward scan that stops where the running
/// maximum end no longer reaches the query start), and each change's planned impact computed once on the CMDB
/// graph as of its window start. Immutable after construction; thread-safe.
/// </summary>
internal sealed class ScheduleEngine
{
    /// <summary>The most changes sharing an instant on one group whose combined outages are enumerated (DESIGN).</summary>
    public const int DefaultCombinedLimit = 8;

    private readonly ScheduledChange[] changes;
    private readonly Instant[] starts;
    private readonly Instant[] maxEnds;
    private readonly PlannedImpact[] planned;
    private readonly Blackout[] blackouts;
    private readonly ScheduleSettings settings;
    private readonly Func<Instant, CmdbGraph> graphAt;
    private readonly int combinedLimit;
    private readonly Dictionary<ConfigurationItemId, BudgetLedger> ledgers = new();
    private readonly Dictionary<ConfigurationItemId, BusinessCalendar> maintenanceWindows;
    private readonly Dictionary<ConfigurationItemId, BusinessCalendar> serviceHours;
    private readonly Dictionary<ConfigurationItemId, Duration> outageAllowances;
    private readonly Dictionary<ConfigurationItemId, AvailabilityTarget> availabilityBudgets;
    private readonly Dictionary<ConfigurationItemId, FreezePolicy> freezePolicies;

    /// <summary>Whether any service setting or the error-budget port is given (else the per-service rules have nothing to check).</summary>
    private readonly bool serviceRules;

    public ScheduleEngine(IEnumerable<ScheduledChange> source, IEnumerable<Blackout> blackouts, ScheduleSettings settings, Func<Instant, CmdbGraph> graphAt, int combinedLimit = DefaultCombinedLimit)
    {
        this.settings = settings;
        this.graphAt = graphAt;
        this.combinedLimit = combinedLimit;
        this.blackouts = blackouts.ToArray();
        maintenanceWindows = new Dictionary<ConfigurationItemId, BusinessCalendar>(settings.MaintenanceWindows);
        serviceHours = new Dictionary<ConfigurationItemId, BusinessCalendar>(settings.ServiceHours);
        outageAllowances = new Dictionary<ConfigurationItemId, Duration>(settings.OutageAllowances);
        availabilityBudgets = new Dictionary<ConfigurationItemId, AvailabilityTarget>(settings.AvailabilityBudgets);
        freezePolicies = new Dictionary<ConfigurationItemId, FreezePolicy>(settings.FreezePolicies);
        serviceRules = serviceHours.Count > 0 || outageAllowances.Count > 0 || availabilityBudgets.Count > 0 || settings.ErrorBudget is not null;
        foreach (ConfigurationItemId service in settings.AvailabilityBudgets.Keys)
        {
            if (!settings.ServiceHours.ContainsKey(service))
            {
                throw new ArgumentException($"Service '{service}' has an availability-budget allowance but no service hours.", nameof(settings));
            }

            ledgers[service] = new BudgetLedger();
        }

        changes = source.OrderBy(c => c.Window.Start).ThenBy(c => c.Id.Value, StringComparer.Ordinal).ToArray();
        var ids = new HashSet<ChangeId>();
        foreach (ScheduledChange change in changes)
        {
            if (!ids.Add(change.Id))
            {
                throw new ArgumentException($"The change '{change.Id}' is scheduled twice.", nameof(source));
            }
        }

        starts = new Instant[changes.Length];
        maxEnds = new Instant[changes.Length];
        planned = new PlannedImpact[changes.Length];
        Instant running = Instant.MinValue;
        for (int i = 0; i < changes.Length; i++)
        {
            starts[i] = changes[i].Window.Start;
            Instant end = changes[i].Window.End;
            running = end > running ? end : running;
            maxEnds[i] = running;
            planned[i] = Plan(changes[i]);
            foreach (ConfigurationItemId service in planned[i].Services)
            {
                if (ledgers.TryGetValue(service, out BudgetLedger? ledger))
                {
                    ledger.Add(changes[i]);
                }
            }
        }
    }

    public IReadOnlyList<ScheduleConflict> Check(ScheduledChange proposed)
    {
        var result = new List<ScheduleConflict>();
        PlannedImpact mine = Plan(proposed);
        mine.BuildServiceFilter();
        SingleRules(proposed, mine, result);
        var parties = new List<Party> { new(proposed, mine) };
        List<int> overlapping = Overlapping(proposed.Window).ToList();
        overlapping.Reverse();
        foreach (int i in overlapping)
        {
            if (changes[i].Id != proposed.Id)
            {
                PairRules(proposed, mine, changes[i], planned[i], result);
                parties.Add(new Party(changes[i], planned[i]));
            }
        }

        CombinedOutages(parties, true, result);
        return result;
    }

    public IReadOnlyList<ScheduleConflict> All()
    {
        var result = new List<ScheduleConflict>();
        for (int i = 0; i < changes.Length; i++)
        {
            SingleRules(changes[i], planned[i], result);
        }

        for (int i = 0; i < changes.Length; i++)
        {
            for (int j = i + 1; j < changes.Length && starts[j] < changes[i].Window.End; j++)
            {
                if (Overlap(changes[i].Window, changes[j].Window) is not null)
                {
                    PairRules(changes[i], planned[i], changes[j], planned[j], result);
                }
            }
        }

        CombinedOutages(changes.Select((c, i) => new Party(c, planned[i])).ToList(), false, result);
        return result;
    }

    /// <summary>The scheduled changes, sorted by window start, then id (ordinal).</summary>
    internal ScheduledChange[] Changes => changes;

    /// <summary>The planned impact of the scheduled change at a position of <see cref="Changes"/>.</summary>
    internal PlannedImpact PlanAt(int index) => planned[index];

    /// <summary>The positions in <see cref="Changes"/> of the changes whose window overlaps <paramref name="window"/>, latest start first.</summary>
    internal IEnumerable<int> Overlapping(Interval window)
    {
        int hi = FirstAtOrAfter(starts, window.End);
        for (int i = hi - 1; i >= 0 && maxEnds[i] > window.Start; i--)
        {
            if (changes[i].Window.End > window.Start)
            {
                yield return i;
            }
        }
    }

    private static int FirstAtOrAfter(ReadOnlySpan<Instant> sorted, Instant t) => Sorted.FirstAtOrAfter(sorted, t);

    private CmdbGraph GraphAt(Instant at) => graphAt(at) ?? throw new InvalidOperationException($"The CMDB source gave no graph for {at}.");

    private PlannedImpact Plan(ScheduledChange change) => Plan(change, GraphAt(change.Window.Start));

    private PlannedImpact Plan(ScheduledChange change, CmdbGraph graph) => PlannedImpact.Of(change, graph);

    private void SingleRules(ScheduledChange change, PlannedImpact plan, List<ScheduleConflict> result)
    {
        EquatableArray<ChangeId> ids = EquatableArray.Create<ChangeId>([change.Id]);
        Interval window = change.Window;
        foreach (Blackout blackout in blackouts)
        {
            if (Overlap(window, blackout.Period) is Interval common
                && (blackout.CoversEverything || blackout.Scope.Any(c => plan.HasItem(c) || plan.ServiceIndex.IndexOf(c) >= 0)))
            {
                result.Add(new ScheduleConflict(ScheduleConflictCode.Blackout, ids, blackout.Name, common, default, null, null,
                    $"Change '{change.Id}' runs in blackout '{blackout.Name}' from {common.Start} to {common.End}."));
            }
        }

        foreach (ConfigurationItemId item in maintenanceWindows.Count == 0 ? [] : change.AffectedItems.Concat(plan.Services.Where(s => !plan.HasItem(s))))
        {
            if (maintenanceWindows.TryGetValue(item, out BusinessCalendar? calendar))
            {
                Duration outside = window.Duration - calendar.WorkingTimeBetween(window.Start, window.End);
                if (outside > Duration.Zero)
                {
                    result.Add(new ScheduleConflict(ScheduleConflictCode.MaintenanceWindow, ids, item.Value, window, default, null, outside,
                        $"Change '{change.Id}' spends {outside} outside the maintenance window of '{item}'."));
                }
            }
        }

        foreach (ConfigurationItemId service in serviceRules ? plan.Services : [])
        {
            if (change.ExpectedOutage > Duration.Zero && serviceHours.TryGetValue(service, out BusinessCalendar? hours))
            {
                Duration serviceTime = hours.WorkingTimeBetween(window.Start, window.End);
                if (serviceTime > Duration.Zero)
                {
                    result.Add(new ScheduleConflict(ScheduleConflictCode.ServiceHours, ids, service.Value, window, default, null, serviceTime,
                        $"Change '{change.Id}' has an outage of {change.ExpectedOutage} in a window holding {serviceTime} of service hours of '{service}'."));
                }
            }

            if (outageAllowances.TryGetValue(service, out Duration allowance) && change.ExpectedOutage > allowance)
            {
                result.Add(new ScheduleConflict(ScheduleConflictCode.OutageAllowanceExceeded, ids, service.Value, window, default, null, change.ExpectedOutage,
                    $"Change '{change.Id}' expects {change.ExpectedOutage} of outage; '{service}' allows {allowance}."));
            }
            else if (availabilityBudgets.TryGetValue(service, out AvailabilityTarget? target) && change.ExpectedOutage > Duration.Zero)
            {
                (Duration left, Interval month) = BudgetLeft(service, target, change);
                if (change.ExpectedOutage > left)
                {
                    result.Add(new ScheduleConflict(ScheduleConflictCode.OutageAllowanceExceeded, ids, service.Value, window, default, null, change.ExpectedOutage,
                        $"Change '{change.Id}' expects {change.ExpectedOutage} of outage; {left} is left of the {target} availability budget of '{service}' for the month from {month.Start} to {month.End}."));
                }
            }

            FreezePolicy policy = freezePolicies.TryGetValue(service, out FreezePolicy? p) ? p : FreezePolicy.Default;
            if (settings.ErrorBudget is { } budget && policy.Stops(change.Class) && budget.IsFrozen(service, window.Start))
            {
                result.Add(new ScheduleConflict(ScheduleConflictCode.ReleaseFreeze, ids, service.Value, window, default, null, null,
                    $"Change '{change.Id}' ({change.Class}) starts while '{service}' is in a release freeze."));
            }
        }
    }

    // Sentences are built when a conflict's explanation is read (formatting instants costs more than the rule).
    private static void PairRules(ScheduledChange a, PlannedImpact pa, ScheduledChange b, PlannedImpact pb, List<ScheduleConflict> result)
    {
        Interval common = Overlap(a.Window, b.Window)!.Value;
        List<ConfigurationItemId>? shared = null;
        foreach (ConfigurationItemId item in a.AffectedItems)
        {
            if (pb.HasItem(item))
            {
                (shared ??= new List<ConfigurationItemId>(1)).Add(item);
            }
        }

        if (shared is not null)
        {
            result.Add(new ScheduleConflict(ScheduleConflictCode.SameItem, Pair(a, b), b.Id.Value, common, EquatableArray.From(shared), null,
                () => (null, $"Changes '{a.Id}' and '{b.Id}' both touch {string.Join(", ", shared)} from {common.Start} to {common.End}.")));
        }
        else if (Reaches(pa, b, pb) || Reaches(pb, a, pa))
        {
            // the shortest chain is searched when the conflict's chain is read
            result.Add(new ScheduleConflict(ScheduleConflictCode.RelatedItem, Pair(a, b), b.Id.Value, common, default, null, () =>
            {
                ImpactExplanation chain = Shorter(Chain(pa, b), Chain(pb, a))!;
                return (chain, $"Changes '{a.Id}' and '{b.Id}' are related: {chain}.");
            }));
        }
        else if (pa.CommonServices(pb) is { } services)
        {
            result.Add(new ScheduleConflict(ScheduleConflictCode.RelatedItem, Pair(a, b), b.Id.Value, common, EquatableArray.From(services), null,
                () => (null, $"Changes '{a.Id}' and '{b.Id}' both affect {string.Join(", ", services)}.")));
        }

        foreach (string person in a.Implementers)
        {
            foreach (string other in b.Implementers)
            {
                if (string.Equals(person, other, StringComparison.Ordinal))
                {
                    result.Add(new ScheduleConflict(ScheduleConflictCode.AssigneeDoubleBooked, Pair(a, b), person, common, default, null,
                        () => (null, $"'{person}' implements both '{a.Id}' and '{b.Id}' from {common.Start} to {common.End}.")));
                    break;
                }
            }
        }
    }

    private static EquatableArray<ChangeId> Pair(ScheduledChange a, ScheduledChange b) => EquatableArray.Create<ChangeId>([a.Id, b.Id]);

    private static bool Reaches(PlannedImpact from, ScheduledChange to, PlannedImpact toPlan)
    {
        if (ReferenceEquals(from.Graph, toPlan.Graph))
        {
            return from.Impact.ImpairsAny(toPlan.Selection);
        }

        foreach (ConfigurationItemId item in to.AffectedItems)
        {
            if (from.Impact.StateOf(item) != ImpactState.Up)
            {
                return true;
            }
        }

        return false;
    }

    private static ImpactExplanation? Chain(PlannedImpact from, ScheduledChange to)
    {
        ImpactExplanation? best = null;
        foreach (ConfigurationItemId item in to.AffectedItems)
        {
            if (from.Impact.StateOf(item) != ImpactState.Up)
            {
                best = Shorter(best, from.Impact.Explain(item));
            }
        }

        return best;
    }

    private static ImpactExplanation? Shorter(ImpactExplanation? x, ImpactExplanation? y) =>
        x is null ? y : y is null ? x : y.Steps.Count < x.Steps.Count ? y : x;

    internal static Interval? Overlap(Interval x, Interval y)
    {
        Instant start = x.Start > y.Start ? x.Start : y.Start;
        Instant end = x.End < y.End ? x.End : y.End;
        return start < end ? new Interval(start, end) : null;
    }

    private (Duration Left, Interval Month) BudgetLeft(ConfigurationItemId service, AvailabilityTarget target, ScheduledChange change)
    {
        BusinessCalendar hours = settings.ServiceHours[service];
        LocalDate date = change.Window.Start.InZone(hours.Zone).Date;
        Interval month = ServiceAvailability.MonthPeriod(new YearMonth(date.Year, date.Month), hours.Zone);
        Duration measured = settings.MeasuredDowntime?.DowntimeIn(service, month) ?? Duration.Zero;
        if (measured < Duration.Zero)
        {
            throw new InvalidOperationException($"The measured-downtime port gave a negative downtime for '{service}'.");
        }

        Duration left = target.AllowedDowntime(hours, month) - measured - ledgers[service].OutagesBetween(month.Start, change.Window.Start, change.Id);
        return (left < Duration.Zero ? Duration.Zero : left, month);
    }

    // ---- combined outage (DESIGN "Change schedule semantics") ----
    // Sets K of at least two changes sharing an instant, searched per redundancy group among the changes whose planned
    // impact reaches it (a member not Up), from every instant where at most combinedLimit of them are active; where
    // more are active, one "not enumerated" conflict per maximal such set. With first, parties[0] is the proposed
    // change and every set contains it. Parties are in schedule order (after parties[0]).
    private void CombinedOutages(List<Party> parties, bool first, List<ScheduleConflict> result)
    {
        // per group reached by two parties or more (with first, by the proposed one and another), the parties reaching it
        // in schedule order; groups in the order they are first met (party by party, each party's groups in id order)
        var byGroup = new Dictionary<ConfigurationItemId, List<int>>();
        if (first)
        {
            IdIndex mine = parties[0].Plan.GroupIndex;
            if (mine.Count == 0)
            {
                return;
            }

            var lists = new List<int>?[mine.Count];
            var common = new List<(int Here, int There)>();
            for (int i = 1; i < parties.Count; i++)
            {
                common.Clear();
                parties[i].Plan.GroupIndex.Intersect(mine, common);
                foreach ((_, int position) in common)
                {
                    if (lists[position] is not { } list)
                    {
                        list = new List<int> { 0 };
                        lists[position] = list;
                        byGroup[mine.Ids[position]] = list;
                    }

                    list.Add(i);
                }
            }
        }
        else
        {
            for (int i = 0; i < parties.Count; i++)
            {
                foreach (GroupImpact group in parties[i].Plan.Groups)
                {
                    if (!byGroup.TryGetValue(group.Group, out List<int>? list))
                    {
                        list = new List<int>();
                        byGroup[group.Group] = list;
                    }

                    list.Add(i);
                }
            }
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var sets = new List<int[]>();
        foreach ((ConfigurationItemId group, List<int> list) in byGroup)
        {
            if (list.Count >= 2)
            {
                Sweep(parties, group, list, first, seen, sets, result);
            }
        }

        foreach (int[] set in sets)
        {
            Combine(parties, set, result);
        }
    }

    private void Sweep(List<Party> parties, ConfigurationItemId group, List<int> list, bool first, HashSet<string> seen, List<int[]> sets, List<ScheduleConflict> result)
    {
        Interval Window(int i) => parties[i].Change.Window;
        Interval? clip = first ? Window(0) : null;
        var points = new List<Instant>(2 * list.Count);
        foreach (int i in list)
        {
            foreach (Instant t in new[] { Window(i).Start, Window(i).End })
            {
                if (clip is not { } c || (c.Start <= t && t <= c.End))
                {
                    points.Add(t);
                }
            }
        }

        points.Sort();
        var active = new List<int>();
        for (int k = 0; k + 1 < points.Count; k++)
        {
            Instant from = points[k], to = points[k + 1];
            if (from == to)
            {
                continue;
            }

            active.Clear();
            foreach (int i in list)
            {
                if (Window(i).Start <= from && from < Window(i).End)
                {
                    active.Add(i);
                }
            }

            if (active.Count < 2)
            {
                continue;
            }

            if (active.Count <= combinedLimit)
            {
                for (int mask = 1; mask < 1 << active.Count; mask++)
                {
                    if (int.PopCount(mask) < 2 || (first && (mask & 1) == 0))
                    {
                        continue;
                    }

                    int[] set = active.Where((_, b) => (mask & (1 << b)) != 0).ToArray();
                    if (seen.Add(string.Join(",", set)))
                    {
                        sets.Add(set);
                    }
                }
            }
            else if (active.Any(i => Window(i).Start == from) && active.Any(i => Window(i).End == to))
            {
                // a maximal set: the one before lacks what starts here, the one after what ends here
                Interval common = Common(parties, active);
                result.Add(new ScheduleConflict(ScheduleConflictCode.CombinedOutageNotEnumerated, Ids(parties, active), group.Value, common,
                    EquatableArray.Create<ConfigurationItemId>([group]), null, null,
                    $"{active.Count} changes reach members of group '{group}' at once from {common.Start} to {common.End}, more than the {combinedLimit} whose combined outages are enumerated."));
            }
        }
    }

    private void Combine(List<Party> parties, int[] set, List<ScheduleConflict> result)
    {
        Interval common = Common(parties, set);
        CmdbGraph graph = GraphAt(common.Start);
        PlannedImpact[] singles = set.Select(i => ReferenceEquals(parties[i].Plan.Graph, graph) ? parties[i].Plan : Plan(parties[i].Change, graph)).ToArray();
        if (!MayCombine(singles))
        {
            return;
        }

        // What the set does only together, found from the groups its members share outward (DESIGN: Down together
        // and Down under none of them); the whole joint impact is computed only if a chain is read.
        ImpactResult[] impacts = singles.Select(p => p.Impact).ToArray();
        var down = new List<ConfigurationItemId>();
        foreach (ImpactedItem item in graph.WorseTogether(impacts))
        {
            if (item.IsBusinessService && item.State == ImpactState.Down)
            {
                down.Add(item.Id);
            }
        }

        // no fewer of them: a service Down without one of the changes is that smaller set's
        for (int k = 0; k < set.Length && down.Count > 0 && set.Length > 2; k++)
        {
            IReadOnlyList<ImpactedItem> without = graph.WorseTogether(impacts.Where((_, j) => j != k));
            down.RemoveAll(s => without.Any(w => w.Id == s && w.State == ImpactState.Down));
        }

        EquatableArray<ChangeId> ids = Ids(parties, set);
        foreach (ConfigurationItemId service in down)
        {
            result.Add(new ScheduleConflict(ScheduleConflictCode.CombinedOutage, ids, service.Value, common, default, null, () =>
            {
                ImpactExplanation? chain = graph.ImpactTogether(impacts).Explain(service);
                string names = string.Join(", ", set.Select(i => $"'{parties[i].Change.Id}'"));
                return (chain, $"Changes {names} together take '{service}' Down from {common.Start} to {common.End}, which no fewer of them do: {chain}.");
            }));
        }
    }

    // Down(K) differs from the union of the single Down sets only if some group not Down under any single change
    // loses its quorum to the members they take Down together (Down sets are closed under both rules otherwise).
    private static bool MayCombine(PlannedImpact[] singles)
    {
        var done = new HashSet<ConfigurationItemId>();
        for (int a = 1; a < singles.Length; a++)
        {
            foreach (GroupImpact taken in singles[a].Groups)
            {
                if (taken.MembersDown.Count == 0 || !done.Add(taken.Group))
                {
                    continue;
                }

                var union = new HashSet<ConfigurationItemId>();
                int contributors = 0;
                foreach (PlannedImpact single in singles)
                {
                    if (single.GroupReached(taken.Group) is { MembersDown.Count: > 0 } d)
                    {
                        union.UnionWith(d.MembersDown);
                        contributors++;
                    }
                }

                if (contributors >= 2 && taken.Members - union.Count < taken.MinUp && singles.All(p => p.Impact.StateOf(taken.Group) != ImpactState.Down))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static Interval Common(List<Party> parties, IEnumerable<int> set)
    {
        Instant start = Instant.MinValue, end = Instant.MaxValue;
        foreach (int i in set)
        {
            Interval w = parties[i].Change.Window;
            start = w.Start > start ? w.Start : start;
            end = w.End < end ? w.End : end;
        }

        return new Interval(start, end);
    }

    private static EquatableArray<ChangeId> Ids(List<Party> parties, IEnumerable<int> set) => EquatableArray.From(set.Select(i => parties[i].Change.Id));

    private sealed record Party(ScheduledChange Change, PlannedImpact Plan);

    /// <summary>The scheduled changes affecting one service, by window start, with running sums of their expected outages.</summary>
    private sealed class BudgetLedger
    {
        private readonly List<Instant> starts = new();
        private readonly List<Duration> sums = new() { Duration.Zero };
        private readonly Dictionary<ChangeId, (Instant Start, Duration Outage)> byId = new();

        // Changes arrive in window-start order.
        public void Add(ScheduledChange change)
        {
            starts.Add(change.Window.Start);
            sums.Add(sums[^1] + change.ExpectedOutage);
            byId[change.Id] = (change.Window.Start, change.ExpectedOutage);
        }

        /// <summary>The expected outages of the changes starting in [from, to), leaving out the change with the id <paramref name="except"/>.</summary>
        public Duration OutagesBetween(Instant from, Instant to, ChangeId except)
        {
            Duration total = sums[FirstAtOrAfter(CollectionsMarshal.AsSpan(starts), to)] - sums[FirstAtOrAfter(CollectionsMarshal.AsSpan(starts), from)];
            return byId.TryGetValue(except, out (Instant Start, Duration Outage) own) && from <= own.Start && own.Start < to ? total - own.Outage : total;
        }
    }
}
