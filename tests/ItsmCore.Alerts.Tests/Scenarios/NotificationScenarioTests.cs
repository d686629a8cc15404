using System;
using System.Linq;
using ItsmCore.Sla;
using NodaTime;
using static ItsmCore.Alerts.Tests.TestData;

namespace ItsmCore.Alerts.Tests.Scenarios;

/// <summary>
/// Case 1 / case 17: a service-affecting failure received at 13:30 (Asia/Tokyo) is notified to the customer within
/// 15 min (SLO) and 30 min (SLA) by phone to the customer's contacts in the agreed order, with an interim report every
/// 60 min while unresolved (resolved at 18:00; reports at 14:25, 15:30, 16:20 and 17:20). Detection within 5 min (case 6).
/// </summary>
public sealed class NotificationScenarioTests
{
    private static readonly Instant Received = Jst(2026, 11, 24, 13, 30);

    private static readonly NotificationPlan Customer = NotificationPlan.Create(
        "customer-a",
        new[] { new NotificationContact("ops-manager", "03-1111-0001"), new NotificationContact("it-lead", "03-1111-0002"), new NotificationContact("cio", "03-1111-0003") },
        M(5));

    private static Alert Failure(int detectionMinutes = 2) => Alert(ci: "db-1", raised: Received - M(detectionMinutes), detection: M(detectionMinutes));

    [Fact]
    public void Start_ServiceAffecting_Slo15AndSla30MinutesFromReceipt()
    {
        AlertClocks clocks = AlertClocks.Start(Failure(), serviceAffected: true);

        Assert.Equal(Jst(2026, 11, 24, 13, 45), clocks.NotificationObjectiveDueAt);
        Assert.Equal(Jst(2026, 11, 24, 14, 0), clocks.NotificationAgreementDueAt);
        Assert.Equal("service affected", clocks.Selection.Rule.Name);
        Assert.True(clocks.DetectionMet);
    }

    [Fact]
    public void Notified_At50Minutes_SloBreachedSlaMet_NotLate()
    {
        AlertClocks clocks = AlertClocks.Start(Failure(), serviceAffected: true).Notified(Jst(2026, 11, 24, 13, 50));

        TieredSlaStatus status = clocks.NotificationStatus(Jst(2026, 11, 24, 15, 0));
        Assert.Equal(SlaClockState.Breached, status.Objective!.Value.State);
        Assert.Equal(SlaClockState.Met, status.Agreement!.Value.State);
        Assert.False(clocks.IsNotificationLate(Jst(2026, 11, 24, 15, 0)));
        Assert.True(AlertClocks.Start(Failure(), true).Notified(Jst(2026, 11, 24, 14, 0) + Duration.Epsilon).IsNotificationLate(Jst(2026, 11, 24, 15, 0)));
        Assert.False(AlertClocks.Start(Failure(), true).Notified(Jst(2026, 11, 24, 14, 0)).IsNotificationLate(Jst(2026, 11, 24, 15, 0)));
        Assert.Throws<InvalidOperationException>(() => clocks.Notified(Jst(2026, 11, 24, 13, 55)));
    }

    [Fact]
    public void InterimReports_HourlyWhileUnresolved_AllFourMet()
    {
        AlertClocks clocks = AlertClocks.Start(Failure(), serviceAffected: true);
        Instant[] reports = { Jst(2026, 11, 24, 14, 25), Jst(2026, 11, 24, 15, 30), Jst(2026, 11, 24, 16, 20), Jst(2026, 11, 24, 17, 20) };

        RecurringObligationEvaluation interim = clocks.InterimReports(reports, Jst(2026, 11, 24, 18, 0), Jst(2026, 11, 24, 18, 0))!;

        Assert.Equal(4, interim.MetCount);
        Assert.Equal(0, interim.MissedCount);
        Assert.Equal(
            new[] { Jst(2026, 11, 24, 14, 30), Jst(2026, 11, 24, 15, 30), Jst(2026, 11, 24, 16, 30), Jst(2026, 11, 24, 17, 30) },
            interim.Occurrences.Select(o => o.Due).ToArray());
    }

    [Fact]
    public void InterimReports_OneMissing_MissedAndOverdue()
    {
        AlertClocks clocks = AlertClocks.Start(Failure(), serviceAffected: true);

        RecurringObligationEvaluation interim = clocks.InterimReports(new[] { Jst(2026, 11, 24, 14, 25) }, null, Jst(2026, 11, 24, 15, 31))!;

        Assert.Equal(1, interim.MetCount);
        Assert.Equal(1, interim.MissedCount);
        Assert.True(interim.IsOverdue);
        Assert.Equal(Jst(2026, 11, 24, 16, 30), interim.NextDue);
    }

    [Fact]
    public void NotServiceAffecting_Slo60NoSlaNoInterimReports()
    {
        AlertClocks clocks = AlertClocks.Start(Failure(), serviceAffected: false);

        Assert.Equal(Jst(2026, 11, 24, 14, 30), clocks.NotificationDueAt);
        Assert.Null(clocks.NotificationAgreementDueAt);
        Assert.Null(clocks.InterimReports(Array.Empty<Instant>(), null, Jst(2026, 11, 24, 18, 0)));
    }

    [Fact]
    public void Detection_SixMinutes_Breached()
    {
        Assert.False(AlertClocks.Start(Failure(detectionMinutes: 6), true).DetectionMet);
        Assert.True(AlertClocks.Start(Failure(detectionMinutes: 5), true).DetectionMet);
    }

    [Fact]
    public void Plan_FirstContactSilent_EscalatesToTheNextAfterFiveMinutes()
    {
        NotificationPlanStatus calling = Customer.Evaluate(Received, Array.Empty<ContactAnswer>(), Jst(2026, 11, 24, 13, 34));
        NotificationPlanStatus second = Customer.Evaluate(Received, Array.Empty<ContactAnswer>(), Jst(2026, 11, 24, 13, 35));
        NotificationPlanStatus answered = Customer.Evaluate(Received, new[] { new ContactAnswer("it-lead", Jst(2026, 11, 24, 13, 38)) }, Jst(2026, 11, 24, 13, 40));

        Assert.Equal(("ops-manager", Jst(2026, 11, 24, 13, 35)), (calling.Current!.Name, calling.NextEscalationAt!.Value));
        Assert.Equal(("it-lead", 1, Jst(2026, 11, 24, 13, 40)), (second.Current!.Name, second.CurrentPosition, second.NextEscalationAt!.Value));
        Assert.Equal("it-lead", answered.Answered!.Contact);
        Assert.Null(answered.Current);
    }

    [Fact]
    public void Plan_NobodyAnswers_LastContactThenExhausted()
    {
        NotificationPlanStatus last = Customer.Evaluate(Received, Array.Empty<ContactAnswer>(), Jst(2026, 11, 24, 13, 44));
        NotificationPlanStatus done = Customer.Evaluate(Received, Array.Empty<ContactAnswer>(), Jst(2026, 11, 24, 13, 45));
        // An answer from a contact before their turn (the CIO calling back at 13:32) does not count.
        NotificationPlanStatus early = Customer.Evaluate(Received, new[] { new ContactAnswer("cio", Jst(2026, 11, 24, 13, 32)) }, Jst(2026, 11, 24, 13, 36));

        Assert.Equal(("cio", (Instant?)null, false), (last.Current!.Name, last.NextEscalationAt, last.IsExhausted));
        Assert.True(done.IsExhausted);
        Assert.Null(early.Answered);
        Assert.Throws<ArgumentException>(() => Customer.Evaluate(Received, new[] { new ContactAnswer("nobody", Received) }, Received));
    }
}
