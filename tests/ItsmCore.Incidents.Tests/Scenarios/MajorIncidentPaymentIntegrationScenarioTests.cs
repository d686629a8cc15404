using System;
using System.Collections.Generic;
using System.Linq;
using ItsmCore.Calendars;
using ItsmCore.Classification;
using ItsmCore.Primitives;
using ItsmCore.Sla;
using ItsmCore.Testing;
using NodaTime;
using static ItsmCore.Incidents.Tests.Scenarios.IncidentScenarios;

namespace ItsmCore.Incidents.Tests.Scenarios;

/// <summary>
/// Domain brief, case 2: a major incident at a payment-integration service, replayed on the <see cref="Incident"/>
/// aggregate minute by minute on Friday 2026-11-20, Asia/Tokyo. Monday 2026-11-23 is Labour Thanksgiving Day, so the
/// next business day after the Friday is Tuesday 2026-11-24.
/// </summary>
/// <remarks>
/// <para>Timeline: the supplier's outage starts 13:30; sales report it 14:00 (recorded with severity 3, so the
/// incident is declared major automatically and its clocks run on "24x7"); the supplier is expected to disclose
/// within 30 min of the outage start; the ops lead notifies sales 14:30; the supplier notifies 15:00 (90 min after
/// the start: the expectation is breached); the notice text is agreed 15:30, verified on staging 17:00, approved 17:30
/// and live 17:45; the incident is resolved 18:00; the supplier sends the mismatch list 19:00; the patch is applied
/// 20:00; the incident is closed 20:30.</para>
/// <para>Choices made here: the priority targets (high 4 h, medium 24 h, low 48 h) are the major-incident task
/// targets, internal objectives on "24x7". The four sub-tasks: publish the customer notice (high, opened when the ops
/// lead tells sales, 14:30); obtain the supplier's incident report and mismatch list (low, 15:00); deploy the
/// reconciliation patch (high, 15:00); reconcile the mismatched payments (medium, with its own target "by 09:00 the
/// next business day" on the office calendar, opened when the list arrives at 19:00). The escalations: hierarchical to
/// the ops manager at 14:10 (reply within 30 min) and functional to the payments team at 15:00 (reply within 60 min).
/// The incident carries case 1's customer-notification (Critical: SLO 15 min, SLA 30 min) and interim-update (60 min)
/// definitions. A host timer is simulated: after every step, and whenever the fake clock passes it, the timer is set
/// to <see cref="Incident.NextChangeAt"/>.</para>
/// </remarks>
public sealed class MajorIncidentPaymentIntegrationScenarioTests
{
    private static readonly IncidentId Id = new("INC-20261120-0042");
    private static readonly Actor Sales = Actor.Of("sales-desk", "Sales");
    private static readonly Actor OpsLead = Actor.Of("ops-lead", "Operations lead");
    private static readonly Actor OpsManager = Actor.Of("ops-manager", "Operations manager");
    private static readonly Actor PaymentsLead = Actor.Of("payments-lead", "Payments team lead");
    private static readonly Duration Epsilon = Duration.Epsilon;

    /// <summary>Major-incident task deadlines by task priority: high 4 h, medium 24 h, low 48 h on "24x7".</summary>
    private static readonly SlaDefinition TaskTargets = SlaDefinition.CreateBuilder("major-incident-tasks", SlaMetric.Resolution)
        .WithName("Major-incident task deadlines")
        .WithPriority("High", SlaTarget.Within(H(4), "24x7"), null)
        .WithPriority("Medium", SlaTarget.Within(H(24), "24x7"), null)
        .WithPriority("Low", SlaTarget.Within(H(48), "24x7"), null)
        .Build();

    private static readonly IncidentRules PaymentRules = Rules(o =>
    {
        o.SlaDefinitions.Add(CustomerNotification);
        o.SlaDefinitions.Add(InterimUpdate);
        o.MajorIncidentTaskTargets = TaskTargets;
    });

    private static readonly Step[] Steps =
    [
        new(14, 0, "Sales report the failure; recorded as severity 3 with a supplier-disclosure expectation", d =>
        {
            d.Recorded(Incident.Record(
                new RecordIncident(
                    "Card payments fail at the payment-integration service",
                    "Sales report that merchants' card payments have been failing since about 13:30.",
                    Sales,
                    ReportingChannel.Phone,
                    "High",
                    "High")
                {
                    ReportedAt = d.Now,
                    Severity = 3,
                    Service = new ServiceId("payment-integration"),
                    ConfigurationItems = [new ConfigurationItemId("payment-network-interface")],
                },
                Id,
                OpsLead,
                d.Now,
                PaymentRules));
            d.Incident.ExpectCommunication(
                new ExpectStakeholderCommunication("supplier-disclosure", StakeholderAudience.Supplier, CommunicationDirection.Inbound, SlaTarget.Within(M(30), "24x7"))
                {
                    From = T(13, 30),
                },
                OpsLead,
                d.Now);
        }, d =>
        {
            Incident i = d.Incident;
            Assert.Equal(T(14, 0), i.ReportedAt);
            Assert.Equal(new Priority(1, "Critical"), i.Priority);
            Assert.Equal(new SeverityLevel(3, "Major"), i.Severity);
            Assert.Equal(IncidentStatus.New, i.Status);
            Assert.True(i.IsMajor);
            Assert.Equal(new MajorIncidentDeclaration(T(14, 0), OpsLead, "severity 3 (Major) is at least 3", "Declared by the major-incident policy.", Automatic: true, "24x7"), i.MajorIncident);

            // Only the customer-notification clock runs so far (interim updates start at the first customer notice).
            TieredSlaClock notification = Assert.Single(i.SlaClocks);
            Assert.Equal("customer-notification", notification.Definition.Id);
            Assert.Equal("24x7", notification.CalendarOverride);
            TieredSlaStatus n = notification.Evaluate(d.Now);
            Assert.Equal(T(14, 15), n.Objective!.Value.DueAt);
            Assert.Equal(T(14, 30), n.Agreement!.Value.DueAt);

            // The expectation started at the outage (13:30): 30 min counted, due exactly now, not yet breached.
            SlaStatus e = Assert.Single(i.CommunicationExpectations).Clock.Evaluate(d.Now);
            Assert.Equal(SlaClockState.Running, e.State);
            Assert.Equal(M(30), e.Elapsed);
            Assert.Equal(T(14, 0), e.DueAt);
            Assert.Null(e.BreachedAt);
            Assert.Equal(T(14, 0) + Epsilon, d.Timer);
        }),
        new(14, 5, "The ops lead takes the incident and starts work", d =>
        {
            d.Incident.Assign(new AssignIncident("service-operations") { Assignee = OpsLead }, OpsLead, d.Now);
            d.Incident.StartWork(OpsLead, d.Now);
        }, d =>
        {
            Assert.Equal(IncidentStatus.InProgress, d.Incident.Status);
            Assert.Equal([T(14, 0) + Epsilon], d.Fired);
            SlaStatus e = d.Incident.CommunicationExpectations[0].Clock.Evaluate(d.Now);
            Assert.Equal(SlaClockState.Breached, e.State);
            Assert.True(e.IsActive);
            Assert.Equal(T(14, 0) + Epsilon, e.BreachedAt);
            Assert.Equal(M(10), d.Incident.SlaClocks[0].Evaluate(d.Now).Objective!.Value.Remaining);
            Assert.Equal(T(14, 15) + Epsilon, d.Timer);
        }),
        new(14, 10, "Hierarchical escalation to the ops manager, reply within 30 min", d =>
        {
            d.Incident.Escalate(
                new EscalateIncident(EscalationKind.Hierarchical, "ops-manager", "Major incident: card payments fail for every merchant")
                {
                    ReplyWithin = SlaTarget.Within(M(30), "24x7"),
                },
                OpsLead,
                d.Now);
        }, d =>
        {
            Escalation e = Assert.Single(d.Incident.Escalations);
            Assert.Equal(T(14, 40), e.ReplyDueAt);
            Assert.Null(e.AnsweredAt);
            Assert.Equal("service-operations", d.Incident.AssignmentGroup);
            Assert.Equal(T(14, 15) + Epsilon, d.Timer);
        }),
        new(14, 25, "The ops manager answers", d =>
        {
            d.Incident.AnswerEscalation(new AnswerEscalation(1, "Incident manager role taken; bridge opened; prepare a customer notice"), OpsManager, d.Now);
        }, d =>
        {
            Assert.Equal([T(14, 0) + Epsilon, T(14, 15) + Epsilon], d.Fired);
            TieredSlaStatus n = d.Incident.SlaClocks[0].Evaluate(d.Now);
            Assert.Equal(SlaClockState.Breached, n.Objective!.Value.State);
            Assert.Equal(SlaClockState.Running, n.Agreement!.Value.State);
            Assert.Equal(M(5), n.Agreement.Value.Remaining);
            Assert.Equal(T(14, 30) + Epsilon, d.Timer);
        }),
        new(14, 30, "The ops lead notifies sales and opens the customer-notice task (high)", d =>
        {
            d.Incident.RecordCommunication(
                new RecordStakeholderCommunication(StakeholderAudience.Internal, CommunicationDirection.Outbound, "sales", "Payment-network outage since 13:30 confirmed; a customer notice is being prepared"),
                OpsLead,
                d.Now);
            d.Incident.OpenTask(new OpenMajorIncidentTask("Publish the customer notice", PriorityScale.Default.Get("High"), "ops-lead", "ops-manager"), OpsLead, d.Now);
        }, d =>
        {
            // The SLA tier has used its 30 minutes exactly: still not breached at 14:30 itself.
            SlaStatus sla = d.Incident.SlaClocks[0].Evaluate(d.Now).Agreement!.Value;
            Assert.Equal(SlaClockState.Running, sla.State);
            Assert.Equal(Duration.Zero, sla.Remaining);
            Assert.Equal(T(18, 30), d.Incident.Tasks[0].DueAt);
            Assert.Equal(T(14, 30) + Epsilon, d.Timer);
        }),
        new(15, 0, "The supplier notifies; two tasks opened; functional escalation to the payments team", d =>
        {
            d.Incident.RecordCommunication(
                new RecordStakeholderCommunication(StakeholderAudience.Supplier, CommunicationDirection.Inbound, "payment-network", "Outage notice: authorisation service degraded since 13:30"),
                OpsLead,
                d.Now);
            d.Incident.OpenTask(new OpenMajorIncidentTask("Obtain the supplier's incident report and mismatch list", PriorityScale.Default.Get("Low"), "vendor-management", "ops-manager"), OpsLead, d.Now);
            d.Incident.OpenTask(new OpenMajorIncidentTask("Deploy the reconciliation patch", PriorityScale.Default.Get("High"), "payments-team", "payments-manager"), OpsLead, d.Now);
            d.Incident.Escalate(
                new EscalateIncident(EscalationKind.Functional, "payments-team", "The payments team owns the integration and the patch")
                {
                    ReplyWithin = SlaTarget.Within(M(60), "24x7"),
                },
                OpsLead,
                d.Now);
        }, d =>
        {
            Assert.Equal([T(14, 0) + Epsilon, T(14, 15) + Epsilon, T(14, 30) + Epsilon], d.Fired);
            CommunicationExpectation expectation = d.Incident.CommunicationExpectations[0];
            Assert.Equal(2, expectation.SatisfiedBy);
            Assert.False(expectation.Clock.IsActive);
            Assert.Equal("payments-team", d.Incident.AssignmentGroup);
            Assert.Null(d.Incident.Assignee);
            Assert.Equal(IncidentStatus.InProgress, d.Incident.Status);
            Assert.Equal(T(16, 0), d.Incident.Escalations[1].ReplyDueAt);
            Assert.Equal(T(16, 0) + Epsilon, d.Timer);
        }),
        new(15, 30, "Sales agree the notice text", d =>
        {
            d.Incident.RecordCommunication(
                new RecordStakeholderCommunication(StakeholderAudience.Internal, CommunicationDirection.Inbound, "sales", "Customer notice text agreed"),
                OpsLead,
                d.Now);
        }, d =>
        {
            // Unanswered: in time up to its 16:00 deadline, overdue from the next instant.
            Assert.False(d.Incident.Escalations[1].IsOverdueAt(T(16, 0)));
            Assert.True(d.Incident.Escalations[1].IsOverdueAt(T(16, 0) + Epsilon));
            Assert.Equal(T(16, 0) + Epsilon, d.Timer);
        }),
        new(16, 20, "The payments team answers, 20 minutes late", d =>
        {
            d.Incident.AnswerEscalation(new AnswerEscalation(2, "Patch to re-send unconfirmed payments prepared; staging check at 17:00"), PaymentsLead, d.Now);
        }, d =>
        {
            Assert.Equal(T(16, 0) + Epsilon, d.Fired[^1]);
            Assert.True(d.Incident.Escalations[1].IsOverdueAt(d.Now));
            Assert.Equal(T(18, 30) + Epsilon, d.Timer);
        }),
        new(17, 0, "Notice verified on staging", d =>
        {
            d.Incident.AddComment(new AddIncidentComment(CommentVisibility.Internal, "Customer notice and payment status page verified on staging"), OpsLead, d.Now);
        }, d => Assert.Equal(T(18, 30) + Epsilon, d.Timer)),
        new(17, 30, "Notice approved", d =>
        {
            d.Incident.RecordCommunication(
                new RecordStakeholderCommunication(StakeholderAudience.Management, CommunicationDirection.Inbound, "ops-manager", "Customer notice approved for publication"),
                OpsLead,
                d.Now);
        }, d => Assert.Equal(T(18, 30) + Epsilon, d.Timer)),
        new(17, 45, "Customer notice live; the notice task is complete", d =>
        {
            d.Incident.RecordCommunication(
                new RecordStakeholderCommunication(StakeholderAudience.Customer, CommunicationDirection.Outbound, "merchants", "Card payments failed from 13:30 because of a payment-network outage; mismatched payments will be corrected"),
                OpsLead,
                d.Now);
            d.Incident.CompleteTask(new CompleteMajorIncidentTask(1, "Notice live on the status page"), OpsLead, d.Now);
        }, d =>
        {
            // The first customer notice starts the interim-update cycle (60 min, on 24x7 like every clock of the incident).
            TieredSlaClock interim = Assert.Single(d.Incident.SlaClocksFor(SlaMetric.RecurringUpdate));
            Assert.Equal("24x7", interim.CalendarOverride);
            SlaStatus s = interim.Evaluate(d.Now).Agreement!.Value;
            Assert.Equal(SlaClockState.Running, s.State);
            Assert.Equal(T(18, 45), s.DueAt);
            Assert.Equal(T(18, 45) + Epsilon, d.Timer);
        }),
        new(18, 0, "Incident resolved", d =>
        {
            d.Incident.Resolve(new ResolveIncident("supplier-restored", "Payment network restored; authorisations succeed again; mismatches to be reconciled"), PaymentsLead, d.Now);
        }, d =>
        {
            Assert.Equal(IncidentStatus.Resolved, d.Incident.Status);
            Assert.False(d.Incident.SlaClocksFor(SlaMetric.RecurringUpdate)[0].IsActive);
            Assert.Equal(T(19, 0) + Epsilon, d.Timer);
        }),
        new(19, 0, "The supplier sends the mismatch list; the report task is complete; the reconciliation task is opened", d =>
        {
            d.Incident.RecordCommunication(
                new RecordStakeholderCommunication(StakeholderAudience.Supplier, CommunicationDirection.Inbound, "payment-network", "List of payments whose status differs between the network and the merchants"),
                OpsLead,
                d.Now);
            d.Incident.CompleteTask(new CompleteMajorIncidentTask(2, "Mismatch list and preliminary incident report received"), OpsLead, d.Now);
            d.Incident.OpenTask(
                new OpenMajorIncidentTask("Reconcile the mismatched payments", PriorityScale.Default.Get("Medium"), "payments-team", "payments-manager")
                {
                    Target = SlaTarget.NextBusinessDayAt(new LocalTime(9, 0), "jp-office"),
                },
                OpsLead,
                d.Now);
        }, d =>
        {
            // No office time lies between Friday 19:00 and Tuesday 09:00: the zero budget is reached at the start (DueAt),
            // and nothing counts until the office opens, so the breach would begin only after Tuesday 09:00.
            SlaStatus s = d.Incident.Tasks[3].Clock.Evaluate(d.Now);
            Assert.Equal(Duration.Zero, s.Target);
            Assert.Equal(d.Now, s.DueAt);
            Assert.Equal(Jst(2026, 11, 24, 9, 0) + Epsilon, d.Incident.Tasks[3].Clock.NextChangeAt(d.Now));
            Assert.Equal(T(19, 0) + Epsilon, d.Timer);
        }),
        new(20, 0, "Patch applied: the patch and reconciliation tasks are complete", d =>
        {
            d.Incident.CompleteTask(new CompleteMajorIncidentTask(3, "Patch applied in production"), PaymentsLead, d.Now);
            d.Incident.CompleteTask(new CompleteMajorIncidentTask(4, "The patch run reconciled every payment on the list"), PaymentsLead, d.Now);
        }, d =>
        {
            Assert.Equal(T(19, 0) + Epsilon, d.Fired[^1]);
            Assert.Null(d.Timer);
        }),
        new(20, 30, "Incident closed", d =>
        {
            d.Incident.Close(new CloseIncident { Note = "All four tasks complete; the supplier's report goes to problem management" }, OpsManager, d.Now);
        }, d =>
        {
            Assert.Equal(IncidentStatus.Closed, d.Incident.Status);
            Assert.Null(d.Timer);
        }),
    ];

    [Fact]
    public void Calendar_Monday20261123_IsLabourThanksgivingDaySoFridaysNextBusinessDayIsTuesday()
    {
        Assert.True(Office.IsWorkingDay(new LocalDate(2026, 11, 20)));
        Assert.False(Office.IsWorkingDay(new LocalDate(2026, 11, 21)));
        Assert.False(Office.IsWorkingDay(new LocalDate(2026, 11, 22)));
        Assert.False(Office.IsWorkingDay(new LocalDate(2026, 11, 23)));
        Assert.True(Office.IsWorkingDay(new LocalDate(2026, 11, 24)));

        WorkingTimeExplanation monday = Office.ExplainWorkingTimeBetween(Jst(2026, 11, 23, 0, 0), Jst(2026, 11, 24, 0, 0));
        Assert.Equal(Duration.Zero, monday.WorkingTime);
        GapReason holiday = Assert.Single(Assert.Single(monday.Gaps).Reasons);
        Assert.Equal(GapReasonKind.Holiday, holiday.Kind);
        Assert.Equal(new LocalDate(2026, 11, 23), holiday.Date);
        Assert.Equal("Labour Thanksgiving Day", holiday.Description);

        Assert.Equal(Jst(2026, 11, 24, 9, 0), Office.NextWorkingDayAt(T(19, 0), new LocalTime(9, 0)));
        Assert.Equal("24x7", AlwaysOpen.Id);
    }

    [Fact]
    public void TheDay_ReplayedMinuteByMinute_EachStepLeavesTheExpectedState()
    {
        Day day = Replay(check: true);
        Assert.Equal(T(20, 30), day.Now);
        Assert.Equal(420, day.Ticks);
    }

    [Fact]
    public void TheDay_HostTimer_FiresAtEachBreachAndOverdueReplyOnly()
    {
        Day day = Replay(check: false);

        // Supplier disclosure due 14:00; notification SLO 14:15 and SLA 14:30; the payments team's reply 16:00; the patch 19:00.
        Assert.Equal([T(14, 0) + Epsilon, T(14, 15) + Epsilon, T(14, 30) + Epsilon, T(16, 0) + Epsilon, T(19, 0) + Epsilon], day.Fired);
        Assert.Equal(
        [
            T(14, 0) + Epsilon, T(14, 15) + Epsilon, T(14, 15) + Epsilon, T(14, 30) + Epsilon, T(14, 30) + Epsilon, T(16, 0) + Epsilon,
            T(16, 0) + Epsilon, T(18, 30) + Epsilon, T(18, 30) + Epsilon, T(18, 30) + Epsilon, T(18, 45) + Epsilon, T(19, 0) + Epsilon,
            T(19, 0) + Epsilon, null, null,
        ],
        day.TimerAfterEachStep);
        Assert.Equal(Steps.Length, day.TimerAfterEachStep.Count);

        // After the 19:00 breach only the reconciliation task is pending: it falls due Tuesday 09:00.
        Assert.Equal(Jst(2026, 11, 24, 9, 0) + Epsilon, day.Incident.Tasks[3].Clock.NextChangeAt(T(19, 1)));
        Assert.Null(day.Incident.NextChangeAt(T(20, 30)));
    }

    [Fact]
    public void Record_SeverityThree_IsDeclaredMajorAutomaticallyAndEveryClockRunsOn24x7()
    {
        Incident i = Replay(check: false).Incident;
        Assert.True(i.IsMajor);
        Assert.True(i.MajorIncident!.Automatic);
        Assert.Equal("24x7", i.MajorIncident.CalendarId);
        Assert.Equal(T(14, 0), i.RecordedAt);
        Assert.Equal(Sales, i.ReportedBy);
        Assert.Equal(new ServiceId("payment-integration"), i.Service);
        Assert.Equal([new ConfigurationItemId("payment-network-interface")], i.ConfigurationItems);
        Assert.All(i.SlaClocks, c => Assert.Equal("24x7", c.CalendarOverride));
        Assert.All(i.SlaClocks, c => Assert.Equal("24x7", c.Clock(c.Agreement is null ? SlaTier.Objective : SlaTier.Agreement)!.Calendar.Id));
        Assert.Equal(["customer-notification", "interim-update"], i.SlaClocks.Select(c => c.Definition.Id));
    }

    [Fact]
    public void SupplierDisclosure_ExpectedWithin30MinutesNotifiedAt1500_IsBreachedAfter90Minutes()
    {
        Incident i = Replay(check: false).Incident;
        CommunicationExpectation e = Assert.Single(i.CommunicationExpectations);
        Assert.Equal("supplier-disclosure", e.Name);
        Assert.Equal(StakeholderAudience.Supplier, e.Audience);
        Assert.Equal(CommunicationDirection.Inbound, e.Direction);
        Assert.Equal(SlaTarget.Within(M(30), "24x7"), e.Within);
        Assert.Equal(T(13, 30), e.From);
        Assert.Equal(2, e.SatisfiedBy);
        Assert.Equal(T(15, 0), i.Communications[1].At);

        // While running the deadline is 14:00; once stopped, DueAt is null (SlaStatus reports it only while running).
        Assert.Equal(T(14, 0), e.Clock.Evaluate(T(14, 59)).DueAt);
        SlaStatus s = e.Clock.Evaluate(T(20, 30));
        Assert.Equal(SlaClockState.Breached, s.State);
        Assert.False(s.IsActive);
        Assert.Equal(M(90), s.Elapsed);
        Assert.Equal(-M(60), s.Remaining);
        Assert.Equal(T(14, 0) + Epsilon, s.BreachedAt);
        Assert.Null(s.DueAt);
        Assert.Equal(300d, s.PercentConsumed);
    }

    [Fact]
    public void Tasks_FourSubTasks_EachWithItsPriorityOwnerEscalationTargetDeadlineAndOutcome()
    {
        Incident i = Replay(check: false).Incident;
        Assert.Equal(4, i.Tasks.Count);
        (int Number, string Title, string Priority, string Owner, string Escalation, Instant Opened, Instant Due, Instant Completed, SlaClockState Outcome, Duration Elapsed)[] expected =
        [
            (1, "Publish the customer notice", "High", "ops-lead", "ops-manager", T(14, 30), T(18, 30), T(17, 45), SlaClockState.Met, H(3.25)),
            (2, "Obtain the supplier's incident report and mismatch list", "Low", "vendor-management", "ops-manager", T(15, 0), Jst(2026, 11, 22, 15, 0), T(19, 0), SlaClockState.Met, H(4)),
            (3, "Deploy the reconciliation patch", "High", "payments-team", "payments-manager", T(15, 0), T(19, 0), T(20, 0), SlaClockState.Breached, H(5)),
            (4, "Reconcile the mismatched payments", "Medium", "payments-team", "payments-manager", T(19, 0), T(19, 0), T(20, 0), SlaClockState.Met, Duration.Zero),
        ];
        foreach (var x in expected)
        {
            MajorIncidentTask task = i.Tasks[x.Number - 1];
            Assert.Equal(x.Number, task.Number);
            Assert.Equal(x.Title, task.Title);
            Assert.Equal(x.Priority, task.Priority.Name);
            Assert.Equal(x.Owner, task.Owner);
            Assert.Equal(x.Escalation, task.EscalationTarget);
            Assert.Equal(x.Opened, task.OpenedAt);
            Assert.Equal(x.Due, task.DueAt);
            Assert.Equal(x.Completed, task.CompletedAt);
            SlaStatus s = task.Clock.Evaluate(T(20, 30));
            Assert.Equal(x.Outcome, s.State);
            Assert.Equal(x.Elapsed, s.Elapsed);
            Assert.False(s.IsActive);
        }

        // The hour targets come from the task targets on "24x7"; the reconciliation task brought its own office target.
        Assert.Equal(SlaTarget.Within(H(4), "24x7"), i.Tasks[0].Clock.Target);
        Assert.Equal(SlaTarget.Within(H(48), "24x7"), i.Tasks[1].Clock.Target);
        Assert.Equal(SlaTarget.NextBusinessDayAt(new LocalTime(9, 0), "jp-office"), i.Tasks[3].Clock.Target);
        Assert.Equal("jp-office", i.Tasks[3].Clock.Calendar.Id);

        // The notice went live 45 min inside its 4 h; the patch came an hour after its 19:00 deadline.
        Assert.Equal(M(45), i.Tasks[0].Clock.Evaluate(T(20, 30)).Remaining);
        Assert.Equal(T(19, 0) + Epsilon, i.Tasks[2].Clock.Evaluate(T(20, 30)).BreachedAt);
        Assert.Equal(-H(1), i.Tasks[2].Clock.Evaluate(T(20, 30)).Remaining);
    }

    [Fact]
    public void Escalations_ReplyDeadlines_OpsManagerAnsweredInTimePaymentsTeamLate()
    {
        Incident i = Replay(check: false).Incident;
        Assert.Equal(2, i.Escalations.Count);

        Escalation manager = i.Escalations[0];
        Assert.Equal((1, EscalationKind.Hierarchical, "ops-manager", T(14, 10), OpsLead), (manager.Number, manager.Kind, manager.To, manager.At, manager.By));
        Assert.Equal(T(14, 40), manager.ReplyDueAt);
        Assert.Equal(T(14, 25), manager.AnsweredAt);
        Assert.False(manager.IsOverdueAt(T(20, 30)));

        Escalation payments = i.Escalations[1];
        Assert.Equal((2, EscalationKind.Functional, "payments-team", T(15, 0), OpsLead), (payments.Number, payments.Kind, payments.To, payments.At, payments.By));
        Assert.Equal(T(16, 0), payments.ReplyDueAt);
        Assert.Equal(T(16, 20), payments.AnsweredAt);
        Assert.Equal("Patch to re-send unconfirmed payments prepared; staging check at 17:00", payments.Answer);
        Assert.True(payments.IsOverdueAt(T(20, 30)));
    }

    [Fact]
    public void Communications_WholeDay_RecordWhoWasToldWhatWhen()
    {
        Incident i = Replay(check: false).Incident;
        Assert.Equal(
        [
            "#1 Fri 2026-11-20 14:30 Outbound Internal sales: Payment-network outage since 13:30 confirmed; a customer notice is being prepared",
            "#2 Fri 2026-11-20 15:00 Inbound Supplier payment-network: Outage notice: authorisation service degraded since 13:30",
            "#3 Fri 2026-11-20 15:30 Inbound Internal sales: Customer notice text agreed",
            "#4 Fri 2026-11-20 17:30 Inbound Management ops-manager: Customer notice approved for publication",
            "#5 Fri 2026-11-20 17:45 Outbound Customer merchants: Card payments failed from 13:30 because of a payment-network outage; mismatched payments will be corrected",
            "#6 Fri 2026-11-20 19:00 Inbound Supplier payment-network: List of payments whose status differs between the network and the merchants",
        ],
        i.Communications.Select(c => $"#{c.Number.ToString(System.Globalization.CultureInfo.InvariantCulture)} {Local(c.At)} {c.Direction} {c.Audience} {c.Party}: {c.Summary}"));
        Assert.All(i.Communications, c => Assert.Equal(OpsLead, c.RecordedBy));

        IncidentComment staging = Assert.Single(i.Comments);
        Assert.Equal(new IncidentComment(T(17, 0), OpsLead, CommentVisibility.Internal, "Customer notice and payment status page verified on staging"), staging);
    }

    [Fact]
    public void SlaClocks_CustomerNotificationAt1745IsBreachedOnBothTiers_TheInterimUpdateCycleIsMet()
    {
        Incident i = Replay(check: false).Incident;

        // Customer notified 17:45 against the 14:00 report: 3 h 45 min against SLO 15 min and SLA 30 min.
        TieredSlaClock notification = Assert.Single(i.SlaClocksFor(SlaMetric.CustomerNotification));
        Assert.Equal("Critical", notification.Priority);
        Assert.False(notification.IsActive);
        TieredSlaStatus n = notification.Evaluate(T(20, 30));
        Assert.Equal(SlaClockState.Breached, n.Objective!.Value.State);
        Assert.Equal(H(3.75), n.Objective.Value.Elapsed);
        Assert.Equal(T(14, 15) + Epsilon, n.Objective.Value.BreachedAt);
        Assert.Equal(-H(3.5), n.Objective.Value.Remaining);
        Assert.Equal(SlaClockState.Breached, n.Agreement!.Value.State);
        Assert.Equal(H(3.75), n.Agreement.Value.Elapsed);
        Assert.Equal(T(14, 30) + Epsilon, n.Agreement.Value.BreachedAt);
        Assert.Equal(-H(3.25), n.Agreement.Value.Remaining);
        Assert.Equal(T(17, 45), notification.Agreement!.Cycles[0].EndedAt);

        // The interim-update clock started with the notice at 17:45 and stopped at the resolution at 18:00: one cycle, met.
        TieredSlaClock interim = Assert.Single(i.SlaClocksFor(SlaMetric.RecurringUpdate));
        Assert.Null(interim.Objective);
        SlaCycle cycle = Assert.Single(interim.Agreement!.Cycles);
        Assert.Equal(T(17, 45), cycle.StartedAt);
        Assert.Equal(T(18, 0), cycle.EndedAt);
        Assert.Equal(SlaClockState.Met, cycle.Outcome);
        Assert.Equal(M(15), cycle.Elapsed);
    }

    [Fact]
    public void Journal_TheWholeDay_MatchesTheApprovedFile()
    {
        Incident i = Replay(check: false).Incident;
        Assert.Equal(26, i.Version);
        Snapshot.Verify(JournalText(i.Journal), "MajorIncidentPaymentIntegrationScenarioTests.Journal_TheWholeDay_MatchesTheApprovedFile");
    }

    [Fact]
    public void Rebuild_FromTheDaysEvents_GivesTheSameJournalClocksTasksAndEscalations()
    {
        Incident i = Replay(check: false).Incident;
        Incident rebuilt = Incident.Rebuild(i.UncommittedEvents, PaymentRules);
        Assert.Equal(i.Version, rebuilt.Version);
        Assert.Empty(rebuilt.UncommittedEvents);
        Assert.Equal(i.Journal, rebuilt.Journal);
        Assert.Equal(i.SlaClocks, rebuilt.SlaClocks);
        Assert.Equal(i.Tasks, rebuilt.Tasks);
        Assert.Equal(i.Escalations, rebuilt.Escalations);
        Assert.Equal(i.Communications, rebuilt.Communications);
        Assert.Equal(i.CommunicationExpectations, rebuilt.CommunicationExpectations);
        Assert.Equal(i.Status, rebuilt.Status);
        Assert.Equal(i.ClosedAt, rebuilt.ClosedAt);
    }

    private static Instant T(int hour, int minute) => Jst(2026, 11, 20, hour, minute);

    /// <summary>Runs the day: the fake clock moves one minute at a time from 13:30; each step runs at its minute.</summary>
    private static Day Replay(bool check)
    {
        var day = new Day(new FakeClock(T(13, 30)));
        foreach (Step step in Steps)
        {
            day.AdvanceTo(T(step.Hour, step.Minute));
            step.Act(day);
            day.Rearm();
            if (check)
            {
                step.Check(day);
            }
        }

        return day;
    }

    private sealed record Step(int Hour, int Minute, string Name, Action<Day> Act, Action<Day> Check);

    /// <summary>The host: a fake clock, the incident, and one timer set to the incident's next change.</summary>
    private sealed class Day(FakeClock clock)
    {
        private Incident? incident;

        public Incident Incident => incident ?? throw new InvalidOperationException("The incident is recorded at 14:00.");

        public Instant Now => clock.GetCurrentInstant();

        public int Ticks { get; private set; }

        public Instant? Timer { get; private set; }

        public List<Instant> Fired { get; } = [];

        public List<Instant?> TimerAfterEachStep { get; } = [];

        public void Recorded(Incident value) => incident = value;

        public void AdvanceTo(Instant target)
        {
            while (Now < target)
            {
                clock.AdvanceMinutes(1);
                Ticks++;
                if (incident is not null && Timer is { } due && Now >= due)
                {
                    Fired.Add(due);
                    Timer = incident.NextChangeAt(Now);
                }
            }
        }

        public void Rearm()
        {
            Timer = Incident.NextChangeAt(Now);
            TimerAfterEachStep.Add(Timer);
        }
    }
}
