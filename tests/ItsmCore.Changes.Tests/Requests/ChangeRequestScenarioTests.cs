using System;
using System.Collections.Generic;
using System.Linq;
using FluentValidation;
using ItsmCore.Calendars;
using ItsmCore.Changes.Tests.Approvals;
using ItsmCore.Changes.Tests.Cab;
using ItsmCore.Primitives;
using ItsmCore.Sla;
using ItsmCore.Testing;
using NodaTime;
using static ItsmCore.Changes.Tests.Fixtures;

namespace ItsmCore.Changes.Tests.Requests;

/// <summary>Cases 1, 2, 9, 13, 14 and 15 through the <see cref="ChangeRequest"/> aggregate.</summary>
public sealed class ChangeRequestScenarioTests
{
    internal static readonly RiskScale Scale = Case9ChangeRoutesScenarioTests.Scale;
    internal static readonly RiskMatrix Matrix = Case9ChangeRoutesScenarioTests.Matrix;
    internal static readonly ApprovalPolicy ChangeManagerRoute = Case9ChangeRoutesScenarioTests.ChangeManager;
    internal static readonly ApprovalPolicy MonthlyCabRoute = Case9ChangeRoutesScenarioTests.MonthlyCabRoute;
    internal static readonly ChangeAdvisoryBoard MonthlyCab = Case9ChangeRoutesScenarioTests.MonthlyCab;

    // Case 2 / 15: the emergency route has a staging approval the emergency may skip, and the IT service manager's final approval.
    internal static readonly ApprovalPolicy EmergencyRoute = new(
        "ecab",
        [
            new ApprovalStep("Staging approval", ["qa-lead"], ApprovalQuorum.Count(1)),
            new ApprovalStep("Final approval", ["it-service-manager"], ApprovalQuorum.Count(1)),
        ]);

    internal static readonly ApprovalRouting Routing = new(Scale,
    [
        new ApprovalRoute(ChangeType.Normal, Scale.Lowest, ChangeManagerRoute),
        new ApprovalRoute(ChangeType.Normal, Scale.Get("High"), MonthlyCabRoute),
        new ApprovalRoute(ChangeType.Emergency, Scale.Lowest, EmergencyRoute),
    ]);

    internal static readonly EmergencyBoard Ecab = new("ecab", BusinessCalendar.AlwaysOpen(Tokyo), Duration.FromHours(2), ["it-service-manager", "ops-lead"]);

    private static readonly Actor Manager = Actor.Of("change-manager");
    private static readonly ApprovalTests.RoleDirectory Directory = new(new Dictionary<string, string[]> { ["dev-team"] = ["development"], ["ops"] = ["operations"] });

    internal static ChangeRules Rules(Duration? rollbackWithin = null, StandardChangeCatalogue? catalogue = null) => ChangeRules.Create(new ChangeOptions
    {
        RiskModel = new RiskModel(Matrix, null),
        ApprovalRouting = Routing,
        EmergencyBoard = Ecab,
        EmergencySkippableSteps = ["Staging approval"],
        PreApprovedNoticeTemplates = ["payment-delay-notice"],
        RollbackDecisionWithin = rollbackWithin ?? Duration.FromMinutes(5),
        Catalogue = catalogue ?? StandardChangeCatalogue.Empty,
        Calendars = BusinessCalendarCatalog.Of([TokyoSecondLine]),
    });

    private static ApprovalVote[] Votes(ChangeRequest change) => [.. change.Votes];

    private static void Approve(ChangeRequest change, string step, string who, Instant at) =>
        change.RecordVote(new RecordChangeVote(step, ApprovalDecision.Approve), Actor.Of(who), at);

    [Fact]
    public void NormalChange_Case9MonthlyCab_ApprovedAtTheMeetingThenCiUpdatesReleasedAfterSuccess()
    {
        // Raised Wednesday 4 February 2026 10:00, after the cut-off of the 10 February meeting: on the 10 March agenda.
        Instant raised = Jst(2026, 2, 4, 10);
        ChangeRequest change = Build.ChangeRequest().WithRules(Rules()).SubmittedAt(raised).RequestedBy(Actor.Of("app-lead"), "deployer")
            .PlannedAt(Jst(2026, 3, 15, 1), Duration.FromHours(4)).WithConfigurationUpdates(("CI-APP-01", "2.4")).Build();
        CabMeeting meeting = MonthlyCab.MeetingFor(change.SubmittedAt);
        Assert.Equal(new LocalDate(2026, 3, 10), meeting.Date);
        Assert.False(meeting.IsInTime(change.SubmittedAt) && meeting.Date == new LocalDate(2026, 2, 10));

        change.Classify(new ClassifyChange(Class: ChangeClass.Stability.Name), Manager, raised + Duration.FromHours(1));
        change.AssessRisk(new AssessChangeRisk("Service stop", "Unlikely"), Manager, raised + Duration.FromHours(2));
        Assert.Equal("High", change.Risk!.Level.Name);
        Assert.Same(MonthlyCabRoute, change.ApprovalPolicy);

        // Segregation of duties: the requester may not approve; the refusal changes nothing.
        long before = change.Version;
        DomainRuleException sod = Assert.Throws<DomainRuleException>(() => Approve(change, "Technical review", "app-lead", raised + Duration.FromHours(3)));
        Assert.Equal("Change.Approval.SegregationOfDuties", sod.Code);
        Assert.Equal(before, change.Version);

        Approve(change, "Technical review", "ops-lead", raised + Duration.FromHours(3));
        Assert.Equal(ChangeRefusalCodes.NotApproved, Assert.Throws<DomainRuleException>(() => change.DecideAtCab(new DecideChangeAtCab(CabDecision.Approve), Actor.Of("cab-chair"), meeting.Start)).Code);
        Approve(change, "CAB", "cab-chair", meeting.Start);
        Approve(change, "CAB", "security", meeting.Start);
        Assert.Equal(ApprovalResult.Pending, change.ApprovalResult);
        Approve(change, "CAB", "ops-lead", meeting.Start + Duration.FromMinutes(5));
        Assert.Equal(ApprovalResult.Approved, change.ApprovalResult);
        change.DecideAtCab(new DecideChangeAtCab(CabDecision.Approve), Actor.Of("cab-chair"), meeting.Start + Duration.FromMinutes(10));
        Assert.Equal(ChangeStatus.Authorized, change.Status);

        change.Schedule(new ScheduleChange(), Manager, meeting.Start + Duration.FromHours(1));
        change.StartImplementation(new StartChangeImplementation(), Actor.Of("deployer"), Jst(2026, 3, 15, 1));
        Assert.Equal(ChangeRefusalCodes.NotImplemented, Assert.Throws<DomainRuleException>(() => change.ReleaseConfigurationUpdates(new ReleaseChangeConfigurationUpdates(), Actor.Of("ops"), Jst(2026, 3, 15, 2))).Code);
        change.CompleteImplementation(new CompleteChangeImplementation(), Actor.Of("deployer"), Jst(2026, 3, 15, 3));
        change.ReleaseConfigurationUpdates(new ReleaseChangeConfigurationUpdates(), Actor.Of("ops"), Jst(2026, 3, 15, 4));
        var released = Assert.IsType<ChangeConfigurationUpdatesReleased>(change.UncommittedEvents[^1]);
        Assert.Equal([new ConfigurationUpdate(new ChangeId("CHG-0001"), new ConfigurationItemId("CI-APP-01"), "version 2.4") { Version = "2.4" }], released.Updates);
        Assert.Equal(ChangeRefusalCodes.AlreadyReleased, Assert.Throws<DomainRuleException>(() => change.ReleaseConfigurationUpdates(new ReleaseChangeConfigurationUpdates(), Actor.Of("ops"), Jst(2026, 3, 15, 5))).Code);

        Assert.Throws<InvalidTransitionException>(() => change.Close(new CloseChange(), Manager, Jst(2026, 3, 16, 10)));
        change.RecordReview(new ReviewChange("successful", "Rolling restart kept the service up."), Manager, Jst(2026, 3, 16, 10));
        change.Close(new CloseChange(), Manager, Jst(2026, 3, 16, 11));
        Assert.False(change.IsOpen);
        AggregateAssert.RebuildEqualsLive<ChangeRequest, ChangeEvent>(change, h => ChangeRequest.Rebuild(h, Rules()));
    }

    [Fact]
    public void CabDecision_RejectAndDefer_EndOrKeepTheChange()
    {
        ChangeRequest deferred = Assessed("CHG-0002");
        deferred.DecideAtCab(new DecideChangeAtCab(CabDecision.Defer, "needs a load test"), Actor.Of("cab-chair"), deferred.LastEventAt);
        Assert.Equal((ChangeStatus.Assessed, CabDecision.Defer), (deferred.Status, deferred.LastCabDecision));
        Assert.Throws<ValidationException>(() => deferred.DecideAtCab(new DecideChangeAtCab(CabDecision.Reject), Actor.Of("cab-chair"), deferred.LastEventAt));
        deferred.DecideAtCab(new DecideChangeAtCab(CabDecision.Reject, "too risky"), Actor.Of("cab-chair"), deferred.LastEventAt);
        Assert.Equal(ChangeStatus.Rejected, deferred.Status);
        Assert.Equal(ChangeRefusalCodes.Final, Assert.Throws<DomainRuleException>(() => deferred.Link(new LinkChangeRecord(ChangeLinkKind.Incident, "INC-1"), Manager, deferred.LastEventAt)).Code);
    }

    [Fact]
    public void CabApproval_UntestedRollback_IsRefusedWithCode()
    {
        ChangeRequest change = Build.ChangeRequest().WithRules(Rules()).WithUntestedRollback().Classified().Build();
        change.AssessRisk(new AssessChangeRisk("None", "Unlikely"), Manager, change.LastEventAt);
        Approve(change, "Change manager", "cm", change.LastEventAt);
        long version = change.Version;

        DomainRuleException refused = Assert.Throws<DomainRuleException>(() => change.DecideAtCab(new DecideChangeAtCab(CabDecision.Approve), Actor.Of("cab-chair"), change.LastEventAt));

        Assert.Equal(ChangeRefusalCodes.RollbackNotTested, refused.Code);
        Assert.Equal((version, ChangeStatus.Assessed), (change.Version, change.Status));
    }

    [Fact]
    public void AgileTrack_Case14_DevelopmentReleasesAndOnlyOperationsUpdatesCis()
    {
        ChangeRequest change = Build.ChangeRequest().WithRules(Rules()).OnDelegatedTrack().WithConfigurationUpdates(("CI-WEB-01", "v3"), ("CI-WEB-02", "v3")).Classified().Build();
        change.AssessRisk(new AssessChangeRisk("None", "Unlikely"), Manager, change.LastEventAt);
        Approve(change, "Change manager", "cm", change.LastEventAt);
        change.DecideAtCab(new DecideChangeAtCab(CabDecision.Approve), Manager, change.LastEventAt);
        change.Schedule(new ScheduleChange(), Manager, change.LastEventAt);

        Assert.Equal(DelegatedAuthority.ReleaseNotDelegatedCode, Assert.Throws<DomainRuleException>(() => change.StartImplementation(new StartChangeImplementation(), Actor.Of("ops"), change.LastEventAt, Directory)).Code);
        change.StartImplementation(new StartChangeImplementation(), Actor.Of("dev-team"), change.LastEventAt, Directory);
        change.CompleteImplementation(new CompleteChangeImplementation(), Actor.Of("dev-team"), change.LastEventAt);
        Assert.Equal(DelegatedAuthority.CiUpdateNotAllowedCode, Assert.Throws<DomainRuleException>(() => change.ReleaseConfigurationUpdates(new ReleaseChangeConfigurationUpdates(), Actor.Of("dev-team"), change.LastEventAt, Directory)).Code);
        Assert.False(change.ConfigurationUpdatesReleased);
        change.ReleaseConfigurationUpdates(new ReleaseChangeConfigurationUpdates(), Actor.Of("ops"), change.LastEventAt, Directory);
        Assert.Equal(["CI-WEB-01", "CI-WEB-02"], ((ChangeConfigurationUpdatesReleased)change.UncommittedEvents[^1]).Updates.Select(u => u.ConfigurationItem.Value));
    }

    [Fact]
    public void EmergencyChange_Case2_SkipsStagingApprovalAndUsesThePreApprovedNotice()
    {
        Instant raised = Jst(2026, 2, 4, 22, 30);
        ChangeRequest change = Build.ChangeRequest().OfType(ChangeType.Emergency).WithRules(Rules()).SubmittedAt(raised).PlannedAt(raised + Duration.FromHours(1), Duration.FromMinutes(10)).Classified().Build();
        Assert.Equal("ecab", change.ChangeAuthority);
        change.AssessRisk(new AssessChangeRisk("Service stop", "Likely"), Manager, raised + Duration.FromMinutes(5));
        Assert.Same(EmergencyRoute, change.ApprovalPolicy);

        Instant at = raised + Duration.FromMinutes(10);
        Assert.Throws<InvalidTransitionException>(() => change.DecideAtCab(new DecideChangeAtCab(CabDecision.Approve), Actor.Of("it-service-manager"), at));
        Assert.Equal(ChangeRefusalCodes.NotEmergencyBoardMember, Assert.Throws<DomainRuleException>(() => change.AuthorizeEmergency(new AuthorizeEmergencyChange(), Actor.Of("developer"), at)).Code);
        Assert.Equal(ChangeRefusalCodes.NoticeTemplateNotPreApproved, Assert.Throws<DomainRuleException>(() => change.AuthorizeEmergency(new AuthorizeEmergencyChange("free-text-notice"), Actor.Of("it-service-manager"), at)).Code);

        change.AuthorizeEmergency(new AuthorizeEmergencyChange("payment-delay-notice"), Actor.Of("it-service-manager"), at);

        Assert.Equal((ChangeStatus.Authorized, "payment-delay-notice"), (change.Status, change.NoticeTemplate));
        Assert.Equal(["Staging approval"], change.SkippedApprovalSteps);
        change.StartImplementation(new StartChangeImplementation(), Actor.Of("implementer"), at + Duration.FromMinutes(5)); // schedule step skipped
        Assert.Equal(ChangeStatus.Implementing, change.Status);
        Assert.Throws<InvalidTransitionException>(() => Build.ChangeRequest().WithRules(Rules()).SubmittedAt(raised).Classified().Build().AuthorizeEmergency(new AuthorizeEmergencyChange(), Actor.Of("it-service-manager"), at));
    }

    [Fact]
    public void FailedMigration_Case15_RollbackDecisionDueFiveMinutesLater()
    {
        Instant start = Jst(2026, 6, 7, 2);
        ChangeRequest change = Build.ChangeRequest().OfType(ChangeType.Emergency).WithRules(Rules()).SubmittedAt(start - Duration.FromHours(2)).PlannedAt(start, Duration.FromMinutes(10)).Classified().Build();
        change.AssessRisk(new AssessChangeRisk("Degraded", "Unlikely"), Manager, start - Duration.FromHours(1));
        change.AuthorizeEmergency(new AuthorizeEmergencyChange(), Actor.Of("it-service-manager"), start - Duration.FromMinutes(30));
        change.StartImplementation(new StartChangeImplementation(), Actor.Of("implementer"), start);
        Instant failed = start + Duration.FromMinutes(4);

        change.FailImplementation(new FailChangeImplementation("blue-green switch did not drain"), Actor.Of("implementer"), failed);

        // The decision deadline is an SLA clock on elapsed time: 5 minutes from the failure, 2 used at 02:06.
        SlaClock clock = change.RollbackDecisionClock!;
        Assert.Equal((failed, Duration.FromMinutes(5)), (clock.StartedAt, clock.Target.WorkingTime));
        SlaStatus twoMinutesIn = clock.Evaluate(failed + Duration.FromMinutes(2));
        Assert.Equal((SlaClockState.Running, Duration.FromMinutes(3), failed + Duration.FromMinutes(5)), (twoMinutesIn.State, twoMinutesIn.Remaining, twoMinutesIn.DueAt));
        Assert.Equal(failed + Duration.FromMinutes(5), change.RollbackDecisionDueAt);
        Assert.False(change.IsRollbackDecisionOverdue(failed + Duration.FromMinutes(5)));
        Assert.True(change.IsRollbackDecisionOverdue(failed + Duration.FromMinutes(5) + Duration.Epsilon));
        Assert.Equal(ChangeRefusalCodes.NotImplemented, Assert.Throws<DomainRuleException>(() => change.ReleaseConfigurationUpdates(new ReleaseChangeConfigurationUpdates(), Actor.Of("ops"), failed)).Code);

        // Rolled back 3 minutes after the failure: the clock stops, met, and the whole outage stayed within 10 minutes.
        change.RollBack(new RollBackChange("switched back to blue"), Actor.Of("implementer"), failed + Duration.FromMinutes(3));
        SlaStatus decided = change.RollbackDecisionClock!.Evaluate(failed + Duration.FromMinutes(10));
        Assert.Equal((SlaClockState.Met, Duration.FromMinutes(3), false), (decided.State, decided.Elapsed, decided.IsBreached));
        Assert.False(change.IsRollbackDecisionOverdue(failed + Duration.FromMinutes(10)));
        Assert.True(failed + Duration.FromMinutes(3) - start <= Duration.FromMinutes(10));

        // The deadline was written into the event: rebuilt under a 15-minute rule it stays 5 minutes.
        ChangeRequest rebuilt = ChangeRequest.Rebuild(change.UncommittedEvents, Rules(Duration.FromMinutes(15)));
        Assert.Equal(failed + Duration.FromMinutes(5), rebuilt.RollbackDecisionDueAt);
        Assert.Equal(change.RollbackDecisionClock, rebuilt.RollbackDecisionClock);
    }

    [Fact]
    public void FailedMigration_Case15_DecisionTakenLate_ClockBreachedAtTheFirstInstantOverFiveMinutes()
    {
        Instant start = Jst(2026, 6, 7, 2);
        ChangeRequest change = Build.ChangeRequest().OfType(ChangeType.Emergency).WithRules(Rules()).SubmittedAt(start - Duration.FromHours(2)).PlannedAt(start, Duration.FromMinutes(10)).Classified().Build();
        change.AssessRisk(new AssessChangeRisk("Degraded", "Unlikely"), Manager, start - Duration.FromHours(1));
        change.AuthorizeEmergency(new AuthorizeEmergencyChange(), Actor.Of("it-service-manager"), start - Duration.FromMinutes(30));
        change.StartImplementation(new StartChangeImplementation(), Actor.Of("implementer"), start);
        Instant failed = start + Duration.FromMinutes(6);
        change.FailImplementation(new FailChangeImplementation("record counts do not match"), Actor.Of("implementer"), failed);

        // No rollback: the team fixes forward and reviews 7 minutes later; the review is the decision, late.
        change.RecordReview(new ReviewChange("fixed forward", "decide within 5 minutes next time"), Manager, failed + Duration.FromMinutes(7));

        SlaStatus status = change.RollbackDecisionClock!.Evaluate(failed + Duration.FromHours(1));
        Assert.Equal((SlaClockState.Breached, failed + Duration.FromMinutes(5) + Duration.Epsilon, Duration.FromMinutes(7)), (status.State, status.BreachedAt, status.Elapsed));
        Assert.False(change.IsRollbackDecisionOverdue(failed + Duration.FromHours(1))); // decided: no longer pending
        Assert.True(failed + Duration.FromMinutes(7) - start > Duration.FromMinutes(10));
    }

    [Fact]
    public void GoNoGoGate_Case15_EachVerdictRecordedOnTheChange()
    {
        ChangeRequest change = Build.ChangeRequest().WithRules(Rules()).Build();
        var gate = new GoNoGoGate("crm-cutover", [new GateCriterion("missing key fields", GateComparison.AtMost, 0.5m, "%"), new GateCriterion("p95", GateComparison.AtMost, 3m, "s")]);

        GoNoGoResult result = change.EvaluateGate(new EvaluateChangeGate(gate, new Dictionary<string, decimal> { ["missing key fields"] = GoNoGoGate.Percent(11, 2000), ["p95"] = 3m }), Manager, change.LastEventAt);

        Assert.False(result.IsGo);
        Assert.Equal([GateVerdictKind.NotMet, GateVerdictKind.Met], result.Verdicts.Select(v => v.Verdict));
        Assert.Equal(result, Assert.Single(change.GateResults));
    }

    [Fact]
    public void StandardChange_Case1FirewallRule_DesiredDateBeforeOneBusinessDayRefusedWithEarliestInstant()
    {
        StandardChangeCatalogue catalogue = StandardChangeCatalogue.Empty
            .Propose("firewall-rule", "Firewall rule", ChangeType.Standard, LeadTime.OfBusinessDays(1, TokyoSecondLine.Id), Actor.Of("owner"), Jst(2026, 10, 1, 10)).Value
            .Approve("firewall-rule", 1, Manager, Jst(2026, 10, 1, 10)).Value
            .Propose("patch", "Patch", ChangeType.Normal, LeadTime.OfBusinessDays(5, TokyoSecondLine.Id), Actor.Of("owner"), Jst(2026, 10, 1, 10)).Value
            .Approve("patch", 1, Manager, Jst(2026, 10, 1, 10)).Value;
        ChangeRules rules = Rules(catalogue: catalogue);

        // Friday 20 November 17:00 for Monday 23rd (a holiday): the earliest is Tuesday 24th 17:00 JST.
        ChangeRequest monday = Build.ChangeRequest().OfType(ChangeType.Standard).FromTemplate("firewall-rule").WithRules(rules).SubmittedAt(Jst(2026, 11, 20, 17)).PlannedAt(Jst(2026, 11, 23, 10), Duration.FromHours(1)).Build();
        Assert.Equal(new AppliedTemplate("firewall-rule", 1, LeadTime.OfBusinessDays(1, TokyoSecondLine.Id)), monday.Template);
        DomainRuleException early = Assert.Throws<DomainRuleException>(() => monday.Schedule(new ScheduleChange(), Manager, monday.LastEventAt));
        Assert.Equal(LeadTime.TooEarlyCode, early.Code);
        Assert.Equal("2026-11-24T08:00:00Z", early.Refusal[LeadTime.EarliestAllowedDatum]);
        Assert.Equal(ChangeStatus.Submitted, monday.Status);

        ChangeRequest tuesday = Build.ChangeRequest().OfType(ChangeType.Standard).FromTemplate("firewall-rule").WithRules(rules).SubmittedAt(Jst(2026, 11, 20, 17)).PlannedAt(Jst(2026, 11, 24, 17), Duration.FromHours(1)).Build();
        tuesday.Schedule(new ScheduleChange(), Manager, tuesday.LastEventAt);
        Assert.Equal(Jst(2026, 11, 24, 17), ((ChangeScheduled)tuesday.UncommittedEvents[^1]).EarliestAllowed);

        // The 5-business-day catalogue type is a normal change: CAB route first, then the lead time at scheduling.
        ChangeRequest patch = Build.ChangeRequest().FromTemplate("patch").WithRules(rules).SubmittedAt(Jst(2026, 11, 16, 11)).PlannedAt(Jst(2026, 11, 24, 10, 59), Duration.FromHours(1)).Classified().Build();
        patch.AssessRisk(new AssessChangeRisk("None", "Unlikely"), Manager, patch.LastEventAt);
        Approve(patch, "Change manager", "cm", patch.LastEventAt);
        patch.DecideAtCab(new DecideChangeAtCab(CabDecision.Approve), Manager, patch.LastEventAt);
        Assert.Equal("2026-11-24T02:00:00Z", Assert.Throws<DomainRuleException>(() => patch.Schedule(new ScheduleChange(), Manager, patch.LastEventAt)).Refusal[LeadTime.EarliestAllowedDatum]);

        Assert.Equal(ChangeRefusalCodes.TemplateNotApproved, Assert.Throws<DomainRuleException>(() => Build.ChangeRequest().OfType(ChangeType.Standard).FromTemplate("patch").WithRules(rules).Build()).Code);
    }

    private static ChangeRequest Assessed(string id)
    {
        ChangeRequest change = Build.ChangeRequest().WithId(id).WithRules(Rules()).Classified().Build();
        change.AssessRisk(new AssessChangeRisk("None", "Unlikely"), Manager, change.LastEventAt);
        return change;
    }
}
