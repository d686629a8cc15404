using System.Linq;
using ItsmCore.Calendars;
using ItsmCore.Changes.Tests.Requests;
using ItsmCore.Primitives;
using ItsmCore.Testing;
using NodaTime;
using static ItsmCore.Changes.Tests.Fixtures;

namespace ItsmCore.Changes.Tests.Cab;

/// <summary>
/// Domain brief, case 9: the monthly CAB's agenda built from <see cref="ChangeRequest"/> records (DESIGN.md "CAB cadence":
/// every RFC not yet reviewed submitted at or before the cut-off; deferred ones join the next batch, reviewed and withdrawn
/// ones leave; standard and emergency changes never go to a meeting) and the forecast of an RFC.
/// </summary>
public sealed class CabAgendaFromChangeRequestsTests
{
    private static readonly ChangeAdvisoryBoard Board = Case9ChangeRoutesScenarioTests.MonthlyCab;
    private static readonly Actor Manager = Actor.Of("change-manager");

    // The 10 March 2026 meeting; the February one (10 February) heard the deferred and the rejected RFC.
    private static readonly CabMeeting February = Board.NextMeeting(Jst(2026, 2, 1, 0));
    private static readonly CabMeeting March = Board.NextMeeting(February.Start);

    private static ChangeRequest Normal(string id, Instant submitted) =>
        Build.ChangeRequest().WithId(id).WithRules(ChangeRequestScenarioTests.Rules()).SubmittedAt(submitted).PlannedAt(submitted + Duration.FromDays(60), Duration.FromHours(1)).Classified().Build();

    private static ChangeRequest Assessed(string id, Instant submitted)
    {
        ChangeRequest change = Normal(id, submitted);
        change.AssessRisk(new AssessChangeRisk("Degraded", "Unlikely"), Manager, submitted + Duration.FromHours(1));
        return change;
    }

    private static ChangeRequest[] Records()
    {
        ChangeRequest deferred = Assessed("RFC-DEFERRED", Jst(2026, 1, 20, 10));
        deferred.DecideAtCab(new DecideChangeAtCab(CabDecision.Defer, "needs a load test"), Manager, February.Start);
        ChangeRequest rejected = Assessed("RFC-REJECTED", Jst(2026, 1, 21, 10));
        rejected.DecideAtCab(new DecideChangeAtCab(CabDecision.Reject, "no business case"), Manager, February.Start);
        ChangeRequest withdrawn = Normal("RFC-WITHDRAWN", March.CutOff - Duration.FromDays(4));
        withdrawn.Cancel(new CancelChange("superseded"), Manager, March.CutOff - Duration.FromDays(3));
        ChangeRequest emergency = Build.ChangeRequest().WithId("RFC-EMERGENCY").OfType(ChangeType.Emergency).WithRules(ChangeRequestScenarioTests.Rules())
            .SubmittedAt(March.CutOff - Duration.FromDays(2)).PlannedAt(March.CutOff, Duration.FromHours(1)).Classified().Build();
        return
        [
            Normal("RFC-LATE", March.CutOff + Duration.FromMinutes(1)),
            Normal("RFC-AT-CUTOFF", March.CutOff),
            emergency,
            withdrawn,
            Assessed("RFC-WAITING", March.CutOff - Duration.FromDays(3)),
            rejected,
            deferred,
        ];
    }

    [Fact]
    public void AgendaFrom_ChangeRequests_WaitingAndDeferredSubmittedByTheCutOff()
    {
        EquatableArray<CabAgendaItem> agenda = Board.AgendaFrom(March, Records());

        Assert.Equal(["RFC-DEFERRED", "RFC-WAITING", "RFC-AT-CUTOFF"], agenda.Select(i => i.Change.Value));
        Assert.Equal([CabItemStatus.Deferred, CabItemStatus.Waiting, CabItemStatus.Waiting], agenda.Select(i => i.Status));
    }

    [Fact]
    public void CabItem_EachRecord_StatusAsTheBoardSeesIt()
    {
        ChangeRequest[] records = Records();

        Assert.Equal(
            [CabItemStatus.Waiting, CabItemStatus.Waiting, null, CabItemStatus.Withdrawn, CabItemStatus.Waiting, CabItemStatus.Reviewed, CabItemStatus.Deferred],
            records.Select(r => r.CabItem?.Status));
        Assert.All(records.Where(r => r.CabItem is not null), r => Assert.Equal((r.Id, r.SubmittedAt), (r.CabItem!.Change, r.CabItem.SubmittedAt)));
    }

    [Fact]
    public void AgendaFrom_ChangeRequests_SameAsTheAgendaOfTheirItems()
    {
        ChangeRequest[] records = Records();

        Assert.Equal(Board.Agenda(March, records.Select(r => r.CabItem).OfType<CabAgendaItem>()), Board.AgendaFrom(March, records));
        Assert.Throws<System.ArgumentNullException>(() => Board.AgendaFrom(March, [records[0], null!]));
    }

    [Fact]
    public void Forecast_ChangeRequest_MeetingThatHearsItAndEarliestImplementation()
    {
        ChangeRequest onTime = Normal("RFC-ON-TIME", March.CutOff);
        ChangeRequest late = Normal("RFC-LATE", March.CutOff + Duration.FromMinutes(1));

        CabForecast heard = Board.Forecast(onTime, []);
        CabForecast next = Board.Forecast(late, []);

        Assert.Equal(March, heard.Meeting);
        Assert.Equal(Board.NextMeeting(March.Start), next.Meeting);
        Assert.Equal(Board.Forecast(late.SubmittedAt, []), next);
        Assert.True(heard.EarliestImplementation >= March.Start);
        Assert.Throws<System.ArgumentNullException>(() => Board.Forecast((ChangeRequest)null!, []));
    }

    [Fact]
    public void Forecast_ChangeRequestAndScheduleSettings_EarliestImplementationInsideTheAffectedItemsWindows()
    {
        // a window on Sunday nights 01:00-05:00 for the CI, none for the service: the earliest implementation is the first
        // Sunday 01:00 (UTC) at or after the meeting plus the lead time, found here by stepping hour by hour
        BusinessCalendar sundayNights = BusinessCalendar.CreateBuilder("sunday-nights", DateTimeZone.Utc).WithHours(IsoDayOfWeek.Sunday, "01:00-05:00").Build();
        ScheduleSettings settings = ScheduleSettings.Empty.WithMaintenanceWindow(new ConfigurationItemId("CI-DB-01"), sundayNights);
        ChangeRequest change = Build.ChangeRequest().WithId("RFC-DB").WithRules(ChangeRequestScenarioTests.Rules()).SubmittedAt(March.CutOff)
            .PlannedAt(March.CutOff + Duration.FromDays(60), Duration.FromHours(1)).Affecting(["CI-DB-01", "CI-WEB-01"], ["svc-sales"]).Classified().Build();

        CabForecast forecast = Board.Forecast(change, settings);

        Instant unconstrained = Board.Forecast(change, []).EarliestImplementation;
        Instant expected = unconstrained;
        while (!(expected.InUtc().DayOfWeek == IsoDayOfWeek.Sunday && expected.InUtc().Hour is >= 1 and < 5))
        {
            expected = Instant.FromUtc(expected.InUtc().Year, expected.InUtc().Month, expected.InUtc().Day, expected.InUtc().Hour, 0) + Duration.FromHours(1);
        }

        Assert.Equal(March, forecast.Meeting);
        Assert.Equal(expected, forecast.EarliestImplementation);
        Assert.NotEqual(unconstrained, forecast.EarliestImplementation);
        Assert.Equal(Board.Forecast(change, [sundayNights]), forecast);
        Assert.Equal(Board.Forecast(change, []), Board.Forecast(change, ScheduleSettings.Empty));
    }
}
