using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using ItsmCore.Calendars;
using ItsmCore.Cmdb;
using ItsmCore.Primitives;
using ItsmCore.Tests;
using NodaTime;
using Xunit;
using static ItsmCore.Changes.Tests.Schedule.ScheduleTestCmdb;

namespace ItsmCore.Changes.Tests.Schedule;

/// <summary>
/// The assistant against a brute-force oracle: every whole minute from the search start asked of the schedule's own
/// <see cref="ChangeSchedule.CheckConflicts"/> (itself checked against an independent oracle in
/// <see cref="ChangeSchedulePropertyTests"/>), the next search from the end of each window found, and the ranking keys
/// counted naively. The random worlds have a CMDB that changes once at a random minute (a pool member joins), so the
/// search crosses stretches of different graphs.
/// </summary>
public sealed class ScheduleAssistantPropertyTests
{
    private static readonly Duration OneMinute = Duration.FromMinutes(1);

    [Fact]
    public void NextFreeWindows_RandomWorlds_MatchMinuteStepping() =>
        PropertyRunner.Run(Cases(), c =>
        {
            ScheduleAssistant assistant = ScheduleAssistant.Create(c.World.Changes, c.World.BlackoutList(), c.World.Settings(), c.GraphAt);
            Instant from = Minute(c.FromMinute) + Duration.FromSeconds(c.FromSeconds);
            Duration length = Duration.FromMinutes(c.Length);
            Duration horizon = Duration.FromMinutes(c.Horizon);

            IReadOnlyList<FreeWindow> found = assistant.NextFreeWindows(c.Template, length, from, horizon, c.Count);

            Assert.Equal(Oracle(c, assistant.Schedule, from, length, from + horizon), found.Select(Key).ToList());
        }, maxTest: 250);

    private static string Key(FreeWindow w) =>
        $"{(w.Window.Start - Day).TotalMinutes}-{(w.Window.End - Day).TotalMinutes} [{string.Join(",", w.Neighbours)}] {w.ServiceTime.TotalMinutes}";

    private static List<string> Oracle(Case c, ChangeSchedule schedule, Instant from, Duration length, Instant end)
    {
        var result = new List<string>();
        Instant s = Minute(c.FromSeconds == 0 ? c.FromMinute : c.FromMinute + 1); // the first whole minute at or after 'from'
        ScheduleSettings settings = c.World.Settings();
        while (result.Count < c.Count && s + length <= end)
        {
            ScheduledChange t = Move(c.Template, s, length);
            if (schedule.CheckConflicts(t).Count > 0)
            {
                s += OneMinute;
                continue;
            }

            string[] mine = ServicesOf(c, t);
            string[] neighbours = c.World.Changes
                .Where(x => x.Id != t.Id && x.Window.End > s - Duration.FromDays(1) && x.Window.Start < s + length + Duration.FromDays(1))
                .Where(x => ServicesOf(c, x).Intersect(mine).Any())
                .Select(x => x.Id.Value).Order(StringComparer.Ordinal).ToArray();
            double serviceTime = mine.Sum(v => settings.ServiceHours.TryGetValue(Ci(v), out BusinessCalendar? h)
                ? Enumerable.Range(0, (int)length.TotalMinutes).Count(m => h.IsWorking(s + Duration.FromMinutes(m)))
                : 0);
            result.Add($"{(s - Day).TotalMinutes}-{(s + length - Day).TotalMinutes} [{string.Join(",", neighbours)}] {serviceTime}");
            s += length;
        }

        return result;
    }

    private static string[] ServicesOf(Case c, ScheduledChange change)
    {
        PlannedOutage outage = c.GraphAt(change.Window.Start).PlanOutage(change.AffectedItems);
        return outage.ServicesDown.Concat(outage.ServicesDegraded).Select(i => i.Value).ToArray();
    }

    private static ScheduledChange Move(ScheduledChange c, Instant start, Duration length) =>
        new(c.Id, c.Class, c.AffectedItems, start, start + length, c.ExpectedOutage, c.Implementers);

    private static Gen<Case> Cases() =>
        from world in ChangeSchedulePropertyTests.Worlds()
        from template in ChangeSchedulePropertyTests.ChangeGen()
        from reschedule in Gen.Elements(true, false, false)
        from joinAt in Gen.Choose(-1, 700)
        from fromMinute in Gen.Choose(-60, 400)
        from fromSeconds in Gen.Elements(0, 0, 17)
        from length in Gen.Choose(1, 150)
        from horizon in Gen.Choose(1, 1_000)
        from count in Gen.Choose(1, 4)
        select new Case(world, template(reschedule ? "c0" : "new"), joinAt, fromMinute, fromSeconds, length, horizon, count);

    /// <summary>A world, a change to place, and the minute at which s3 joins the pool (-1: never).</summary>
    public sealed record Case(ChangeSchedulePropertyTests.World World, ScheduledChange Template, int JoinAt, int FromMinute, int FromSeconds, int Length, int Horizon, int Count)
    {
        private readonly CmdbGraph before = Build(World, false);
        private readonly CmdbGraph after = Build(World, true);

        public CmdbGraph GraphAt(Instant at) => JoinAt >= 0 && at >= Minute(JoinAt) ? after : before;

        public override string ToString() => $"{World} template {Template.Id} {Template.AffectedItems} {Template.Class} outage {Template.ExpectedOutage} {Template.Implementers} join {JoinAt} from {FromMinute}+{FromSeconds}s length {Length} horizon {Horizon} count {Count}";

        /// <summary>The world's graph, with s3 in pool p (joined) or out of it.</summary>
        private static CmdbGraph Build(ChangeSchedulePropertyTests.World w, bool s3Joined) =>
            Graph(
                ChangeSchedulePropertyTests.Servers,
                w.Groups.Select(g => (g.Id, g.MinUp)),
                ChangeSchedulePropertyTests.Services,
                w.DependsOn,
                w.Groups.SelectMany(g => g.Members
                    .Where(m => g.Id != "p" || m != "s3")
                    .Concat(g.Id == "p" && s3Joined ? new[] { "s3" } : Array.Empty<string>())
                    .Select(m => (m, g.Id))));
    }
}
