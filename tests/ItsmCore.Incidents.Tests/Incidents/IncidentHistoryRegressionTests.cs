using System.Collections.Generic;
using System.Linq;
using ItsmCore.Classification;
using ItsmCore.Sla;
using NodaTime;
using Xunit;
using static ItsmCore.Incidents.Tests.Incidents.Kit;

namespace ItsmCore.Incidents.Tests.Incidents;

/// <summary>
/// History never changes under the host: the SLA definitions (targets, tiers, calendars, change policies) and the
/// major-incident calendar an incident was recorded with are written into <see cref="IncidentRecorded"/>, so a rebuild
/// under edited and reordered options yields the same deadlines and breaches. Before, a rebuild re-derived them from the
/// current <see cref="IncidentOptions.SlaDefinitions"/> and silently moved the deadlines of stored incidents.
/// </summary>
public sealed class IncidentHistoryRegressionTests
{
    private static readonly Instant[] Probes =
        Enumerable.Range(0, 60).Select(i => Friday1600 + Duration.FromMinutes(17 * i * i)).ToArray();

    /// <summary>Other targets (5 minutes on 24x7 for everything), another change policy, the reverse order, an extra definition and another major-incident policy.</summary>
    private static IncidentRules Edited { get; } = Rules(o =>
    {
        o.SlaDefinitions.Add(Single(SlaMetric.RecurringUpdate, OnAlways(M(5)), SlaTargetChangePolicy.Restart, "interim-update"));
        o.SlaDefinitions.Add(Single(SlaMetric.CustomerNotification, OnAlways(M(5)), SlaTargetChangePolicy.Restart, "customer-notification"));
        o.SlaDefinitions.Add(Single(SlaMetric.Resolution, OnAlways(M(5)), SlaTargetChangePolicy.Restart, "resolution"));
        o.SlaDefinitions.Add(Single(SlaMetric.FirstResponse, OnAlways(M(5)), SlaTargetChangePolicy.Restart, "first-response"));
        o.SlaDefinitions.Add(Single(SlaMetric.Resolution, OnAlways(M(1)), id: "added-later"));
        o.MajorIncidentPolicy = new MajorIncidentPolicy(1, OfficeId);
    });

    [Fact]
    public void Rebuild_SlaDefinitionsChangedAndReordered_SameDeadlinesAndBreaches()
    {
        foreach (Incident live in Recorded())
        {
            Incident rebuilt = Incident.Rebuild(live.UncommittedEvents, Edited);

            Assert.Equal(Measure(live), Measure(rebuilt));
            Assert.Equal(live.SlaClocks.Select(c => c.Definition.Id), rebuilt.SlaClocks.Select(c => c.Definition.Id));
            Assert.Equal(live.NextChangeAt(Friday1600), rebuilt.NextChangeAt(Friday1600));
        }
    }

    [Fact]
    public void Rebuild_SlaDefinitionsChangedAndReordered_BreachesAreStillReported()
    {
        // Guards the test above against comparing nothing: the recorded incidents do breach and do have deadlines.
        List<string> measured = Recorded().SelectMany(Measure).ToList();

        Assert.Contains(measured, m => m.Contains("breached=True", System.StringComparison.Ordinal));
        Assert.Contains(measured, m => m.Contains("breached=False", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Record_StandardRules_EventCarriesTheAttachedDefinitionsAndTheMajorCalendar()
    {
        Incident ordinary = Record();
        Incident major = Record(severity: 3);

        IncidentRecorded recorded = Assert.IsType<IncidentRecorded>(ordinary.UncommittedEvents[0]);
        Assert.Equal(Standard.SlaDefinitions, recorded.SlaAttachments.Select(a => a.Definition));
        Assert.All(recorded.SlaAttachments, a => Assert.False(a.ChosenByRules));
        Assert.Null(recorded.SlaCalendar);
        Assert.Equal(MajorIncidentPolicy.Default.CalendarId, Assert.IsType<IncidentRecorded>(major.UncommittedEvents[0]).SlaCalendar);
    }

    [Fact]
    public void Record_EditedRulesAfterRecording_LiveIncidentKeepsItsDefinitions()
    {
        Incident live = Record();
        Incident underEdited = Incident.Rebuild(live.UncommittedEvents, Edited);

        // The resolution target stays High 2h/4h on jp-office (recorded), not 5 minutes on 24x7 (edited).
        Assert.Equal(Jst(2026, 6, 8, 11), underEdited.Agreement("resolution", Friday1600).DueAt);
        Assert.DoesNotContain(underEdited.SlaClocks, c => c.Definition.Id == "added-later");
    }

    [Fact]
    public void Rebuild_TargetRulesAndVersionsChanged_SameDeadlinesAndTheRecordedRuleAndVersion()
    {
        // Recorded under case 1's target rules (service affected: SLO 15 min, SLA 30 min on 24x7) and a versioned
        // resolution definition; rebuilt under options with neither (Edited: 5 minutes for everything by priority).
        SlaDefinition notification = SlaDefinition.CreateBuilder("customer-notification", SlaMetric.CustomerNotification)
            .WithPriority("service-affected", OnAlways(M(15)), OnAlways(M(30)))
            .WithPriority("service-not-affected", OnAlways(M(60)), null)
            .Build();
        SlaDefinition resolution = Single(SlaMetric.Resolution, OnOffice(H(6)), id: "resolution");
        Instant effective = Friday1600 - H(1);

        // A definition with a target only for Critical, versioned between the report and the change to Critical: its
        // first clock starts at the change, under the version in force then, which the change records.
        SlaDefinition critical = SlaDefinition.CreateBuilder("critical-resolution", SlaMetric.Resolution).WithPriority("Critical", null, OnAlways(H(1))).Build();
        Instant criticalEffective = Friday1600 + M(1);
        IncidentRules ruled = Rules(o =>
        {
            o.SlaDefinitions.Add(notification);
            o.SlaDefinitions.Add(resolution);
            o.SlaDefinitions.Add(critical);
            o.SlaTargetRules.Add(SlaTargetRules.CreateBuilder(notification)
                .DeclareFlag("serviceAffected")
                .AddRule("service affected", "service-affected", SlaCondition.FlagIs("serviceAffected", true))
                .AddRule("service not affected", "service-not-affected", SlaCondition.FlagIs("serviceAffected", false))
                .Build());
            o.SlaDefinitionVersions = SlaDefinitionCatalog.Empty
                .Add(Single(SlaMetric.Resolution, OnOffice(H(40)), id: "resolution")).Add(resolution, effective)
                .Add(SlaDefinition.CreateBuilder("critical-resolution", SlaMetric.Resolution).WithPriority("Critical", null, OnOffice(H(40))).Build())
                .Add(critical, criticalEffective);
        });
        Incident live = Incident.Record(
            RecordCommand() with { SlaAttributes = SlaTicketAttributes.Empty.With("serviceAffected", true) }, Id, Desk, Friday1600, ruled);
        live.ChangePriority(new ChangeIncidentPriority { Urgency = "High", Reason = "More customers affected" }, Desk, Friday1600 + M(5));

        Incident rebuilt = Incident.Rebuild(live.UncommittedEvents, Edited);

        Assert.Equal(Measure(live), Measure(rebuilt));
        Assert.Contains(Measure(live), m => m.StartsWith("customer-notification service-affected objective", System.StringComparison.Ordinal));
        Assert.Equal(Friday1600 + M(30), rebuilt.Agreement("customer-notification", Friday1600).DueAt);
        IncidentRecorded recorded = Assert.IsType<IncidentRecorded>(live.UncommittedEvents[0]);
        Assert.Equal("service affected", recorded.SlaAttachments[0].Rule!.Name);
        Assert.Equal(effective, recorded.SlaAttachments[1].EffectiveFrom);
        Assert.Equal(effective, rebuilt.Clock("resolution").DefinitionVersion!.EffectiveFrom);
        Assert.Equal(criticalEffective, rebuilt.Clock("critical-resolution").DefinitionVersion!.EffectiveFrom);
        Assert.Equal(Friday1600 + M(65), rebuilt.Agreement("critical-resolution", Friday1600 + M(5)).DueAt);
    }

    private static IEnumerable<Incident> Recorded()
    {
        Instant at = Friday1600;

        // Reprioritised, on hold (paused), resumed and resolved on Monday.
        Incident worked = Record();
        worked.Assign(new AssignIncident("payments-l2") { Assignee = Engineer }, Desk, at += M(10));
        worked.StartWork(Engineer, at += H(1));
        worked.ChangePriority(new ChangeIncidentPriority { Urgency = "High", Reason = "More customers affected" }, Engineer, at += M(30));
        worked.PutOnHold(new PutIncidentOnHold(HoldReason.AwaitingCustomer), Engineer, at += M(20));
        worked.AddComment(new AddIncidentComment(CommentVisibility.CustomerVisible, "Please send the order ids."), Engineer, at += M(1));
        worked.Resume(Engineer, at = Jst(2026, 6, 8, 10));
        worked.Resolve(new ResolveIncident("fixed", "Gateway pool restarted."), Engineer, at += H(3));
        yield return worked;

        // Major by policy at recording: its clocks run on 24x7 from the start; left open.
        Incident major = Record(severity: 3);
        major.RecordCommunication(
            new RecordStakeholderCommunication(StakeholderAudience.Customer, CommunicationDirection.Outbound, "All customers", "We are investigating."),
            Manager,
            Friday1600 + M(45));
        yield return major;

        // Cancelled after its first-response clock breached.
        Incident cancelled = Record(impact: "Low", urgency: "Low");
        cancelled.Cancel(new CancelIncident("Duplicate of INC-0002"), Desk, Jst(2026, 6, 9, 12));
        yield return cancelled;
    }

    private static IEnumerable<string> Measure(Incident incident) =>
        incident.SlaClocks.SelectMany(clock => Probes.Where(t => t >= incident.LastEventAt).Select(t => (clock, status: clock.Evaluate(t))))
            .SelectMany(x => new[] { (tier: "objective", s: x.status.Objective), (tier: "agreement", s: x.status.Agreement) }
                .Where(t => t.s is not null)
                .Select(t => $"{x.clock.Definition.Id} {x.clock.Priority} {t.tier} at {x.status.At}: due={t.s!.Value.DueAt} breached={t.s.Value.IsBreached} state={t.s.Value.State}"));
}
