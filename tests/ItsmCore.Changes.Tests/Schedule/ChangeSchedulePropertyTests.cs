using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using ItsmCore.Calendars;
using ItsmCore.Primitives;
using ItsmCore.Sla;
using ItsmCore.Tests;
using NodaTime;
using Xunit;
using static ItsmCore.Changes.Tests.Schedule.ScheduleTestCmdb;

namespace ItsmCore.Changes.Tests.Schedule;

/// <summary>
/// The schedule's conflicts against a brute-force oracle written here: minute stepping for overlaps, calendars and
/// blackouts, and its own least-fixed-point impact over tiny random CMDBs (servers, a pool with a quorum and a group that
/// may contain it, two services); combined outages by trying every set of changes sharing a minute against all its
/// proper subsets; the availability budget from the month's service minutes.
/// </summary>
public sealed class ChangeSchedulePropertyTests
{
    internal static readonly string[] Servers = { "s0", "s1", "s2", "s3" };
    internal static readonly string[] Services = { "v0", "v1" };
    private static readonly string[] Nodes = { "s0", "s1", "s2", "s3", "p", "q", "v0", "v1" };
    private static readonly string[] QCandidates = { "s0", "s1", "s2", "s3", "p" };
    private static readonly decimal?[] BudgetPercents = { null, 99m, 99.5m, 99.9m, 99.95m };
    private static readonly Instant March = Instant.FromUtc(2026, 3, 1, 0, 0);
    private static readonly string[] People = { "kim", "lee" };
    private static readonly ChangeClass[] ClassList = { ChangeClass.Feature, ChangeClass.Stability, ChangeClass.Fix };

    [Fact]
    public void AllConflicts_RandomSchedules_MatchBruteForce() =>
        PropertyRunner.Run(Worlds(), w => Assert.Equal(Oracle(w, w.Changes, null), Normal(w.Build(w.Changes).AllConflicts())), maxTest: 300);

    [Fact]
    public void CheckConflicts_RandomProposal_MatchesBruteForce() =>
        PropertyRunner.Run(Worlds(), w =>
        {
            ScheduledChange proposed = w.Changes[^1];
            ScheduledChange[] others = w.Changes[..^1];
            Assert.Equal(Oracle(w, others, proposed), Normal(w.Build(others).CheckConflicts(proposed)));
        }, maxTest: 300);

    private static List<string> Normal(IEnumerable<ScheduleConflict> conflicts) => conflicts
        .Select(c => Key(c.Code, c.Changes.Select(x => x.Value), c.OtherParty, (int)(c.Interval.Start - Day).TotalMinutes,
            (int)(c.Interval.End - Day).TotalMinutes, c.Items.Select(i => i.Value), c.Amount is { } a ? (int)a.TotalMinutes : null, c.Chain is not null))
        .Order(StringComparer.Ordinal).ToList();

    private static string Key(ScheduleConflictCode code, IEnumerable<string> changes, string other, int from, int to, IEnumerable<string> items, int? amount, bool chain) =>
        $"{code}|{string.Join(",", changes)}|{other}|{from}-{to}|{string.Join(",", items.Order(StringComparer.Ordinal))}|{amount}|{chain}";

    // ---- oracle ----
    private static Dictionary<string, int> Impact(World w, IEnumerable<string> down)
    {
        var given = new HashSet<string>(down);
        Dictionary<string, int> state = Nodes.ToDictionary(n => n, n => given.Contains(n) ? 2 : 0);
        bool changed = true;
        while (changed)
        {
            changed = false;
            foreach (string x in Nodes)
            {
                int s = state[x];
                foreach ((string src, string target) in w.DependsOn)
                {
                    if (src == x)
                    {
                        s = Math.Max(s, state[target]);
                    }
                }

                foreach ((string group, string[] members, int minUp) in w.Groups)
                {
                    if (x == group)
                    {
                        int up = members.Count(m => state[m] != 2);
                        s = Math.Max(s, up < minUp ? 2 : members.Any(m => state[m] != 0) ? 1 : 0);
                    }
                }

                if (s != state[x])
                {
                    state[x] = s;
                    changed = true;
                }
            }
        }

        return state;
    }

    private static bool Working(World.Hours h, int minute) => h.From * 60 <= minute % 1440 && minute % 1440 < h.To * 60;

    private static List<string> Oracle(World w, ScheduledChange[] scheduled, ScheduledChange? proposed)
    {
        var result = new List<string>();
        int M(Instant t) => (int)(t - Day).TotalMinutes;
        string[] Items(ScheduledChange c) => c.AffectedItems.Select(i => i.Value).ToArray();
        string[] Svc(ScheduledChange c)
        {
            Dictionary<string, int> s = Impact(w, Items(c));
            return Services.Where(v => s[v] != 0).ToArray();
        }

        void Single(ScheduledChange c, ScheduledChange[] ledger)
        {
            int a = M(c.Window.Start), b = M(c.Window.End);
            string[] items = Items(c), services = Svc(c);
            foreach ((string name, int from, int to, string[]? scope) in w.Blackouts)
            {
                int[] common = Enumerable.Range(a, b - a).Where(m => from <= m && m < to).ToArray();
                if (common.Length > 0 && (scope is null || scope.Any(x => items.Contains(x) || services.Contains(x))))
                {
                    result.Add(Key(ScheduleConflictCode.Blackout, new[] { c.Id.Value }, name, common[0], common[^1] + 1, [], null, false));
                }
            }

            foreach (string x in items.Concat(services.Where(v => !items.Contains(v))))
            {
                if (x == w.MaintenanceItem)
                {
                    int outside = Enumerable.Range(a, b - a).Count(m => !Working(w.Maintenance, m));
                    if (outside > 0)
                    {
                        result.Add(Key(ScheduleConflictCode.MaintenanceWindow, new[] { c.Id.Value }, x, a, b, [], outside, false));
                    }
                }
            }

            foreach (string v in services)
            {
                int serviceTime = Enumerable.Range(a, b - a).Count(m => Working(w.ServiceHours, m));
                if (v == w.ServiceHoursService && c.ExpectedOutage > Duration.Zero && serviceTime > 0)
                {
                    result.Add(Key(ScheduleConflictCode.ServiceHours, new[] { c.Id.Value }, v, a, b, [], serviceTime, false));
                }

                bool budgeted = w.BudgetPercent is not null && v == w.ServiceHoursService;
                if (!budgeted && v == "v0" && c.ExpectedOutage.TotalMinutes > w.AllowanceV0)
                {
                    result.Add(Key(ScheduleConflictCode.OutageAllowanceExceeded, new[] { c.Id.Value }, v, a, b, [], (int)c.ExpectedOutage.TotalMinutes, false));
                }

                if (budgeted)
                {
                    // March 2026: 31 days of the service hours, in nanoseconds; the budget truncated to the nanosecond
                    const decimal Nanos = 60_000_000_000m;
                    decimal allowed = Math.Floor(31m * (w.ServiceHours.To - w.ServiceHours.From) * 60m * Nanos * (100m - w.BudgetPercent!.Value) / 100m);
                    decimal earlier = ledger.Where(o => o.Id != c.Id && o.Window.Start >= March && o.Window.Start < c.Window.Start && Svc(o).Contains(v))
                        .Sum(o => (decimal)o.ExpectedOutage.TotalMinutes) * Nanos;
                    decimal left = Math.Max(0m, allowed - (w.MeasuredMinutes * Nanos) - earlier);
                    if ((decimal)c.ExpectedOutage.TotalMinutes * Nanos > left)
                    {
                        result.Add(Key(ScheduleConflictCode.OutageAllowanceExceeded, new[] { c.Id.Value }, v, a, b, [], (int)c.ExpectedOutage.TotalMinutes, false));
                    }
                }

                bool stops = v == "v1" ? c.Class == ChangeClass.Fix : c.Class == ChangeClass.Feature;
                if (stops && w.Freezes.Any(f => f.Service == v && f.From <= a && a < f.To))
                {
                    result.Add(Key(ScheduleConflictCode.ReleaseFreeze, new[] { c.Id.Value }, v, a, b, [], null, false));
                }
            }
        }

        void Pair(ScheduledChange x, ScheduledChange y)
        {
            int from = Math.Max(M(x.Window.Start), M(y.Window.Start)), to = Math.Min(M(x.Window.End), M(y.Window.End));
            if (from >= to)
            {
                return;
            }

            string[] ids = { x.Id.Value, y.Id.Value };
            string[] shared = Items(x).Intersect(Items(y)).ToArray();
            if (shared.Length > 0)
            {
                result.Add(Key(ScheduleConflictCode.SameItem, ids, y.Id.Value, from, to, shared, null, false));
            }
            else
            {
                Dictionary<string, int> ix = Impact(w, Items(x)), iy = Impact(w, Items(y));
                bool chain = Items(y).Any(i => ix[i] != 0) || Items(x).Any(i => iy[i] != 0);
                string[] common = Svc(x).Intersect(Svc(y)).ToArray();
                if (chain || common.Length > 0)
                {
                    result.Add(Key(ScheduleConflictCode.RelatedItem, ids, y.Id.Value, from, to, chain ? [] : common, null, chain));
                }
            }

            foreach (string person in x.Implementers.Intersect(y.Implementers))
            {
                result.Add(Key(ScheduleConflictCode.AssigneeDoubleBooked, ids, person, from, to, [], null, false));
            }
        }

        void Combined(ScheduledChange[] all)
        {
            bool Active(ScheduledChange c, int minute) => M(c.Window.Start) <= minute && minute < M(c.Window.End);
            bool Reaches(ScheduledChange c, string[] members)
            {
                Dictionary<string, int> s = Impact(w, Items(c));
                return members.Any(m => s[m] != 0);
            }

            var searched = new Dictionary<string, ScheduledChange[]>();
            foreach ((string group, string[] members, int _) in w.Groups)
            {
                var large = new Dictionary<string, ScheduledChange[]>();
                for (int t = 0; t < 600; t++)
                {
                    ScheduledChange[] at = all.Where(c => Active(c, t) && Reaches(c, members)).ToArray();
                    if (at.Length < 2 || (proposed is not null && !at.Contains(proposed)))
                    {
                        continue;
                    }

                    if (at.Length > w.Limit)
                    {
                        large[string.Join(",", at.Select(c => c.Id.Value))] = at;
                        continue;
                    }

                    for (int mask = 0; mask < 1 << at.Length; mask++)
                    {
                        ScheduledChange[] set = at.Where((_, i) => (mask & (1 << i)) != 0).ToArray();
                        if (set.Length >= 2 && (proposed is null || set.Contains(proposed)))
                        {
                            searched[string.Join(",", set.Select(c => c.Id.Value))] = set;
                        }
                    }
                }

                foreach (ScheduledChange[] set in large.Values.Where(x => !large.Values.Any(y => y.Length > x.Length && x.All(y.Contains))))
                {
                    int from = set.Max(c => M(c.Window.Start)), to = set.Min(c => M(c.Window.End));
                    result.Add(Key(ScheduleConflictCode.CombinedOutageNotEnumerated, set.Select(c => c.Id.Value), group, from, to, [group], null, false));
                }
            }

            foreach (ScheduledChange[] set in searched.Values)
            {
                Dictionary<string, int> together = Impact(w, set.SelectMany(Items));
                var proper = Enumerable.Range(0, (1 << set.Length) - 1)
                    .Select(mask => Impact(w, set.Where((_, i) => (mask & (1 << i)) != 0).SelectMany(Items))).ToArray();
                foreach (string v in Services.Where(v => together[v] == 2 && proper.All(p => p[v] != 2)))
                {
                    int from = set.Max(c => M(c.Window.Start)), to = set.Min(c => M(c.Window.End));
                    result.Add(Key(ScheduleConflictCode.CombinedOutage, set.Select(c => c.Id.Value), v, from, to, [], null, true));
                }
            }
        }

        if (proposed is null)
        {
            ScheduledChange[] sorted = scheduled.OrderBy(c => c.Window.Start).ThenBy(c => c.Id.Value, StringComparer.Ordinal).ToArray();
            foreach (ScheduledChange c in sorted)
            {
                Single(c, sorted);
            }

            for (int i = 0; i < sorted.Length; i++)
            {
                for (int j = i + 1; j < sorted.Length; j++)
                {
                    Pair(sorted[i], sorted[j]);
                }
            }

            Combined(sorted);
        }
        else
        {
            Single(proposed, scheduled);
            foreach (ScheduledChange c in scheduled)
            {
                Pair(proposed, c);
            }

            Combined(scheduled.OrderBy(c => c.Window.Start).ThenBy(c => c.Id.Value, StringComparer.Ordinal).Prepend(proposed).ToArray());
        }

        return result.Order(StringComparer.Ordinal).ToList();
    }

    // ---- generators ----
    internal static Gen<World> Worlds() =>
        from memberFlags in Gen.ArrayOf(Gen.Elements(true, false), 4)
        from minUp in Gen.Choose(0, 4)
        from qFlags in Gen.ArrayOf(Gen.Elements(true, false), 5)
        from qMinUp in Gen.Choose(0, 4)
        from limit in Gen.Elements(2, 3, 8)
        from budget in Gen.Elements(BudgetPercents)
        from measured in Gen.Choose(0, 15)
        from depCount in Gen.Choose(0, 8)
        from deps in Gen.ArrayOf(Gen.Zip(Gen.Elements(Nodes), Gen.Elements(Nodes)), depCount)
        from count in Gen.Choose(1, 6)
        from changes in Gen.ArrayOf(ChangeGen(), count)
        from blackoutCount in Gen.Choose(0, 2)
        from blackouts in Gen.ArrayOf(BlackoutGen(), blackoutCount)
        from maintenanceItem in Gen.Elements(Nodes)
        from maintenance in HoursGen()
        from serviceHoursService in Gen.Elements(Services)
        from serviceHours in HoursGen()
        from allowance in Gen.Choose(0, 20)
        from freezeCount in Gen.Choose(0, 2)
        from freezes in Gen.ArrayOf(FreezeGen(), freezeCount)
        select new World(
            new[] { ("p", Servers.Where((_, i) => memberFlags[i]).ToArray(), minUp), ("q", QCandidates.Where((_, i) => qFlags[i]).ToArray(), qMinUp) },
            deps.Where(d => d.Item1 != d.Item2).Select(d => (d.Item1, d.Item2)).ToArray(),
            changes.Select((c, i) => c("c" + i)).ToArray(),
            blackouts.Select((b, i) => b("b" + i)).ToArray(),
            maintenanceItem,
            maintenance,
            serviceHoursService,
            serviceHours,
            allowance,
            freezes,
            limit,
            budget,
            measured);

    internal static Gen<Func<string, ScheduledChange>> ChangeGen() =>
        from start in Gen.Choose(0, 360)
        from length in Gen.Choose(1, 150)
        from items in Gen.SubListOf(Nodes).Where(l => l.Count is > 0 and <= 3)
        from people in Gen.SubListOf(People)
        from outage in Gen.Choose(0, 25)
        from cls in Gen.Elements(ClassList)
        select (Func<string, ScheduledChange>)(id => new ScheduledChange(new ChangeId(id), cls, items.Select(Ci), Minute(start), Minute(start + length), Duration.FromMinutes(outage), people));

    private static Gen<Func<string, (string, int, int, string[]?)>> BlackoutGen() =>
        from start in Gen.Choose(0, 400)
        from length in Gen.Choose(1, 120)
        from everything in Gen.Elements(true, false)
        from scope in Gen.SubListOf(Nodes).Where(l => l.Count > 0)
        select (Func<string, (string, int, int, string[]?)>)(name => (name, start, start + length, everything ? null : scope.ToArray()));

    private static Gen<(string, int, int)> FreezeGen() =>
        from service in Gen.Elements(Services)
        from start in Gen.Choose(0, 300)
        from length in Gen.Choose(1, 200)
        select (service, start, start + length);

    private static Gen<World.Hours> HoursGen() =>
        from a in Gen.Choose(0, 22)
        from b in Gen.Choose(1, 23)
        where a < b
        select new World.Hours(a, b);

    public sealed record World(
        (string Id, string[] Members, int MinUp)[] Groups,
        (string Source, string Target)[] DependsOn,
        ScheduledChange[] Changes,
        (string Name, int From, int To, string[]? Scope)[] Blackouts,
        string MaintenanceItem,
        World.Hours Maintenance,
        string ServiceHoursService,
        World.Hours ServiceHours,
        int AllowanceV0,
        (string Service, int From, int To)[] Freezes,
        int Limit,
        decimal? BudgetPercent,
        int MeasuredMinutes)
    {
        public ChangeSchedule Build(IEnumerable<ScheduledChange> changes) =>
            ChangeSchedule.Create(changes, BlackoutList(), Settings(), _ => Graph(Servers, Groups.Select(g => (g.Id, g.MinUp)), Services, DependsOn, Groups.SelectMany(g => g.Members.Select(m => (m, g.Id)))), Limit);

        public ScheduleSettings Settings()
        {
            ScheduleSettings settings = ScheduleSettings.Empty
                .WithMaintenanceWindow(Ci(MaintenanceItem), Calendar("maintenance", Maintenance))
                .WithServiceHours(Ci(ServiceHoursService), Calendar("service", ServiceHours))
                .WithOutageAllowance(Ci("v0"), Duration.FromMinutes(AllowanceV0))
                .WithFreezePolicy(Ci("v1"), new FreezePolicy(new[] { ChangeClass.Fix }))
                .WithErrorBudget(new FreezeTable(Freezes.GroupBy(f => f.Service).ToDictionary(g => g.Key, g => g.Select(f => (f.From, f.To)).ToArray())));
            if (BudgetPercent is { } percent)
            {
                settings = settings.WithAvailabilityBudget(Ci(ServiceHoursService), AvailabilityTarget.FromPercent(percent))
                    .WithMeasuredDowntime(new DowntimeTable(ServiceHoursService, new NodaTime.Interval(March, Instant.FromUtc(2026, 4, 1, 0, 0)), Duration.FromMinutes(MeasuredMinutes)));
            }

            return settings;
        }

        public IEnumerable<Blackout> BlackoutList() => Blackouts.Select(b => b.Scope is null
            ? Blackout.Everything(b.Name, Minute(b.From), Minute(b.To))
            : Blackout.For(b.Name, Minute(b.From), Minute(b.To), b.Scope.Select(Ci)));

        private static BusinessCalendar Calendar(string id, Hours h)
        {
            BusinessCalendarBuilder builder = BusinessCalendar.CreateBuilder(id, DateTimeZone.Utc);
            foreach (IsoDayOfWeek day in Enum.GetValues<IsoDayOfWeek>().Where(d => d != IsoDayOfWeek.None))
            {
                builder = builder.WithHours(day, $"{h.From:00}:00-{h.To:00}:00");
            }

            return builder.Build();
        }

        public override string ToString() =>
            $"groups [{string.Join("; ", Groups.Select(g => $"{g.Id} {{{string.Join(",", g.Members)}}} {g.MinUp}"))}] limit {Limit} budget {BudgetPercent} measured {MeasuredMinutes} deps [{string.Join(",", DependsOn.Select(d => d.Source + ">" + d.Target))}] changes [{string.Join("; ", Changes.Select(c => $"{c.Id} {c.Class} {c.Window} {c.AffectedItems} {c.ExpectedOutage} {c.Implementers}"))}] blackouts [{string.Join("; ", Blackouts.Select(b => $"{b.Name} {b.From}-{b.To} {(b.Scope is null ? "*" : string.Join(",", b.Scope))}"))}] mw {MaintenanceItem} {Maintenance} sh {ServiceHoursService} {ServiceHours} allow {AllowanceV0} freezes [{string.Join(",", Freezes)}]";

        public sealed record Hours(int From, int To);
    }
}
