using System.Collections.Generic;
using System.Linq;
using ItsmCore.Calendars;
using ItsmCore.Changes.Tests.Approvals;
using ItsmCore.Primitives;
using NodaTime;
using static ItsmCore.Changes.Tests.Fixtures;

namespace ItsmCore.Changes.Tests.Cab;

/// <summary>
/// Domain brief, cases 9 and 14, the three routes a change takes on the pieces built so far: a normal change assessed
/// as high risk goes to the monthly CAB (technical review, then the board) and waits for its meeting; an emergency change
/// bypasses the cycle and the emergency board decides within 2 hours; the agile track releases by the development team
/// while only operations may update CIs.
/// </summary>
public sealed class Case9ChangeRoutesScenarioTests
{
    internal static readonly RiskScale Scale = RiskScale.Default;

    internal static readonly RiskMatrix Matrix = RiskMatrix.CreateBuilder(Scale, ["Service stop", "Degraded", "None"], ["Likely", "Unlikely"])
        .Set("Service stop", "Likely", "Very high").Set("Service stop", "Unlikely", "High")
        .Set("Degraded", "Likely", "High").Set("Degraded", "Unlikely", "Medium")
        .Set("None", "Likely", "Low").Set("None", "Unlikely", "Low")
        .Build();

    internal static readonly ApprovalPolicy ChangeManager = new("change-manager", [new ApprovalStep("Change manager", ["cm"], ApprovalQuorum.Count(1))]);

    internal static readonly ApprovalPolicy MonthlyCabRoute = new(
        "monthly-cab",
        [
            new ApprovalStep("Technical review", ["ops-lead", "app-lead"], ApprovalQuorum.Count(1)),
            new ApprovalStep("CAB", ["cab-chair", "ops-lead", "app-lead", "security"], ApprovalQuorum.Percentage(75)),
        ]);

    private static readonly ApprovalPolicy EmergencyRoute = new("ecab", [new ApprovalStep("ECAB", ["it-service-manager", "ops-lead"], ApprovalQuorum.Count(1))]);

    private static readonly ApprovalRouting Routing = new(Scale,
    [
        new ApprovalRoute(ChangeType.Normal, Scale.Lowest, ChangeManager),
        new ApprovalRoute(ChangeType.Normal, Scale.Get("High"), MonthlyCabRoute),
        new ApprovalRoute(ChangeType.Emergency, Scale.Lowest, EmergencyRoute),
    ]);

    internal static readonly ChangeAdvisoryBoard MonthlyCab = new(
        "monthly-cab", TokyoOffice, MeetingRule.MonthlyOnDay(10, BusinessDayMove.Next), new LocalTime(14, 0), CabCutOff.BusinessDaysBefore(5), Duration.FromHours(4));

    private static ApprovalVote Vote(string step, string who, Instant at) => new(step, Actor.Of(who), ApprovalDecision.Approve, at);

    [Fact]
    public void NormalHighRiskChange_GoesThroughReviewAndTheMonthlyCab()
    {
        // Raised Wednesday 4 February 2026 10:00, after the 10 February meeting's cut-off (Tuesday 3 February 14:00).
        RiskLevel risk = new RiskModel(Matrix, null).Assess("Service stop", "Unlikely", null).Value.Level;
        ApprovalPolicy policy = Routing.PolicyFor(ChangeType.Normal, risk).Value;
        Assert.Same(MonthlyCabRoute, policy);

        BusinessCalendar sundayNight = BusinessCalendar.CreateBuilder("sunday-night", Tokyo).WithHours(IsoDayOfWeek.Sunday, "01:00-05:00").Build();
        CabForecast forecast = MonthlyCab.Forecast(Jst(2026, 2, 4, 10), [sundayNight]);
        Assert.Equal(new LocalDate(2026, 3, 10), forecast.Meeting.Date);
        Assert.Equal(Jst(2026, 3, 15, 1), forecast.EarliestImplementation); // 4 working hours after Tue 10 March 14:00 is 18:00 that day; then the next Sunday window

        // The requester (app-lead) and the implementer (ops-lead) cannot approve: 75 % of 4 is 3 of the 2 left.
        ApprovalVote[] votes = [Vote("Technical review", "app-lead", Jst(2026, 2, 5, 10)), Vote("Technical review", "ops-lead", Jst(2026, 2, 5, 11))];
        ApprovalEvaluation evaluation = policy.Evaluate(votes, "app-lead", ["ops-lead"]);
        Assert.Equal(["Change.Approval.SegregationOfDuties", "Change.Approval.SegregationOfDuties"], evaluation.NotCounted.Select(r => r.Code));
        Assert.Equal(ApprovalResult.QuorumUnreachable, evaluation.Result);

        // With another requester and implementer, review then the CAB on meeting day approve it.
        ApprovalEvaluation approved = policy.Evaluate(
            [
                Vote("Technical review", "ops-lead", Jst(2026, 2, 5, 10)),
                Vote("CAB", "cab-chair", forecast.Meeting.Start),
                Vote("CAB", "security", forecast.Meeting.Start),
                Vote("CAB", "app-lead", forecast.Meeting.Start + Duration.FromMinutes(5)),
            ],
            "developer",
            ["deployer"]);
        Assert.Equal(ApprovalResult.Approved, approved.Result);
        Assert.Equal(forecast.Meeting.Start + Duration.FromMinutes(5), approved.Steps[1].DecidedAt);
    }

    [Fact]
    public void EmergencyChange_BypassesTheMonthlyCycle()
    {
        var ecab = new EmergencyBoard("ecab", BusinessCalendar.AlwaysOpen(Tokyo), Duration.FromHours(2), ["it-service-manager", "ops-lead"]);
        Instant raised = Jst(2026, 2, 4, 22, 30);

        Assert.Same(EmergencyRoute, Routing.PolicyFor(ChangeType.Emergency, Scale.Highest).Value);
        Assert.Equal(Jst(2026, 2, 5, 0, 30), ecab.DecisionDueAt(raised));
        Assert.Equal(new LocalDate(2026, 3, 10), MonthlyCab.MeetingFor(raised).Date); // what the normal route would have waited for
        Assert.Equal(ApprovalResult.Approved, EmergencyRoute.Evaluate([Vote("ECAB", "it-service-manager", Jst(2026, 2, 4, 23))], "ops-oncall", ["ops-oncall"]).Result);
    }

    [Fact]
    public void AgileTrack_DevelopmentReleasesOperationsUpdatesCis()
    {
        var directory = new ApprovalTests.RoleDirectory(new Dictionary<string, string[]> { ["dev-team"] = ["development"], ["ops"] = ["operations"] });
        var agile = new ChangeAdvisoryBoard("agile-track", TokyoOffice, MeetingRule.EveryWeeks(2, new LocalDate(2026, 1, 5)), new LocalTime(14, 0), CabCutOff.AtMeetingStart);

        Assert.Equal(new LocalDate(2026, 2, 16), agile.MeetingFor(Jst(2026, 2, 4, 10)).Date);
        Assert.True(DelegatedAuthority.AgileTrack.AuthorizeRelease(Actor.Of("dev-team"), directory).IsSuccess);
        Assert.True(DelegatedAuthority.AgileTrack.AuthorizeCiUpdate(Actor.Of("dev-team"), directory).HasRefusal(DelegatedAuthority.CiUpdateNotAllowedCode));
        Assert.True(DelegatedAuthority.AgileTrack.AuthorizeCiUpdate(Actor.Of("ops"), directory).IsSuccess);
    }
}
