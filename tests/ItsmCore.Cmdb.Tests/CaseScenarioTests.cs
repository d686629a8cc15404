using System;
using System.Collections.Generic;
using System.Linq;
using ItsmCore.Primitives;
using NodaTime;
using static ItsmCore.Cmdb.Tests.CaseCmdb;

namespace ItsmCore.Cmdb.Tests;

/// <summary>The domain brief's CMDB cases (2, 9/14, 10, 16) as executable scenarios.</summary>
public sealed class CaseScenarioTests
{
    private static readonly CmdbGraph Graph = CmdbGraph.Compile(History().AsOf(At(2026, 3, 1), At(2026, 3, 1)));

    public static TheoryData<string, string, string> SingleFailures => new()
    {
        // failed CI, services down, services degraded
        { "lb-1", "svc-payment,svc-sales", string.Empty },
        { "fw-1", "svc-monitoring,svc-payment,svc-sales", string.Empty },
        { "web-1", string.Empty, "svc-payment,svc-sales" },
        { "web-2", string.Empty, "svc-payment,svc-sales" },
        { "db-1", string.Empty, "svc-payment,svc-sales" },
        { "db-2", string.Empty, "svc-payment,svc-sales" },
        { "if-payment", "svc-payment", string.Empty },
        { "if-monitoring", "svc-monitoring", string.Empty },
        { "tape-1", string.Empty, "svc-backup" },
    };

    [Theory]
    [MemberData(nameof(SingleFailures))]
    public void Case10CiSet_EachFailure_TakesDownOrDegradesTheExpectedServices(string failed, string down, string degraded)
    {
        ImpactResult result = Graph.Impact(Id(failed));
        string Services(ImpactState state) => string.Join(",", result.Where(i => i.IsBusinessService && i.State == state).Select(i => i.Id.Value));
        Assert.Equal(down, Services(ImpactState.Down));
        Assert.Equal(degraded, Services(ImpactState.Degraded));
        Assert.True(result.Take(result.BusinessServiceCount).All(i => i.IsBusinessService));
    }

    [Fact]
    public void Case10CiSet_DbServerDown_ExplainsTheSalesDegradationThroughBothClusters()
    {
        ImpactResult result = Graph.Impact(Id("db-1"));
        Assert.Equal(ImpactState.Up, result.StateOf(Id("db-2"))); // the group never passes its state to its members
        Assert.Equal(
            "db-1 (input); db-1 member of db-cluster (quorum degraded: 1 of 2 up, minimum 1); db-cluster used by web-1; "
            + "web-1 member of app-pool (quorum degraded: 2 of 2 up, minimum 1); app-pool used by svc-sales",
            result.Explain(Id("svc-sales"))!.ToString());
    }

    [Fact]
    public void Case2_PaymentSupplierOutage_TakesDownPaymentIntegrationOnlyAndNamesTheSupplierInterface()
    {
        // Supplier outage from 13:30 JST: the payment network interface is Down.
        ImpactResult result = Graph.Impact(Id("if-payment"));
        Assert.Equal(new[] { ("svc-payment", ImpactState.Down), ("if-payment", ImpactState.Down) }, result.Select(i => (i.Id.Value, i.State)));
        ImpactExplanation why = result.Explain(Id("svc-payment"))!;
        Assert.Equal("if-payment used by svc-payment", why.Steps.Single().ToString());
        Assert.Equal("Payment network operator", Graph.Snapshot.Find(why.Cause)!.Supplier);
        Assert.Equal(ImpactState.Up, result.StateOf(Id("svc-sales")));

        // Sales reports the failing payments at 14:00: the candidates upstream of the failing service and the failed
        // interface check rank the interface (and what it relies on) first.
        IReadOnlyList<RootCauseCandidate> candidates = Graph.RootCauseCandidates(new[] { Id("svc-payment"), Id("if-payment") });
        Assert.Equal(new[] { ("fw-1", 2), ("if-payment", 2) }, candidates.Take(2).Select(c => (c.Id.Value, c.Explains)));
    }

    [Fact]
    public void Case9_RollingDeployment_OneApplicationServerAtATimeKeepsEveryServiceUp()
    {
        foreach (string server in new[] { "web-1", "web-2" })
        {
            PlannedOutage step = Graph.PlanOutage(new[] { Id(server) });
            Assert.True(step.NoServiceDown);
            Assert.Equal(new[] { "svc-payment", "svc-sales" }, step.ServicesDegraded.Select(s => s.Value));
            Assert.Equal(new[] { "svc-backup", "svc-monitoring" }, step.ServicesUp.Select(s => s.Value));
        }

        // The old deployment stopped every application server at once ("sorry" page): both services down.
        PlannedOutage old = Graph.PlanOutage(new[] { Id("web-1"), Id("web-2") });
        Assert.Equal(new[] { "svc-payment", "svc-sales" }, old.ServicesDown.Select(s => s.Value));
    }

    [Fact]
    public void Case10_TapeLibrary_ThreeOfFourForFourDaysDegradedNotDownThenContactsReverified()
    {
        // Unit 2 fails on Monday 2026-03-02 09:00 JST and is repaired four days later: both recorded contacts fail.
        Instant failed = At(2026, 3, 2, 9);
        Instant repaired = At(2026, 3, 6, 9);
        CmdbHistory history = History();
        CmdbSnapshot atFailure = history.AsOf(failed, failed);

        // Staleness at the failure: every contact older than a year, with the reference that applied.
        CmdbHealthReport before = CmdbHealthReport.Create(atFailure, new HealthPolicy { Zone = Tokyo }, failed);
        ReverificationTask[] tape2 = before.StaleContacts.Where(t => t.Item.Value == "tape-2").ToArray();
        Assert.Equal(
            new[] { (ContactRoles.Manufacturer, ContactReference.Acquisition, At(2020, 4, 1)), (ContactRoles.MaintenanceContractor, ContactReference.LastVerification, At(2025, 10, 1)) },
            tape2.Select(t => (t.Contact.Role, t.Reference, t.DueAt!.Value)));

        // The calls on the day of the failure are recorded: both unreachable.
        var unreachable = new ContactVerification(failed + Duration.FromMinutes(20), Actor.Of("ops.sato"), VerificationOutcome.Unreachable);
        ConfigurationItemRecord unit = atFailure.Find(Id("tape-2"))!
            .WithVerification(ContactRoles.MaintenanceContractor, unreachable)
            .WithVerification(ContactRoles.Manufacturer, unreachable);
        history = history.Append(new[] { CmdbFact.ForItem(unit, unreachable.At, null, unreachable.At) });

        // The library over the week: evaluate the impact on every segment between the outage's boundaries.
        CmdbGraph graph = CmdbGraph.Compile(history.AsOf(failed, repaired));
        var boundaries = new[] { At(2026, 3, 1), failed, repaired, At(2026, 3, 8) };
        var time = new Dictionary<ImpactState, Duration>();
        for (int i = 0; i + 1 < boundaries.Length; i++)
        {
            bool unitDown = boundaries[i] >= failed && boundaries[i] < repaired;
            ImpactResult segment = graph.Impact(unitDown ? new[] { Id("tape-2") } : Array.Empty<ConfigurationItemId>(), Array.Empty<ConfigurationItemId>());
            ImpactState state = segment.StateOf(Id("tape-lib"));
            time[state] = time.GetValueOrDefault(state) + (boundaries[i + 1] - boundaries[i]);
        }

        Assert.Equal(Duration.FromDays(4), time[ImpactState.Degraded]);
        Assert.False(time.ContainsKey(ImpactState.Down));
        ExplanationStep quorum = graph.Impact(Id("tape-2")).Explain(Id("tape-lib"))!.Steps.Single();
        Assert.Equal((3, 4, 3, ImpactState.Degraded), (quorum.Up, quorum.Members, quorum.MinUp, quorum.State));
        Assert.Equal(ImpactState.Degraded, graph.Impact(Id("tape-2")).StateOf(Id("svc-backup")));

        // Remedy: every CI whose contact data is older than one year is re-verified. The work list at the repair.
        CmdbHealthReport remedy = CmdbHealthReport.Create(history.AsOf(repaired, repaired), new HealthPolicy { Zone = Tokyo }, repaired);
        Assert.Equal(new[] { "tape-1", "tape-2", "tape-3", "tape-4" }, remedy.StaleContacts.Select(t => t.Item.Value).Distinct().Order(StringComparer.Ordinal));
        Assert.All(remedy.StaleContacts.Where(t => t.Item.Value == "tape-2"), t => Assert.Equal(unreachable.At, t.DueAt));

        // Verifications recorded (corrected contacts for tape-2, reachable for the others): the list empties.
        Instant verifiedAt = At(2026, 3, 10, 10);
        var facts = new List<CmdbFact>();
        foreach (string id in remedy.StaleContacts.Select(t => t.Item.Value).Distinct())
        {
            ConfigurationItemRecord record = history.AsOf(verifiedAt, verifiedAt).Find(Id(id))!;
            VerificationOutcome outcome = id == "tape-2" ? VerificationOutcome.Corrected : VerificationOutcome.Reachable;
            foreach (string role in record.Contacts.Select(c => c.Role).Distinct())
            {
                record = record.WithVerification(role, new ContactVerification(verifiedAt, Actor.Of("ops.ito"), outcome));
            }

            facts.Add(CmdbFact.ForItem(record, verifiedAt, null, verifiedAt));
        }

        history = history.Append(facts);
        CmdbHealthReport after = CmdbHealthReport.Create(history.AsOf(verifiedAt, verifiedAt), new HealthPolicy { Zone = Tokyo }, verifiedAt);
        Assert.Empty(after.StaleContacts);
        Assert.Equal(At(2027, 3, 10, 10), after.WorkList.First(t => t.Item.Value == "tape-2").DueAt);

        // What the operator saw at the failure is still there: as known at the failure, no verification of March.
        Assert.Null(history.AsOf(repaired, failed).Find(Id("tape-2"))!.Contacts[1].LastVerification);
    }

    [Fact]
    public void Case10_TapeLibrary_VerificationRecordedAsAggregateEvents_VisibleInHealthReportAfterProjection()
    {
        Instant failed = At(2026, 3, 2, 9);
        Instant verifiedAt = At(2026, 3, 10, 10);
        CmdbHistory history = History();
        var rules = ConfigurationItemRules.Create(new ConfigurationItemOptions { Classes = history.Classes, RelationshipTypes = history.RelationshipTypes });
        ConfigurationItemRecord unit = history.AsOf(failed, failed).Find(Id("tape-2"))!;
        ConfigurationItem item = ConfigurationItem.Rebuild(
            [new ConfigurationItemRecorded(unit.Id, 1, failed, Actor.Of("import"), null, failed, null, unit)], rules);

        // The calls on the day of the failure, then the corrected contacts a week later: events on the aggregate.
        item.VerifyContact(new VerifyConfigurationItemContact(ContactRoles.MaintenanceContractor, VerificationOutcome.Unreachable) { ValidFrom = failed }, Actor.Of("ops.sato"), failed + Duration.FromMinutes(20));
        item.VerifyContact(new VerifyConfigurationItemContact(ContactRoles.MaintenanceContractor, VerificationOutcome.Corrected, CorrectedReach: "03-5555-0101") { Cause = "CHG-2026-031" }, Actor.Of("ops.ito"), verifiedAt);
        item.VerifyContact(new VerifyConfigurationItemContact(ContactRoles.Manufacturer, VerificationOutcome.Reachable), Actor.Of("ops.ito"), verifiedAt);
        Assert.Equal(3, item.UncommittedEvents.Count);
        Assert.All(item.UncommittedEvents, e => Assert.IsType<ConfigurationItemContactVerified>(e));

        history = history.Append(ConfigurationItemProjection.ToFacts(item.UncommittedEvents, verifiedAt));
        CmdbHealthReport report = CmdbHealthReport.Create(history.AsOf(verifiedAt, verifiedAt), new HealthPolicy { Zone = Tokyo }, verifiedAt);

        Assert.DoesNotContain(report.StaleContacts, t => t.Item.Value == "tape-2");
        ReverificationTask[] tape2 = report.WorkList.Where(t => t.Item.Value == "tape-2").ToArray();
        Assert.Equal(2, tape2.Length);
        Assert.All(tape2, t => Assert.Equal((ContactReference.LastVerification, At(2027, 3, 10, 10)), (t.Reference, t.DueAt!.Value)));
        Contact contractor = tape2.Single(t => t.Contact.Role == ContactRoles.MaintenanceContractor).Contact;
        Assert.Equal(("03-5555-0101", VerificationOutcome.Corrected, "ops.ito"), (contractor.Reach, contractor.LastVerification!.Outcome, contractor.LastVerification.By.Id));
        // The other tape units were not verified: still on the work list as stale.
        Assert.Contains(report.StaleContacts, t => t.Item.Value == "tape-1");
        // As known before the commit instant, the verifications are not there.
        Assert.Contains(CmdbHealthReport.Create(history.AsOf(verifiedAt, verifiedAt - Duration.FromSeconds(1)), new HealthPolicy { Zone = Tokyo }, verifiedAt).StaleContacts, t => t.Item.Value == "tape-2");
    }

    [Fact]
    public void Case10CiSet_ConformsToItsClasses()
    {
        CmdbSnapshot snapshot = Graph.Snapshot;
        Assert.All(snapshot.Items, i => Assert.Empty(snapshot.Classes.Check(i)));
        CmdbHealthReport report = CmdbHealthReport.Create(snapshot, new HealthPolicy(), At(2026, 3, 1));
        Assert.Empty(report.Orphans);
        Assert.Empty(report.GroupsBelowQuorum);
        Assert.Empty(report.LikelyDuplicates);
    }
}
