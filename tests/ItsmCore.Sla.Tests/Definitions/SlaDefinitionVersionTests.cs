using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using ItsmCore.Sla.Tests.Scenarios;
using NodaTime;
using static ItsmCore.Sla.Tests.Sla;

namespace ItsmCore.Sla.Tests.Definitions;

/// <summary>
/// Case 3: provisional targets for the first month, then the targets fixed after review. The provisional version
/// (initial response to a major failure within 4 service hours, SLA only) applies from 2026-11-01 00:00 JST; the
/// reviewed one (SLO 2 h, SLA 3 h, default thresholds) from 2026-12-01 00:00 JST. The sales-service calendar is
/// Monday-Saturday 07:00-23:00 Asia/Tokyo.
/// </summary>
public sealed class SlaDefinitionVersionTests
{
    private static readonly Instant Provisional = Jst(2026, 11, 1, 0);
    private static readonly Instant Switch = Jst(2026, 12, 1, 0);

    private static SlaDefinition ProvisionalDefinition { get; } =
        SlaDefinition.CreateBuilder("initial-response", SlaMetric.FirstResponse)
            .WithPriority("major", null, SlaTarget.Within(H(4), "sales-service"))
            .WithPriority("moderate", null, SlaTarget.Within(H(24), "sales-service"))
            .Build();

    private static SlaDefinition ReviewedDefinition { get; } =
        SlaDefinition.CreateBuilder("initial-response", SlaMetric.FirstResponse)
            .WithThresholds(SlaThresholds.Default)
            .WithPriority("major", SlaTarget.Within(H(2), "sales-service"), SlaTarget.Within(H(3), "sales-service"))
            .WithPriority("moderate", null, SlaTarget.Within(H(24), "sales-service"))
            .Build();

    private static SlaDefinitionCatalog Definitions { get; } =
        SlaDefinitionCatalog.Empty.Add(ReviewedDefinition, Switch).Add(ProvisionalDefinition, Provisional);

    [Fact]
    public void TryGetVersion_AroundTheSwitch_IsTheVersionInForce()
    {
        Assert.Equal(new[] { Provisional, Switch }, System.Linq.Enumerable.Select(Definitions.Versions("initial-response"), v => v.EffectiveFrom));
        Assert.Same(ProvisionalDefinition, Definitions.GetVersion("initial-response", Switch - Duration.Epsilon).Definition);
        Assert.Same(ReviewedDefinition, Definitions.GetVersion("initial-response", Switch).Definition);
        Assert.Equal(Switch, Definitions.GetVersion("initial-response", Switch).EffectiveFrom);
        Assert.False(Definitions.TryGetVersion("initial-response", Provisional - Duration.Epsilon, out SlaDefinitionVersion? none));
        Assert.Null(none);
        Assert.Throws<KeyNotFoundException>(() => Definitions.GetVersion("initial-response", Provisional - Duration.Epsilon));
        Assert.True(Definitions.TryGetDefinition("initial-response", out SlaDefinition? newest));
        Assert.Same(ReviewedDefinition, newest);
        Assert.Equal(new[] { ReviewedDefinition }, Definitions.Definitions);
        Assert.Empty(Definitions.Versions("unknown"));
    }

    [Fact]
    public void Add_VersionMeasuringAnotherMetric_Throws()
    {
        SlaDefinition other = SlaDefinition.CreateBuilder("initial-response", SlaMetric.Resolution)
            .WithPriority("major", null, SlaTarget.Within(H(4), "sales-service")).Build();
        ArgumentException e = Assert.Throws<ArgumentException>(() => Definitions.Add(other, Jst(2027, 1, 1, 0)));
        Assert.Contains("different definition", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Add_DifferentVersionAtTheSameInstant_ThrowsAndEqualOneIsIgnored()
    {
        Assert.Throws<ArgumentException>(() => Definitions.Add(ProvisionalDefinition, Switch));
        Assert.Same(Definitions, Definitions.Add(ReviewedDefinition, Switch));
    }

    [Fact]
    public void Start_OneNanosecondBeforeTheSwitch_UsesTheProvisionalTargets()
    {
        // Tuesday 2026-12-01 00:00 is outside service hours: the clock counts from 07:00.
        Instant at = Switch - Duration.Epsilon;
        TieredSlaClock c = TieredSlaClock.Start(Definitions.GetVersion("initial-response", at), "major", at, ScenarioCalendars.Catalog);

        Assert.Equal(Provisional, c.DefinitionVersion!.EffectiveFrom);
        Assert.Null(c.Objective);
        Assert.Equal(SlaTarget.Within(H(4), "sales-service"), c.Agreement!.Target);
        Assert.Equal(Jst(2026, 12, 1, 11), c.Evaluate(at).Agreement!.Value.DueAt);
    }

    [Fact]
    public void Start_AtTheSwitch_UsesTheReviewedTargets()
    {
        TieredSlaClock c = TieredSlaClock.Start(Definitions.GetVersion("initial-response", Switch), "major", Switch, ScenarioCalendars.Catalog);

        Assert.Equal(Switch, c.DefinitionVersion!.EffectiveFrom);
        Assert.Same(ReviewedDefinition, c.Definition);
        TieredSlaStatus s = c.Evaluate(Switch);
        Assert.Equal(Jst(2026, 12, 1, 9), s.Objective!.Value.DueAt);
        Assert.Equal(Jst(2026, 12, 1, 10), s.Agreement!.Value.DueAt);
        Assert.Equal(SlaThresholds.Default, c.Agreement!.Thresholds);
    }

    [Fact]
    public void CycleStartedBeforeTheSwitch_KeepsItsVersion_ReopenAfterItTakesTheNewOne()
    {
        // Monday 2026-11-30 22:00: 1 h of service time left that day, 3 h from Tuesday 07:00.
        Instant start = Jst(2026, 11, 30, 22);
        TieredSlaClock c = TieredSlaClock.Start(Definitions.GetVersion("initial-response", start), "major", start, ScenarioCalendars.Catalog);
        Assert.Equal(Jst(2026, 12, 1, 10), c.Evaluate(Jst(2026, 12, 1, 8)).Agreement!.Value.DueAt);

        // After the switch the open cycle still measures the provisional 4 h: a stop at 09:30 (3 h 30 min) is met, where 3 h would be breached.
        TieredSlaClock stopped = c.Stop(Jst(2026, 12, 1, 9, 30));
        Assert.Equal(SlaClockState.Met, stopped.Evaluate(Jst(2026, 12, 1, 9, 30)).Agreement!.Value.State);
        Assert.Equal(Provisional, stopped.DefinitionVersion!.EffectiveFrom);

        // Priority changes within the cycle use the cycle's version: "moderate" there has no objective.
        TieredSlaClock changed = c.ChangePriority(Jst(2026, 12, 1, 8), "moderate", ScenarioCalendars.Catalog);
        Assert.Null(changed.Objective);
        Assert.Equal(Provisional, changed.DefinitionVersion!.EffectiveFrom);

        // Reopened on Wednesday 09:00 under the version in force then: SLO 2 h (a new clock), SLA 3 h (cycle 2).
        Instant reopen = Jst(2026, 12, 2, 9);
        TieredSlaClock r = stopped.Reopen(reopen, Definitions.GetVersion("initial-response", reopen), ScenarioCalendars.Catalog);
        Assert.Equal(Switch, r.DefinitionVersion!.EffectiveFrom);
        Assert.Equal(1, r.Objective!.CycleNumber);
        Assert.Equal(2, r.Agreement!.CycleNumber);
        Assert.Equal(SlaTarget.Within(H(4), "sales-service"), r.Agreement.Cycles[0].Target);
        Assert.Equal(SlaTarget.Within(H(3), "sales-service"), r.Agreement.Cycles[1].Target);
        Assert.Equal(SlaThresholds.Default, r.Agreement.Thresholds);
        TieredSlaStatus s = r.Evaluate(reopen);
        Assert.Equal(Jst(2026, 12, 2, 11), s.Objective!.Value.DueAt);
        Assert.Equal(Jst(2026, 12, 2, 12), s.Agreement!.Value.DueAt);

        // The reopened clock's logs replay and restore with the version they ran under.
        Assert.Equal(r, TieredSlaClock.Restore(r.DefinitionVersion, "major", r.Objective, r.Agreement));
        ArgumentException e = Assert.Throws<ArgumentException>(
            () => TieredSlaClock.Restore(Definitions.GetVersion("initial-response", reopen), "major", null, stopped.Agreement));
        Assert.Contains("objective clock is missing", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reopen_AtAnotherPriorityUnderTheNewVersion_NewCycleOnThatPrioritysTargets()
    {
        // A "moderate" clock (provisional SLA 24 h) cancelled on Monday, reopened "major" under the reviewed version on
        // Wednesday 09:00: SLO 2 h (a new clock), SLA 3 h (cycle 2); the first cycle keeps its provisional target.
        Instant start = Jst(2026, 11, 30, 9);
        TieredSlaClock cancelled = TieredSlaClock.Start(Definitions.GetVersion("initial-response", start), "moderate", start, ScenarioCalendars.Catalog)
            .Cancel(Jst(2026, 11, 30, 10));
        Instant reopen = Jst(2026, 12, 2, 9);
        SlaDefinitionVersion reviewed = Definitions.GetVersion("initial-response", reopen);

        TieredSlaClock r = cancelled.Reopen(reopen, reviewed, "major", ScenarioCalendars.Catalog);

        Assert.Equal(("major", Switch), (r.Priority, r.DefinitionVersion!.EffectiveFrom));
        Assert.Equal(SlaTarget.Within(H(24), "sales-service"), r.Agreement!.Cycles[0].Target);
        Assert.Equal(SlaTarget.Within(H(3), "sales-service"), r.Agreement.Cycles[1].Target);
        TieredSlaStatus s = r.Evaluate(reopen);
        Assert.Equal(Jst(2026, 12, 2, 11), s.Objective!.Value.DueAt);
        Assert.Equal(Jst(2026, 12, 2, 12), s.Agreement!.Value.DueAt);
        Assert.Equal(r, TieredSlaClock.Restore(reviewed, "major", r.Objective, r.Agreement));
        Assert.Throws<ArgumentException>(() => cancelled.Reopen(reopen, reviewed, "minor", ScenarioCalendars.Catalog));
    }

    [Fact]
    public void Restore_CycleStartedBeforeTheVersion_Throws()
    {
        Instant start = Jst(2026, 11, 30, 22);
        SlaClock agreement = SlaClock.Start(SlaTarget.Within(H(24), "sales-service"), ScenarioCalendars.SalesService, start, SlaThresholds.None);
        SlaClock withReviewedThresholds = SlaClock.Start(SlaTarget.Within(H(24), "sales-service"), ScenarioCalendars.SalesService, start, SlaThresholds.Default);
        ArgumentException e = Assert.Throws<ArgumentException>(
            () => TieredSlaClock.Restore(Definitions.GetVersion("initial-response", Switch), "moderate", null, withReviewedThresholds));
        Assert.Contains("before version", e.Message, StringComparison.Ordinal);
        Assert.Equal(Provisional, TieredSlaClock.Restore(Definitions.GetVersion("initial-response", start), "moderate", null, agreement).DefinitionVersion!.EffectiveFrom);
    }

    [Fact]
    public void Reopen_BeforeTheVersionOrWithAnotherDefinition_Throws()
    {
        Instant start = Jst(2026, 11, 30, 22);
        TieredSlaClock stopped = TieredSlaClock.Start(Definitions.GetVersion("initial-response", start), "major", start, ScenarioCalendars.Catalog)
            .Stop(Jst(2026, 11, 30, 22, 30));
        SlaDefinitionVersion reviewed = Definitions.GetVersion("initial-response", Switch);
        Assert.Throws<ArgumentOutOfRangeException>(() => stopped.Reopen(Switch - Duration.Epsilon, reviewed, ScenarioCalendars.Catalog));
        Assert.Throws<ArgumentOutOfRangeException>(() => TieredSlaClock.Start(reviewed, "major", Switch - Duration.Epsilon, ScenarioCalendars.Catalog));
        SlaDefinitionVersion other = SlaDefinitionCatalog.Of(new[] { SlaDefinition.CreateBuilder("other", SlaMetric.FirstResponse)
            .WithPriority("major", null, SlaTarget.Within(H(4), "sales-service")).Build() }).GetVersion("other", Switch);
        Assert.Throws<ArgumentException>(() => stopped.Reopen(Switch, other, ScenarioCalendars.Catalog));
        SlaClockCommandException open = Assert.Throws<SlaClockCommandException>(
            () => TieredSlaClock.Start(reviewed, "major", Switch, ScenarioCalendars.Catalog).Reopen(Switch, reviewed, ScenarioCalendars.Catalog));
        Assert.Equal(SlaClockEventKind.Started, open.Command);
    }

    [Fact]
    public void TryGetVersion_ProviderWithoutVersions_AnswersItsDefinitionFromTheBeginning()
    {
        ISlaDefinitionProvider plain = new PlainProvider(ProvisionalDefinition);
        SlaDefinitionVersion v = plain.GetVersion("initial-response", Switch);
        Assert.Same(ProvisionalDefinition, v.Definition);
        Assert.Equal(ItsmCore.Calendars.BusinessCalendar.MinSupportedInstant, v.EffectiveFrom);
        Assert.Throws<KeyNotFoundException>(() => plain.GetVersion("x", Switch));
    }

    private sealed class PlainProvider(SlaDefinition definition) : ISlaDefinitionProvider
    {
        public IReadOnlyCollection<string> DefinitionIds => new[] { definition.Id };

        public bool TryGetDefinition(string id, [NotNullWhen(true)] out SlaDefinition? found)
        {
            found = id == definition.Id ? definition : null;
            return found is not null;
        }
    }
}
