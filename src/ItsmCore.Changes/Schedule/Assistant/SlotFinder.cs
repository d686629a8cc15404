using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using ItsmCore.Calendars;
using ItsmCore.Cmdb;
using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Changes;

/// <summary>
/// The assistant's search. For a candidate start t every rule of DESIGN "Change schedule semantics" that can block t
/// gives the earliest start it allows at or after t, and every start before that is blocked by the same rule:
/// an overlapping related change until its end, a blackout until its end, a maintenance window until a working stretch
/// long enough, service hours until they close, an exceeded allowance for the whole stretch of one CMDB graph. The
/// search moves to the latest of these until no rule moves it, rounds up to a whole minute, asks the error-budget port,
/// and checks the result with <see cref="ChangeSchedule.CheckConflicts"/>; a start that check refuses (a rule this
/// search does not know) moves one minute, so the answer is always the schedule's. The compiled schedule's changes,
/// planned impacts and overlap index serve the search (nothing is planned twice). Thread-safe.
/// </summary>
internal sealed class SlotFinder
{
    private static readonly Duration OneMinute = Duration.FromMinutes(1);
    private static readonly Duration OneDay = Duration.FromDays(1);

    private readonly ChangeSchedule schedule;
    private readonly ScheduleEngine engine;
    private readonly ScheduledChange[] changes;
    private readonly Blackout[] blackouts;
    private readonly ScheduleSettings settings;
    private readonly Func<Instant, CmdbGraph> graphAt;

    /// <param name="schedule">The compiled schedule: its changes (sorted by start), their planned impacts (computed at its creation) and its overlap index serve the search.</param>
    /// <param name="blackouts">The schedule's blackouts.</param>
    /// <param name="settings">The schedule's settings.</param>
    /// <param name="graphAt">The schedule's CMDB source.</param>
    public SlotFinder(ChangeSchedule schedule, Blackout[] blackouts, ScheduleSettings settings, Func<Instant, CmdbGraph> graphAt)
    {
        this.schedule = schedule;
        engine = schedule.Engine;
        changes = engine.Changes;
        this.blackouts = blackouts;
        this.settings = settings;
        this.graphAt = graphAt;
    }

    public IReadOnlyList<FreeWindow> Find(ScheduledChange change, Duration length, Instant from, Instant end, int count)
    {
        var result = new List<FreeWindow>();
        Instant last = end - length; // the latest start whose window ends by the horizon's end
        Instant t = CeilingMinute(from);
        Query? query = null;
        while (result.Count < count && t <= last)
        {
            CmdbGraph graph = graphAt(t);
            if (query is null || !ReferenceEquals(graph, query.Graph) || t >= query.StretchEnd)
            {
                query = new Query(this, change, length, graph, t, last);
            }

            Instant? next = query.NextStart(t);
            if (next is not { } start)
            {
                t = query.StretchEnd; // nothing in this stretch of the graph; go on with the next one
                continue;
            }

            if (start >= query.StretchEnd)
            {
                t = query.StretchEnd;
                continue;
            }

            var candidate = new ScheduledChange(change.Id, change.Class, change.AffectedItems, start, start + length, change.ExpectedOutage, change.Implementers);
            if (schedule.CheckConflicts(candidate).Count > 0)
            {
                t = start + OneMinute; // a rule the jumps do not know: step (the schedule has the last word)
                continue;
            }

            result.Add(Describe(candidate, query.Mine));
            t = CeilingMinute(start + length);
        }

        return result;
    }

    private FreeWindow Describe(ScheduledChange candidate, PlannedImpact mine)
    {
        Interval window = candidate.Window;
        var neighbours = new List<ChangeId>();
        if (mine.Services.Length > 0)
        {
            foreach (int i in Overlapping(window.Start - OneDay, window.End + OneDay))
            {
                if (changes[i].Id != candidate.Id && engine.PlanAt(i).ServiceIndex.Overlaps(mine.ServiceIndex))
                {
                    neighbours.Add(changes[i].Id);
                }
            }
        }

        neighbours.Sort((a, b) => string.CompareOrdinal(a.Value, b.Value));
        Duration serviceTime = Duration.Zero;
        var parts = new List<string>();
        foreach (ConfigurationItemId service in mine.Services)
        {
            if (settings.ServiceHours.TryGetValue(service, out BusinessCalendar? hours))
            {
                Duration covered = hours.WorkingTimeBetween(window.Start, window.End);
                serviceTime += covered;
                if (covered > Duration.Zero)
                {
                    parts.Add($"{service} {covered}");
                }
            }
        }

        string services = mine.Services.Length == 0 ? "no business service affected" : "affects " + string.Join(", ", mine.Services);
        string near = neighbours.Count == 0
            ? "no other change within a day shares an affected service"
            : string.Create(CultureInfo.InvariantCulture, $"{neighbours.Count} other change(s) within a day share an affected service ({string.Join(", ", neighbours)})");
        string covers = serviceTime == Duration.Zero ? "covers no service time" : $"covers {serviceTime} of service time ({string.Join(", ", parts)})";
        return new FreeWindow(window, EquatableArray.From(neighbours), serviceTime, $"No conflict; {services}; {near}; {covers}.");
    }

    /// <summary>The indices of the changes whose window overlaps [from, to).</summary>
    private IEnumerable<int> Overlapping(Instant from, Instant to) => engine.Overlapping(new Interval(from, to));

    private static Instant CeilingMinute(Instant instant)
    {
        long seconds = instant.ToUnixTimeSeconds(); // truncated towards the start of time
        Instant floor = Instant.FromUnixTimeSeconds(seconds - (((seconds % 60) + 60) % 60));
        return floor == instant ? instant : floor + OneMinute;
    }

    /// <summary>The first instant at or after <paramref name="at"/> at which the calendar does not work (null: never within its horizon).</summary>
    private static Instant? WorkingRunEnd(BusinessCalendar calendar, Instant at)
    {
        Instant current = at;
        for (int guard = 0; guard < 10_000; guard++)
        {
            if (!calendar.IsWorking(current))
            {
                return current;
            }

            if (calendar.NextTransition(current) is not { } next || next >= BusinessCalendar.MaxSupportedInstant)
            {
                return null;
            }

            current = next;
        }

        return current;
    }

    private static Instant? NextWorking(BusinessCalendar calendar, Instant at)
    {
        try
        {
            return calendar.NextWorkingInstant(at);
        }
        catch (WorkingTimeNotFoundException)
        {
            return null;
        }
    }

    /// <summary>One search over a stretch of starts on which the CMDB source gives the same graph.</summary>
    private sealed class Query
    {
        private readonly SlotFinder owner;
        private readonly ScheduledChange change;
        private readonly Duration length;
        private readonly BusinessCalendar[] maintenance;
        private readonly BusinessCalendar[] serviceHours;
        private readonly Blackout[] blocking;
        private readonly (ConfigurationItemId Service, FreezePolicy Policy)[] frozenIfAsked;
        private readonly bool allowanceExceeded;
        private readonly Dictionary<int, bool> related = new();

        public Query(SlotFinder owner, ScheduledChange change, Duration length, CmdbGraph graph, Instant from, Instant last)
        {
            this.owner = owner;
            this.change = change;
            this.length = length;
            Graph = graph;
            Mine = PlannedImpact.Of(change, graph);
            StretchEnd = FindStretchEnd(owner.graphAt, graph, from, last);
            ScheduleSettings settings = owner.settings;
            IEnumerable<ConfigurationItemId> checkedItems = change.AffectedItems.Concat(Mine.Services.Where(s => !Mine.HasItem(s)));
            maintenance = checkedItems.Where(settings.MaintenanceWindows.ContainsKey).Select(i => settings.MaintenanceWindows[i]).ToArray();
            serviceHours = change.ExpectedOutage > Duration.Zero
                ? Mine.Services.Where(settings.ServiceHours.ContainsKey).Select(s => settings.ServiceHours[s]).ToArray()
                : [];
            allowanceExceeded = Mine.Services.Any(s => settings.OutageAllowances.TryGetValue(s, out Duration allowance) && change.ExpectedOutage > allowance);
            blocking = owner.blackouts
                .Where(b => b.CoversEverything || b.Scope.Any(c => Mine.HasItem(c) || Mine.ServiceIndex.IndexOf(c) >= 0))
                .ToArray();
            frozenIfAsked = settings.ErrorBudget is null
                ? []
                : Mine.Services.Select(s => (s, settings.FreezePolicies.TryGetValue(s, out FreezePolicy? p) ? p : FreezePolicy.Default))
                    .Where(p => p.Item2.Stops(change.Class)).ToArray();
        }

        public CmdbGraph Graph { get; }

        public PlannedImpact Mine { get; }

        /// <summary>The first whole-minute start after the stretch (where the source gives another graph), or past the last start.</summary>
        public Instant StretchEnd { get; }

        /// <summary>The first whole-minute start at or after <paramref name="t"/> that no known rule blocks; null when none before the stretch end.</summary>
        public Instant? NextStart(Instant t)
        {
            if (allowanceExceeded)
            {
                return null;
            }

            while (t < StretchEnd)
            {
                Instant moved = t;
                bool again = true;
                while (again && moved < StretchEnd)
                {
                    Instant before = moved;
                    moved = Pairs(Blackouts(Calendars(moved) ?? Instant.MaxValue));
                    if (moved == Instant.MaxValue)
                    {
                        return null;
                    }

                    moved = CeilingMinute(moved);
                    again = moved != before;
                }

                if (moved >= StretchEnd)
                {
                    return null;
                }

                if (frozenIfAsked.Any(f => owner.settings.ErrorBudget!.IsFrozen(f.Service, moved)))
                {
                    t = moved + OneMinute; // the port says nothing about when the freeze ends
                    continue;
                }

                return moved;
            }

            return null;
        }

        /// <summary>The earliest start at or after t allowed by the maintenance windows and service hours; null when none.</summary>
        private Instant? Calendars(Instant t)
        {
            Instant result = t;
            foreach (BusinessCalendar window in maintenance)
            {
                // The whole window [s, s + length) must be working time.
                Instant s = result;
                while (true)
                {
                    if (NextWorking(window, s) is not { } open)
                    {
                        return null;
                    }

                    Instant? close = WorkingRunEnd(window, open);
                    if (close is null || close.Value - open >= length)
                    {
                        s = open;
                        break;
                    }

                    s = close.Value;
                    if (s >= StretchEnd)
                    {
                        return s;
                    }
                }

                result = s > result ? s : result;
            }

            if (result >= StretchEnd)
            {
                return result;
            }

            foreach (BusinessCalendar hours in serviceHours)
            {
                // No service time in [s, s + length).
                if (NextWorking(hours, result) is { } open && open < result + length)
                {
                    Instant? close = WorkingRunEnd(hours, open);
                    if (close is null)
                    {
                        return null;
                    }

                    result = close.Value;
                }
            }

            return result;
        }

        private Instant Blackouts(Instant t)
        {
            if (t == Instant.MaxValue)
            {
                return t;
            }

            Instant result = t;
            foreach (Blackout b in blocking)
            {
                if (b.Period.Start < t + length && t < b.Period.End && b.Period.End > result)
                {
                    result = b.Period.End;
                }
            }

            return result;
        }

        private Instant Pairs(Instant t)
        {
            if (t == Instant.MaxValue)
            {
                return t;
            }

            Instant result = t;
            foreach (int i in owner.Overlapping(t, t + length))
            {
                ScheduledChange other = owner.changes[i];
                if (other.Window.End > result && other.Id != change.Id && Related(i))
                {
                    result = other.Window.End;
                }
            }

            return result;
        }

        /// <summary>Whether an overlapping change would conflict: a shared CI, a related item (a chain or a common service), or a common implementer.</summary>
        private bool Related(int i)
        {
            if (related.TryGetValue(i, out bool known))
            {
                return known;
            }

            ScheduledChange other = owner.changes[i];
            PlannedImpact theirs = owner.engine.PlanAt(i);
            bool result = other.AffectedItems.Any(Mine.HasItem)
                || Reaches(Mine, theirs, other)
                || Reaches(theirs, Mine, change)
                || Mine.ServiceIndex.Overlaps(theirs.ServiceIndex)
                || change.Implementers.Any(p => other.Implementers.Contains(p, StringComparer.Ordinal));
            related[i] = result;
            return result;
        }

        // Whether the impact of one plan reaches a CI of the other change (ids resolved once per plan when both plans are
        // on one graph).
        private static bool Reaches(PlannedImpact from, PlannedImpact to, ScheduledChange toChange) =>
            ReferenceEquals(from.Graph, to.Graph)
                ? from.Impact.ImpairsAny(to.Selection)
                : toChange.AffectedItems.Any(c => from.Impact.StateOf(c) != ImpactState.Up);

        /// <summary>
        /// The first whole minute after <paramref name="from"/> at which the source gives another graph (the source is
        /// taken to give one object per stretch), or just past <paramref name="last"/> when it gives this one throughout.
        /// </summary>
        private static Instant FindStretchEnd(Func<Instant, CmdbGraph> graphAt, CmdbGraph graph, Instant from, Instant last)
        {
            Instant beyond = CeilingMinute(last) + OneMinute;
            long hi = (long)Math.Floor((last - from).TotalMinutes); // the last whole-minute start, in minutes after 'from'
            while (hi > 0 && from + Duration.FromMinutes(hi) > last)
            {
                hi--;
            }

            if (hi <= 0 || ReferenceEquals(graphAt(from + Duration.FromMinutes(hi)), graph))
            {
                return beyond;
            }

            long lo = 0; // minutes after 'from' known to give this graph; 'hi' gives another one
            while (hi - lo > 1)
            {
                long mid = lo + ((hi - lo) / 2);
                if (ReferenceEquals(graphAt(from + Duration.FromMinutes(mid)), graph))
                {
                    lo = mid;
                }
                else
                {
                    hi = mid;
                }
            }

            return from + Duration.FromMinutes(hi);
        }
    }
}
