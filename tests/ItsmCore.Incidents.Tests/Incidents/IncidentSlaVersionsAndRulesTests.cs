using System;
using System.Collections.Generic;
using System.Linq;
using ItsmCore.Calendars;
using ItsmCore.Classification;
using ItsmCore.Primitives;
using ItsmCore.Sla;
using NodaTime;
using static ItsmCore.Incidents.Tests.Incidents.Kit;

namespace ItsmCore.Incidents.Tests.Incidents;

/// <summary>
/// Issue 17, items 6, 7 and 9 on the incident side: an incident's clocks use the SLA definition version in force when it
/// was reported, and the event records it; targets chosen by <see cref="SlaTargetRules"/> on the incident's attributes
/// (case 1: service affected 15/30 min, otherwise 60 min and no SLA), with a calendar per rule, the rule recorded; and
/// <see cref="Incident.SlaMeasurements"/> gives both tiers' measurements in one list.
/// </summary>
public sealed class IncidentSlaVersionsAndRulesTests
{
    /// <summary>Saturday 21 November 2026, 02:10 JST: an alert outside office hours (case 1).</summary>
    private static readonly Instant Saturday0210 = Jst(2026, 11, 21, 2, 10);

    private static readonly Instant ReviewedFrom = Jst(2026, 12, 1, 0);

    private static readonly SlaDefinition Provisional = SlaDefinition.CreateBuilder("resolution", SlaMetric.Resolution)
        .WithPriority("High", null, OnAlways(H(4))).Build();

    private static readonly SlaDefinition Reviewed = SlaDefinition.CreateBuilder("resolution", SlaMetric.Resolution)
        .WithPriority("High", OnAlways(H(2)), OnAlways(H(3))).Build();

    private static readonly SlaDefinition Notification = SlaDefinition.CreateBuilder("customer-notification", SlaMetric.CustomerNotification)
        .WithPriority("service-affected", OnAlways(M(15)), OnAlways(M(30)))
        .WithPriority("service-not-affected", OnAlways(M(60)), null)
        .Build();

    private static readonly SlaTargetRules NotificationRules = SlaTargetRules.CreateBuilder(Notification)
        .DeclareFlag("serviceAffected")
        .AddRule("service affected", "service-affected", SlaCondition.FlagIs("serviceAffected", true))
        .AddRule("service not affected", "service-not-affected", SlaCondition.FlagIs("serviceAffected", false))
        .Build();

    private static readonly SlaDefinition Response = SlaDefinition.CreateBuilder("first-response", SlaMetric.FirstResponse)
        .WithPriority("standard", null, OnOffice(H(1))).Build();

    private static readonly SlaTargetRules ResponseRules = SlaTargetRules.CreateBuilder(Response)
        .DeclareFlag("urgent")
        .AddRuleOnCalendar("urgent, 24x7", "standard", AlwaysId, SlaCondition.FlagIs("urgent", true))
        .AddRule("standard", "standard")
        .Build();

    private static IncidentRules Versioned { get; } = VersionsOf(Provisional, Reviewed);

    /// <summary>A resolution definition with a target only for Critical: an incident reported High starts it when raised to Critical.</summary>
    private static readonly SlaDefinition CriticalProvisional = SlaDefinition.CreateBuilder("critical-resolution", SlaMetric.Resolution)
        .WithPriority("Critical", null, OnAlways(H(8))).Build();

    private static readonly SlaDefinition CriticalReviewed = SlaDefinition.CreateBuilder("critical-resolution", SlaMetric.Resolution)
        .WithPriority("Critical", OnAlways(H(1)), OnAlways(H(2))).Build();

    private static IncidentRules CriticalVersioned { get; } = VersionsOf(CriticalProvisional, CriticalReviewed);

    /// <summary>Provisional: High SLA 4 h, Critical SLA 8 h; reviewed: Critical only, SLO 1 h, SLA 2 h (High dropped).</summary>
    private static readonly SlaDefinition DroppedProvisional = SlaDefinition.CreateBuilder("resolution", SlaMetric.Resolution)
        .WithPriority("High", null, OnAlways(H(4)))
        .WithPriority("Critical", null, OnAlways(H(8)))
        .Build();

    private static readonly SlaDefinition DroppedReviewed = SlaDefinition.CreateBuilder("resolution", SlaMetric.Resolution)
        .WithPriority("Critical", OnAlways(H(1)), OnAlways(H(2))).Build();

    private static IncidentRules DroppedVersioned { get; } = VersionsOf(DroppedProvisional, DroppedReviewed);

    /// <summary>Provisional: High SLA 4 h only; reviewed: Critical only, SLO 1 h, SLA 2 h.</summary>
    private static readonly SlaDefinition HighOnlyProvisional = SlaDefinition.CreateBuilder("resolution", SlaMetric.Resolution)
        .WithPriority("High", null, OnAlways(H(4))).Build();

    private static IncidentRules MovedVersioned { get; } = VersionsOf(HighOnlyProvisional, DroppedReviewed);

    /// <summary>Provisional: High SLA 4 h, Critical SLA 8 h; reviewed: High only, SLA 3 h (Critical dropped).</summary>
    private static readonly SlaDefinition HighOnlyReviewed = SlaDefinition.CreateBuilder("resolution", SlaMetric.Resolution)
        .WithPriority("High", null, OnAlways(H(3))).Build();

    private static IncidentRules CriticalDroppedVersioned { get; } = VersionsOf(DroppedProvisional, HighOnlyReviewed);

    private static IncidentRules Targeted { get; } = Rules(o =>
    {
        o.SlaDefinitions.Add(Notification);
        o.SlaDefinitions.Add(Response);
        o.SlaTargetRules.Add(NotificationRules);
        o.SlaTargetRules.Add(ResponseRules);
    });

    [Fact]
    public void Record_BeforeTheReviewedVersion_MeasuresTheProvisionalTargetsAndRecordsTheVersion()
    {
        // Case 3: provisional "SLA 4 h" until 1 December, reviewed "SLO 2 h, SLA 3 h" from then.
        Instant reported = ReviewedFrom - H(1);
        Incident incident = Record(Versioned, reported, SlaTicketAttributes.Empty);

        IncidentSlaAttachment attachment = Assert.Single(Recorded(incident).SlaAttachments);
        TieredSlaClock clock = Assert.Single(incident.SlaClocks);
        Assert.Equal(Provisional, attachment.Definition);
        Assert.Equal(BusinessCalendar.MinSupportedInstant, attachment.EffectiveFrom);
        Assert.Equal(BusinessCalendar.MinSupportedInstant, clock.DefinitionVersion!.EffectiveFrom);
        Assert.Null(clock.Objective);
        Assert.Equal(reported + H(4), clock.Evaluate(reported).Require(SlaTier.Agreement).DueAt);
    }

    [Fact]
    public void Record_AtTheReviewedVersion_MeasuresTheReviewedTargetsAndRecordsTheVersion()
    {
        Incident incident = Record(Versioned, ReviewedFrom, SlaTicketAttributes.Empty);

        IncidentSlaAttachment attachment = Assert.Single(Recorded(incident).SlaAttachments);
        TieredSlaStatus status = Assert.Single(incident.SlaClocks).Evaluate(ReviewedFrom);
        Assert.Equal(ReviewedFrom, attachment.EffectiveFrom);
        Assert.Equal(Reviewed, attachment.Definition);
        Assert.Equal(ReviewedFrom + H(2), status.Require(SlaTier.Objective).DueAt);
        Assert.Equal(ReviewedFrom + H(3), status.Require(SlaTier.Agreement).DueAt);
    }

    [Fact]
    public void Rebuild_WithoutTheVersions_KeepsTheRecordedVersion()
    {
        Incident live = Record(Versioned, ReviewedFrom - H(1), SlaTicketAttributes.Empty);

        Incident rebuilt = Incident.Rebuild(live.UncommittedEvents, Only(Reviewed));

        Assert.Equal(live.SlaClocks, rebuilt.SlaClocks);
        Assert.Equal(ReviewedFrom + H(3), rebuilt.SlaClocks[0].Evaluate(ReviewedFrom).Require(SlaTier.Agreement).DueAt);
    }

    [Fact]
    public void Reopen_AfterTheReviewedVersionTookEffect_NewCycleUnderTheReviewedVersionRecordedInTheEvent()
    {
        // A cycle uses the version in force when it started: the reopened resolution cycle runs on the reviewed targets,
        // the first cycle keeps the provisional 4 h.
        Instant reported = ReviewedFrom - H(5);
        Incident incident = Record(Versioned, reported, SlaTicketAttributes.Empty);
        incident.Assign(new AssignIncident("payments-l2"), Desk, reported + M(1));
        incident.StartWork(Engineer, reported + M(2));
        incident.Resolve(new ResolveIncident("fixed", "Gateway pool restarted."), Engineer, reported + H(1));
        incident.Reopen(new ReopenIncident("Failed again"), Desk, ReviewedFrom + H(1));

        IncidentStatusChanged reopened = Assert.IsType<IncidentStatusChanged>(incident.UncommittedEvents[^1]);
        Assert.Equal(ReviewedFrom, Assert.Single(reopened.SlaVersions).EffectiveFrom);
        TieredSlaClock clock = incident.Clock("resolution");
        Assert.Equal(ReviewedFrom, clock.DefinitionVersion!.EffectiveFrom);
        TieredSlaStatus status = clock.Evaluate(ReviewedFrom + H(1));
        Assert.Equal(ReviewedFrom + H(3), status.Require(SlaTier.Objective).DueAt);
        Assert.Equal(ReviewedFrom + H(4), status.Require(SlaTier.Agreement).DueAt);
        Assert.Equal(OnAlways(H(4)), clock.Agreement!.Cycles[0].Target);

        Incident rebuilt = Incident.Rebuild(incident.UncommittedEvents, Only(Reviewed));
        Assert.Equal(incident.SlaClocks, rebuilt.SlaClocks);
    }

    [Fact]
    public void Reopen_SameVersionInForce_RecordsNoVersions()
    {
        Instant reported = ReviewedFrom + H(1);
        Incident incident = Record(Versioned, reported, SlaTicketAttributes.Empty);
        incident.Assign(new AssignIncident("payments-l2"), Desk, reported + M(1));
        incident.StartWork(Engineer, reported + M(2));
        incident.Resolve(new ResolveIncident("fixed", "Gateway pool restarted."), Engineer, reported + H(1));
        incident.Reopen(new ReopenIncident("Failed again"), Desk, reported + H(2));

        Assert.Empty(Assert.IsType<IncidentStatusChanged>(incident.UncommittedEvents[^1]).SlaVersions);
        Assert.Equal(reported + H(5), incident.Clock("resolution").Evaluate(reported + H(2)).Require(SlaTier.Agreement).DueAt);
    }

    [Fact]
    public void ChangePriority_FirstClockStartsAfterTheReviewedVersionTookEffect_ReviewedVersionRecordedInTheEvent()
    {
        // Reported High before 1 December: the Critical-only definition measures nothing. Raised to Critical after the
        // reviewed version took effect: its first cycle starts then, under the reviewed "SLO 1 h, SLA 2 h", not the
        // provisional "SLA 8 h" in force at reporting.
        Instant reported = ReviewedFrom - H(1);
        Instant raised = ReviewedFrom + H(1);
        Incident incident = Record(CriticalVersioned, reported, SlaTicketAttributes.Empty);
        Assert.Equal(CriticalProvisional, Assert.Single(Recorded(incident).SlaAttachments).Definition);
        Assert.Empty(incident.SlaClocks);

        incident.ChangePriority(new ChangeIncidentPriority { Impact = "High", Urgency = "High" }, Desk, raised);

        IncidentPriorityChanged changed = Assert.IsType<IncidentPriorityChanged>(incident.UncommittedEvents[^1]);
        IncidentSlaAttachment recorded = Assert.Single(changed.SlaVersions);
        Assert.Equal((CriticalReviewed, ReviewedFrom), (recorded.Definition, recorded.EffectiveFrom));
        TieredSlaClock clock = incident.Clock("critical-resolution");
        Assert.Equal(ReviewedFrom, clock.DefinitionVersion!.EffectiveFrom);
        TieredSlaStatus status = clock.Evaluate(raised);
        Assert.Equal(raised + H(1), status.Require(SlaTier.Objective).DueAt);
        Assert.Equal(raised + H(2), status.Require(SlaTier.Agreement).DueAt);

        // Rebuilt under options without the versions, or with only the provisional one: the recorded version decides.
        Incident rebuilt = Incident.Rebuild(incident.UncommittedEvents, Only(CriticalProvisional));
        Assert.Equal(incident.SlaClocks, rebuilt.SlaClocks);
        Assert.Equal(ReviewedFrom, rebuilt.Clock("critical-resolution").DefinitionVersion!.EffectiveFrom);
    }

    [Fact]
    public void ChangePriority_FirstClockStartsUnderTheVersionOfReporting_RecordsNoVersions()
    {
        Instant reported = ReviewedFrom - H(2);
        Incident incident = Record(CriticalVersioned, reported, SlaTicketAttributes.Empty);

        incident.ChangePriority(new ChangeIncidentPriority { Impact = "High", Urgency = "High" }, Desk, reported + H(1));

        Assert.Empty(Assert.IsType<IncidentPriorityChanged>(incident.UncommittedEvents[^1]).SlaVersions);
        TieredSlaClock clock = incident.Clock("critical-resolution");
        Assert.Equal(BusinessCalendar.MinSupportedInstant, clock.DefinitionVersion!.EffectiveFrom);
        Assert.Equal(reported + H(9), clock.Evaluate(reported + H(1)).Require(SlaTier.Agreement).DueAt);
    }

    [Fact]
    public void ChangePriority_CancelledClockRestartsUnderANewerVersionWithoutItsOldPriority_UsesTheNewerVersion()
    {
        // Reported High under the provisional version (SLA 4 h); lowered to Medium, which no version has: cancelled. Raised
        // to Critical after the reviewed version (Critical only) took effect: the new cycle runs on the reviewed 1 h / 2 h,
        // not on the provisional Critical 8 h of the version the cancelled cycle used.
        Instant raised = ReviewedFrom + H(1);
        Incident incident = LoweredToMediumThenRaisedToCritical(DroppedVersioned, raised);

        TieredSlaClock clock = incident.Clock("resolution");
        Assert.Equal((ReviewedFrom, "Critical"), (clock.DefinitionVersion!.EffectiveFrom, clock.Priority));
        TieredSlaStatus status = clock.Evaluate(raised);
        Assert.Equal(raised + H(1), status.Require(SlaTier.Objective).DueAt);
        Assert.Equal(raised + H(2), status.Require(SlaTier.Agreement).DueAt);
        Assert.Equal(OnAlways(H(4)), clock.Agreement!.Cycles[0].Target);
        Assert.Equal(incident.SlaClocks, Incident.Rebuild(incident.UncommittedEvents, Only(DroppedProvisional)).SlaClocks);
    }

    [Fact]
    public void ChangePriority_NewerVersionWithoutTheNewPriority_NoClockAndNoFallBackToTheOlderVersion()
    {
        // The reviewed version dropped Critical: raised to Critical after it took effect, the cancelled clock stays
        // cancelled; the provisional Critical 8 h of the version in force at reporting does not apply.
        Incident incident = LoweredToMediumThenRaisedToCritical(CriticalDroppedVersioned, ReviewedFrom + H(1));

        TieredSlaClock clock = incident.Clock("resolution");
        Assert.False(clock.IsActive);
        Assert.Equal((BusinessCalendar.MinSupportedInstant, "High"), (clock.DefinitionVersion!.EffectiveFrom, clock.Priority));
        Assert.Single(clock.Agreement!.Cycles);
        Assert.Equal(incident.SlaClocks, Incident.Rebuild(incident.UncommittedEvents, Only(HighOnlyReviewed)).SlaClocks);
    }

    [Fact]
    public void Reopen_NewerVersionHasTheCurrentPriorityButNotTheEndedClocks_NewCycleUnderTheNewerVersion()
    {
        // Reported High (provisional: High only, SLA 4 h), raised to Critical (not in the provisional version: cancelled),
        // resolved, reopened after the reviewed version (Critical only, 1 h / 2 h) took effect: the reopened cycle runs
        // on the reviewed Critical targets.
        Instant reported = ReviewedFrom - H(5);
        Instant reopened = ReviewedFrom + H(1);
        Incident incident = Record(MovedVersioned, reported, SlaTicketAttributes.Empty);
        incident.ChangePriority(Override("Critical"), Desk, reported + M(30));
        incident.Assign(new AssignIncident("payments-l2"), Desk, reported + H(1));
        incident.StartWork(Engineer, reported + H(1) + M(1));
        incident.Resolve(new ResolveIncident("fixed", "Storage controller replaced."), Engineer, reported + H(2));

        incident.Reopen(new ReopenIncident("Latency again"), Desk, reopened);

        TieredSlaClock clock = incident.Clock("resolution");
        Assert.True(clock.IsActive);
        Assert.Equal((ReviewedFrom, "Critical"), (clock.DefinitionVersion!.EffectiveFrom, clock.Priority));
        TieredSlaStatus status = clock.Evaluate(reopened);
        Assert.Equal(reopened + H(1), status.Require(SlaTier.Objective).DueAt);
        Assert.Equal(reopened + H(2), status.Require(SlaTier.Agreement).DueAt);
        Assert.Equal(incident.SlaClocks, Incident.Rebuild(incident.UncommittedEvents, Only(HighOnlyProvisional)).SlaClocks);
    }

    [Fact]
    public void Record_ServiceAffected_Slo15AndSla30MinutesAndTheRuleRecorded()
    {
        Incident incident = Record(Targeted, Saturday0210, Attributes(serviceAffected: true, urgent: false));

        TieredSlaStatus status = incident.SlaClocksFor(SlaMetric.CustomerNotification)[0].Evaluate(Saturday0210);
        Assert.Equal(Jst(2026, 11, 21, 2, 25), status.Require(SlaTier.Objective).DueAt);
        Assert.Equal(Jst(2026, 11, 21, 2, 40), status.Require(SlaTier.Agreement).DueAt);
        IncidentSlaAttachment attachment = Recorded(incident).SlaAttachments.Single(a => a.Definition.Id == "customer-notification");
        Assert.True(attachment.ChosenByRules);
        Assert.Equal("service affected", attachment.Rule!.Name);
    }

    [Fact]
    public void Record_ServiceNotAffected_Slo60MinutesAndNoSla()
    {
        Incident incident = Record(Targeted, Saturday0210, Attributes(serviceAffected: false, urgent: false));

        TieredSlaClock clock = incident.SlaClocksFor(SlaMetric.CustomerNotification)[0];
        Assert.Equal(Jst(2026, 11, 21, 3, 10), clock.Evaluate(Saturday0210).Require(SlaTier.Objective).DueAt);
        Assert.Null(clock.Agreement);
        Assert.False(clock.Evaluate(Saturday0210).TryGet(SlaTier.Agreement, out _));
        Assert.Equal("service not affected", Recorded(incident).SlaAttachments.Single(a => a.Definition.Id == "customer-notification").Rule!.Name);
    }

    [Fact]
    public void Record_RuleWithItsOwnCalendar_MeasuresOnThatCalendar()
    {
        // Saturday 02:10: one working hour on 24x7 is 03:10; on the office calendar it would be Monday 10:00.
        Incident urgent = Record(Targeted, Saturday0210, Attributes(serviceAffected: true, urgent: true));
        Incident standard = Record(Targeted, Saturday0210, Attributes(serviceAffected: true, urgent: false));

        Assert.Equal(Jst(2026, 11, 21, 3, 10), urgent.SlaClocksFor(SlaMetric.FirstResponse)[0].Evaluate(Saturday0210).Require(SlaTier.Agreement).DueAt);
        Assert.Equal(Jst(2026, 11, 24, 10), standard.SlaClocksFor(SlaMetric.FirstResponse)[0].Evaluate(Saturday0210).Require(SlaTier.Agreement).DueAt);
        Assert.Equal(AlwaysId, Recorded(urgent).SlaAttachments.Single(a => a.Definition.Id == "first-response").Rule!.CalendarId);
    }

    [Fact]
    public void ChangePriority_RuleChosenTargets_DoNotMove()
    {
        Incident incident = Record(Targeted, Saturday0210, Attributes(serviceAffected: false, urgent: false));

        incident.ChangePriority(new ChangeIncidentPriority { Impact = "High", Urgency = "High" }, Desk, Saturday0210 + M(5));

        Assert.Equal(PriorityScale.Default.Get("Critical"), incident.Priority);
        TieredSlaClock clock = incident.SlaClocksFor(SlaMetric.CustomerNotification)[0];
        Assert.Equal("service-not-affected", clock.Priority);
        Assert.Equal(Jst(2026, 11, 21, 3, 10), clock.Evaluate(Saturday0210 + M(5)).Require(SlaTier.Objective).DueAt);
    }

    [Fact]
    public void Record_AttributesThatDoNotFitTheRules_RefusedByTheValidator()
    {
        var missing = SlaTicketAttributes.Empty.With("serviceAffected", true);
        var undeclared = Attributes(serviceAffected: true, urgent: false).With("vip", true);

        FluentValidation.ValidationException ex1 = Assert.Throws<FluentValidation.ValidationException>(() => Record(Targeted, Saturday0210, missing));
        FluentValidation.ValidationException ex2 = Assert.Throws<FluentValidation.ValidationException>(() => Record(Targeted, Saturday0210, undeclared));

        Assert.Contains(ex1.Errors, e => e.ErrorCode == "Incident.SlaAttributes.Unknown" && e.ErrorMessage.Contains("'urgent' is missing", StringComparison.Ordinal));
        Assert.Contains(ex2.Errors, e => e.ErrorCode == "Incident.SlaAttributes.Unknown" && e.ErrorMessage.Contains("'vip' is not an attribute", StringComparison.Ordinal));
    }

    [Fact]
    public void IncidentRules_TargetRulesOverADefinitionNotAttached_Refused()
    {
        ArgumentException ex = Assert.Throws<ArgumentException>(() => Rules(o => o.SlaTargetRules.Add(NotificationRules)));

        Assert.Contains("SlaTargetRules[0]: the rules are over SLA definition 'customer-notification', which is not in SlaDefinitions", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SlaMeasurements_BothTiers_OneListWithTheTierOnEachMeasurement()
    {
        Incident incident = Record(Targeted, Saturday0210, Attributes(serviceAffected: true, urgent: false));
        incident.RecordCommunication(
            new RecordStakeholderCommunication(StakeholderAudience.Customer, CommunicationDirection.Outbound, "All customers", "We are investigating."),
            Desk,
            Saturday0210 + M(20));

        IReadOnlyList<SlaMeasurement> measurements = incident.SlaMeasurements(Saturday0210 + M(20));

        // Notification: SLO 15 min breached, SLA 30 min met, both stopped at 02:30. First response: SLA only, stopped.
        Assert.Equal(
            ["customer-notification Objective Breached", "customer-notification Agreement Met", "first-response Agreement Met"],
            measurements.Select(m => $"{m.Metric.Name} {m.Tier} {m.Outcome}"));
        Assert.All(measurements, m => Assert.Equal(incident.Id.Value, m.TicketId));
        Assert.Equal(SlaMeasurement.FromClock(incident.Id.Value, SlaMetric.CustomerNotification, "service-affected",
            incident.SlaClocksFor(SlaMetric.CustomerNotification)[0].Objective!, Saturday0210 + M(20))[0] with { Tier = SlaTier.Objective }, measurements[0]);
        SlaComplianceReport report = SlaComplianceReport.Create(measurements, new SlaComplianceReportOptions { From = new YearMonth(2026, 11), To = new YearMonth(2026, 11), Zone = Tokyo });
        Assert.NotNull(report);
    }

    [Fact]
    public void SlaMeasurements_BeforeTheReport_Refused() =>
        Assert.Throws<ArgumentOutOfRangeException>("now", () => Record(Targeted, Saturday0210, Attributes(true, false)).SlaMeasurements(Saturday0210 - Duration.Epsilon));

    /// <summary>Rules with the reviewed definition configured and both versions: the provisional one from the beginning, the reviewed one from <see cref="ReviewedFrom"/>.</summary>
    private static IncidentRules VersionsOf(SlaDefinition provisional, SlaDefinition reviewed) => Rules(o =>
    {
        o.SlaDefinitions.Add(reviewed);
        o.SlaDefinitionVersions = SlaDefinitionCatalog.Empty.Add(provisional).Add(reviewed, ReviewedFrom);
    });

    private static ChangeIncidentPriority Override(string priority) => new() { OverridePriority = priority, Reason = "Reassessed" };

    /// <summary>
    /// Reported High three hours before the reviewed version, lowered to Medium (which no version has: the resolution clock
    /// is cancelled) an hour later, raised to Critical at <paramref name="raised"/>.
    /// </summary>
    private static Incident LoweredToMediumThenRaisedToCritical(IncidentRules rules, Instant raised)
    {
        Instant reported = ReviewedFrom - H(3);
        Incident incident = Record(rules, reported, SlaTicketAttributes.Empty);
        incident.ChangePriority(Override("Medium"), Desk, reported + H(1));
        Assert.False(incident.Clock("resolution").IsActive);
        incident.ChangePriority(Override("Critical"), Desk, raised);
        return incident;
    }

    private static SlaTicketAttributes Attributes(bool serviceAffected, bool urgent) =>
        SlaTicketAttributes.Empty.With("serviceAffected", serviceAffected).With("urgent", urgent);

    private static IncidentRecorded Recorded(Incident incident) => Assert.IsType<IncidentRecorded>(incident.UncommittedEvents[0]);

    private static Incident Record(IncidentRules rules, Instant at, SlaTicketAttributes attributes) =>
        Incident.Record(
            RecordIncident.Titled("Storage latency alert").From(Reporter, ReportingChannel.Monitoring).Rated("Medium", "High") with { SlaAttributes = attributes },
            Id,
            Desk,
            at,
            rules);
}
