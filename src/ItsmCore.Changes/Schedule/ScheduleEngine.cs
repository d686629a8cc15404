using System;
using System.Collections.Generic;
using System.Linq;
using ItsmCore.Calendars;
using ItsmCore.Cmdb;
using ItsmCore.Primitives;
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
    private readonly ScheduledChange[] changes;
    private readonly Instant[] starts;
    private readonly Instant[] maxEnds;
    private readonly Planned[] planned;
    private readonly Blackout[] blackouts;
    private readonly ScheduleSettings settings;
    private readonly Func<Instant, CmdbGraph> graphAt;

    public ScheduleEngine(IEnumerable<ScheduledChange> source, IEnumerable<Blackout> blackouts, ScheduleSettings settings, Func<Instant, CmdbGraph> graphAt)
    {
        this.settings = settings;
        this.graphAt = graphAt;
        this.blackouts = blackouts.ToArray();
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
        planned = new Planned[changes.Length];
        Instant running = Instant.MinValue;
        for (int i = 0; i < changes.Length; i++)
        {
            starts[i] = changes[i].Window.Start;
            Instant end = changes[i].Window.End;
            running = end > running ? end : running;
            maxEnds[i] = running;
            planned[i] = Plan(changes[i]);
        }
    }

    public IReadOnlyList<ScheduleConflict> Check(ScheduledChange proposed)
    {
        var result = new List<ScheduleConflict>();
        Planned mine = Plan(proposed);
        SingleRules(proposed, mine, result);
        foreach (int i in Overlapping(proposed.Window))
        {
            if (changes[i].Id != proposed.Id)
            {
                PairRules(proposed, mine, changes[i], planned[i], result);
            }
        }

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

        return result;
    }

    private IEnumerable<int> Overlapping(Interval window)
    {
        int hi = UpperBound(window.End); // first index with start >= window end
        for (int i = hi - 1; i >= 0 && maxEnds[i] > window.Start; i--)
        {
            if (changes[i].Window.End > window.Start)
            {
                yield return i;
            }
        }
    }

    private int UpperBound(Instant end)
    {
        int lo = 0, hi = starts.Length;
        while (lo < hi)
        {
            int mid = lo + ((hi - lo) / 2);
            if (starts[mid] < end)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private Planned Plan(ScheduledChange change)
    {
        CmdbGraph graph = graphAt(change.Window.Start) ?? throw new InvalidOperationException($"The CMDB source gave no graph for {change.Window.Start}.");
        ImpactResult impact = graph.PlanOutage(change.AffectedItems).Impact;
        var services = new List<ConfigurationItemId>();
        foreach (ImpactedItem item in impact)
        {
            if (item.IsBusinessService && item.State != ImpactState.Up)
            {
                services.Add(item.Id);
            }
        }

        return new Planned(impact, services.ToArray(), new HashSet<ConfigurationItemId>(change.AffectedItems));
    }

    private void SingleRules(ScheduledChange change, Planned plan, List<ScheduleConflict> result)
    {
        EquatableArray<ChangeId> ids = EquatableArray.Create<ChangeId>([change.Id]);
        Interval window = change.Window;
        foreach (Blackout blackout in blackouts)
        {
            if (Overlap(window, blackout.Period) is Interval common
                && (blackout.CoversEverything || blackout.Scope.Any(c => plan.Items.Contains(c) || plan.Services.Contains(c))))
            {
                result.Add(new ScheduleConflict(ScheduleConflictCode.Blackout, ids, blackout.Name, common, default, null, null,
                    $"Change '{change.Id}' runs in blackout '{blackout.Name}' from {common.Start} to {common.End}."));
            }
        }

        foreach (ConfigurationItemId item in change.AffectedItems.Concat(plan.Services.Where(s => !plan.Items.Contains(s))))
        {
            if (settings.MaintenanceWindows.TryGetValue(item, out BusinessCalendar? calendar))
            {
                Duration outside = window.Duration - calendar.WorkingTimeBetween(window.Start, window.End);
                if (outside > Duration.Zero)
                {
                    result.Add(new ScheduleConflict(ScheduleConflictCode.MaintenanceWindow, ids, item.Value, window, default, null, outside,
                        $"Change '{change.Id}' spends {outside} outside the maintenance window of '{item}'."));
                }
            }
        }

        foreach (ConfigurationItemId service in plan.Services)
        {
            if (change.ExpectedOutage > Duration.Zero && settings.ServiceHours.TryGetValue(service, out BusinessCalendar? hours))
            {
                Duration serviceTime = hours.WorkingTimeBetween(window.Start, window.End);
                if (serviceTime > Duration.Zero)
                {
                    result.Add(new ScheduleConflict(ScheduleConflictCode.ServiceHours, ids, service.Value, window, default, null, serviceTime,
                        $"Change '{change.Id}' has an outage of {change.ExpectedOutage} in a window holding {serviceTime} of service hours of '{service}'."));
                }
            }

            if (settings.OutageAllowances.TryGetValue(service, out Duration allowance) && change.ExpectedOutage > allowance)
            {
                result.Add(new ScheduleConflict(ScheduleConflictCode.OutageAllowanceExceeded, ids, service.Value, window, default, null, change.ExpectedOutage,
                    $"Change '{change.Id}' expects {change.ExpectedOutage} of outage; '{service}' allows {allowance}."));
            }

            FreezePolicy policy = settings.FreezePolicies.TryGetValue(service, out FreezePolicy? p) ? p : FreezePolicy.Default;
            if (settings.ErrorBudget is { } budget && policy.Stops(change.Class) && budget.IsFrozen(service, window.Start))
            {
                result.Add(new ScheduleConflict(ScheduleConflictCode.ReleaseFreeze, ids, service.Value, window, default, null, null,
                    $"Change '{change.Id}' ({change.Class}) starts while '{service}' is in a release freeze."));
            }
        }
    }

    private static void PairRules(ScheduledChange a, Planned pa, ScheduledChange b, Planned pb, List<ScheduleConflict> result)
    {
        Interval common = Overlap(a.Window, b.Window)!.Value;
        EquatableArray<ChangeId> ids = EquatableArray.Create<ChangeId>([a.Id, b.Id]);
        ConfigurationItemId[] shared = a.AffectedItems.Where(pb.Items.Contains).ToArray();
        if (shared.Length > 0)
        {
            result.Add(new ScheduleConflict(ScheduleConflictCode.SameItem, ids, b.Id.Value, common, EquatableArray.From(shared), null, null,
                $"Changes '{a.Id}' and '{b.Id}' both touch {string.Join(", ", shared)} from {common.Start} to {common.End}."));
        }
        else
        {
            ImpactExplanation? chain = Shorter(Chain(pa, b), Chain(pb, a));
            if (chain is not null)
            {
                result.Add(new ScheduleConflict(ScheduleConflictCode.RelatedItem, ids, b.Id.Value, common, default, chain, null,
                    $"Changes '{a.Id}' and '{b.Id}' are related: {chain}."));
            }
            else
            {
                ConfigurationItemId[] services = pa.Services.Where(pb.Services.Contains).ToArray();
                if (services.Length > 0)
                {
                    result.Add(new ScheduleConflict(ScheduleConflictCode.RelatedItem, ids, b.Id.Value, common, EquatableArray.From(services), null, null,
                        $"Changes '{a.Id}' and '{b.Id}' both affect {string.Join(", ", services)}."));
                }
            }
        }

        foreach (string person in a.Implementers.Where(x => b.Implementers.Contains(x, StringComparer.Ordinal)))
        {
            result.Add(new ScheduleConflict(ScheduleConflictCode.AssigneeDoubleBooked, ids, person, common, default, null, null,
                $"'{person}' implements both '{a.Id}' and '{b.Id}' from {common.Start} to {common.End}."));
        }
    }

    private static ImpactExplanation? Chain(Planned from, ScheduledChange to)
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

    private sealed record Planned(ImpactResult Impact, ConfigurationItemId[] Services, HashSet<ConfigurationItemId> Items);
}
