using System.Collections.Generic;
using System.Linq;
using ItsmCore.Changes;
using ItsmCore.Classification;
using ItsmCore.Cmdb;
using ItsmCore.Primitives;
using ItsmCore.Problems;
using ItsmCore.Samples.Host.Changes;
using NodaTime;

namespace ItsmCore.Samples.Host.Tests;

/// <summary>
/// Live problems, configuration items and changes taken through their commands, together raising every event type of
/// each aggregate (the codec tests check that by reflection), with the optional fields filled where a command allows.
/// Each step is one <c>Action</c>, so a test can save after any of them.
/// </summary>
internal static class AggregateHistories
{
    public static readonly Instant T0 = Instant.FromUtc(2026, 11, 20, 6, 0);

    private static readonly Actor Analyst = Actor.Of("analyst", "Problem analyst");
    private static readonly Actor Lead = Actor.Of("payments-lead", "Payments team lead");
    private static readonly Actor Ops = Actor.Of("ops.sato");
    private static readonly Actor Manager = Actor.Of("change-manager", "Change manager");

    public static readonly ConfigurationItemRules CmdbRules = ConfigurationItemRules.Create(new ConfigurationItemOptions
    {
        Classes = ClassCatalogue.Create(new[]
        {
            new ConfigurationItemClass("device", null, new[] { new AttributeDefinition("maker", AttributeType.Text, required: true) }),
            new ConfigurationItemClass("tape-unit", "device", new[] { new AttributeDefinition("slots", AttributeType.Integer, required: false), new AttributeDefinition("checked", AttributeType.Boolean, required: false), new AttributeDefinition("since", AttributeType.Date, required: false) }),
            new ConfigurationItemClass("redundancy-group", null, System.Array.Empty<AttributeDefinition>()),
        }),
    });

    private static Instant At(int step) => T0 + Duration.FromMinutes(10 * step);

    /// <summary>A problem recorded, edited, linked, investigated, a known error, resolved, reopened, resolved and closed.</summary>
    public static (Problem Live, IReadOnlyList<System.Action<Problem>> Steps) Problem(string id = "PRB-1")
    {
        Problem p = ItsmCore.Problems.Problem.Record(
            new RecordProblem("Card payments fail after supplier outages", "Payments stay unconfirmed when the payment network degrades.", CategoryPath.Parse("Payments/Card"), "High", "Medium",
                [new IncidentId("INC-20261120-0042")], [new ConfigurationItemId("payment-network-interface")]),
            new ProblemId(id), Analyst, At(0), ProblemRules.Default);
        int n = 0;
        Instant Next() => At(++n);
        System.Action<Problem>[] steps =
        [
            x => x.UpdateDetails(new UpdateProblemDetails(Title: "Card payments fail during payment-network outages", Category: CategoryPath.Parse("Payments/Network")), Analyst, Next()),
            x => x.ChangePriority(new ChangeProblemPriority("High", "High"), Analyst, Next()),
            x => x.Assign(new AssignProblem("payments-team", Lead), Analyst, Next()),
            x => x.LinkIncident(new LinkProblemIncident(new IncidentId("INC-2")), Analyst, Next()),
            x => x.UnlinkIncident(new UnlinkProblemIncident(new IncidentId("INC-2"), "another cause"), Analyst, Next()),
            x => x.LinkConfigurationItem(new LinkProblemConfigurationItem(new ConfigurationItemId("payment-gateway")), Analyst, Next()),
            x => x.UnlinkConfigurationItem(new UnlinkProblemConfigurationItem(new ConfigurationItemId("payment-gateway"), "not affected"), Analyst, Next()),
            x => x.StartInvestigation(new InvestigateProblem("bridge opened"), Lead, Next()),
            x => x.AddRootCauseNote(new AddRootCauseNote("Unconfirmed authorisations are never re-sent"), Lead, Next()),
            x => x.IdentifyRootCause(new IdentifyRootCause("No retry of unconfirmed authorisations"), Lead, Next()),
            x => x.PublishWorkaround(new PublishWorkaround("Re-send unconfirmed payments by hand"), Lead, Next()),
            x => x.RecordKnownError(new RecordKnownError("Payments unconfirmed after a network outage"), Lead, Next()),
            x => x.Resolve(new ResolveProblem("fixed", "The reconciliation patch re-sends unconfirmed payments", new ChangeId("CHG-1")), Lead, Next()),
            x => x.Reopen(new ReopenProblem("failed again on 21 November"), Analyst, Next()),
            x => x.Resolve(new ResolveProblem("fixed", "Patch v2"), Lead, Next()),
            x => x.Close(new CloseProblem("verified for a week"), Analyst, Next()),
        ];
        return (p, steps);
    }

    /// <summary>A problem recorded and cancelled.</summary>
    public static Problem CancelledProblem()
    {
        Problem p = ItsmCore.Problems.Problem.Record(new RecordProblem("Duplicate", "Same as PRB-1.", default, "Low", "Low"), new ProblemId("PRB-2"), Analyst, At(0), ProblemRules.Default);
        p.Cancel(new CancelProblem("duplicate of PRB-1"), Analyst, At(1));
        return p;
    }

    /// <summary>A tape unit recorded, put in production, renamed, given attributes, a contact, a document and a relationship, reclassed, grouped and ungrouped.</summary>
    public static (ConfigurationItem Live, IReadOnlyList<System.Action<ConfigurationItem>> Steps) Item(string id = "tape-1")
    {
        var record = new ConfigurationItemRecord(new ConfigurationItemId(id), "Tape unit " + id, "tape-unit") { Status = ConfigurationItemStatus.Planned, Location = "Tokyo DC", Criticality = BusinessCriticality.High }
            .WithAttribute("maker", AttributeValue.Of("IBM"));
        ConfigurationItem item = ConfigurationItem.Record(new RecordConfigurationItem(record), Ops, At(0), CmdbRules);
        int n = 0;
        Instant Next() => At(++n);
        System.Action<ConfigurationItem>[] steps =
        [
            x => x.ChangeStatus(new ChangeConfigurationItemStatus(ConfigurationItemTrigger.PutInProduction) { Cause = "CHG-1" }, Ops, Next()),
            x => x.Rename(new RenameConfigurationItem("Tape unit A") { ValidTo = At(100) }, Ops, Next()),
            x => x.UpdateAttributes(
                new UpdateConfigurationItemAttributes(new Dictionary<string, AttributeValue> { ["slots"] = AttributeValue.Of(24m), ["checked"] = AttributeValue.Of(true), ["since"] = AttributeValue.Of(new LocalDate(2019, 4, 1)) })
                {
                    SerialNumber = "TS-0001",
                    AcquiredOn = new LocalDate(2019, 4, 1),
                },
                Ops,
                Next()),
            x => x.AddContact(new AddConfigurationItemContact(new Contact(ContactRoles.MaintenanceContractor, "Tape Maintenance Co.", "03-1111-2222", null)), Ops, Next()),
            x => x.VerifyContact(new VerifyConfigurationItemContact(ContactRoles.MaintenanceContractor, VerificationOutcome.Unreachable), Ops, Next()),
            x => x.AddDocument(new AddConfigurationItemDocument(new ItemDocument(DocumentKind.Licence, "Firmware licence", "LIC-9", new LocalDate(2027, 1, 1))), Ops, Next()),
            x => x.AddRelationship(new AddConfigurationItemRelationship(new RelationshipId("r1"), "member of", new ConfigurationItemId("tape-lib")) { Cause = "CHG-2" }, Ops, Next()),
            x => x.ChangeClass(new ChangeConfigurationItemClass("device"), Ops, Next()),
            x => x.DeclareGroup(new DeclareConfigurationItemGroup(Quorum.Percentage(75.5m)), Ops, Next()),
            x => x.UndeclareGroup(new UndeclareConfigurationItemGroup(), Ops, Next()),
            x => x.DeclareGroup(new DeclareConfigurationItemGroup(Quorum.Count(2)), Ops, Next()),
            x => x.RemoveRelationship(new RemoveConfigurationItemRelationship(new RelationshipId("r1")), Ops, Next()),
        ];
        return (item, steps);
    }

    private static SubmitChangeRequest Submit(ChangeType type, Instant plannedStart) =>
        new(type, "Deploy the reconciliation patch", "Re-send unconfirmed payments.", "Case 2: payments stay unconfirmed", Lead, plannedStart, plannedStart + Duration.FromMinutes(30),
            "Deploy the patch to the payment-integration service", "Redeploy the previous build")
        {
            RollbackTested = true,
            Category = CategoryPath.Parse("Payments/Integration"),
            AffectedConfigurationItems = [new ConfigurationItemId("payment-network-interface")],
            AffectedServices = [new ServiceId("payment-integration")],
            ExpectedOutage = Duration.FromMinutes(5),
            Implementers = ["deployer"],
            ConfigurationUpdates = [new PlannedConfigurationUpdate(new ConfigurationItemId("payment-network-interface"), "patch 2.4.1")
            {
                Version = "2.4.1",
                Set = new Dictionary<string, AttributeValue> { ["patch-level"] = AttributeValue.Of(2.41m), ["hot-fix"] = AttributeValue.Of(true), ["patched-on"] = AttributeValue.Of(new LocalDate(2026, 11, 20)) },
                Remove = ["legacy-port"],
            }],
            Incidents = [new IncidentId("INC-20261120-0042")],
            Problems = [new ProblemId("PRB-1")],
            ServiceRequests = [new ServiceRequestId("REQ-7")],
        };

    /// <summary>A normal change: approved by the change manager, scheduled, gated, implemented, its CI updates released, reviewed and closed.</summary>
    public static (ChangeRequest Live, IReadOnlyList<System.Action<ChangeRequest>> Steps) NormalChange(string id = "CHG-1")
    {
        ChangeRequest c = ChangeRequest.Submit(Submit(ChangeType.Normal, At(100)), new ChangeId(id), Lead, At(0), HostChangeRules.Rules);
        int n = 0;
        Instant Next() => At(++n);
        var gate = new GoNoGoGate("cutover", [new GateCriterion("error rate", GateComparison.AtMost, 0.5m, "%"), new GateCriterion("smoke tests", GateComparison.EqualTo, 1m)]);
        System.Action<ChangeRequest>[] steps =
        [
            x => x.Classify(new ClassifyChange(CategoryPath.Parse("Payments/Patch")), Manager, Next()),
            x => x.AssessRisk(new AssessChangeRisk("None", "Unlikely"), Manager, Next()),
            x => x.RecordVote(new RecordChangeVote("Change manager", ApprovalDecision.Approve), Manager, Next()),
            x => x.DecideAtCab(new DecideChangeAtCab(CabDecision.Approve, "low risk"), Manager, Next()),
            x => x.Schedule(new ScheduleChange(), Manager, Next()),
            x => x.Link(new LinkChangeRecord(ChangeLinkKind.Incident, "INC-3"), Manager, Next()),
            x => x.EvaluateGate(new EvaluateChangeGate(gate, new Dictionary<string, decimal> { ["error rate"] = 0.2m }), Manager, Next()),
            x => x.StartImplementation(new StartChangeImplementation(), Actor.Of("deployer"), Next()),
            x => x.CompleteImplementation(new CompleteChangeImplementation(), Actor.Of("deployer"), Next()),
            x => x.ReleaseConfigurationUpdates(new ReleaseChangeConfigurationUpdates(), Manager, Next()),
            x => x.RecordReview(new ReviewChange("successful", "test the retry path"), Manager, Next()),
            x => x.Close(new CloseChange(), Manager, Next()),
        ];
        return (c, steps);
    }

    /// <summary>An emergency change: authorized by the emergency board with the pre-approved notice, failed, rolled back, reviewed and closed.</summary>
    public static (ChangeRequest Live, IReadOnlyList<System.Action<ChangeRequest>> Steps) EmergencyChange(string id = "CHG-2")
    {
        ChangeRequest c = ChangeRequest.Submit(Submit(ChangeType.Emergency, At(6)), new ChangeId(id), Lead, At(0), HostChangeRules.Rules);
        int n = 0;
        Instant Next() => At(++n);
        System.Action<ChangeRequest>[] steps =
        [
            x => x.Classify(new ClassifyChange(), Manager, Next()),
            x => x.AssessRisk(new AssessChangeRisk("Service stop", "Likely"), Manager, Next()),
            x => x.AuthorizeEmergency(new AuthorizeEmergencyChange("payment-delay-notice"), Actor.Of("ops-manager"), Next()),
            x => x.StartImplementation(new StartChangeImplementation(), Actor.Of("deployer"), Next()),
            x => x.FailImplementation(new FailChangeImplementation("the patch did not start"), Actor.Of("deployer"), Next()),
            x => x.RollBack(new RollBackChange("previous build redeployed"), Actor.Of("deployer"), Next()),
            x => x.RecordReview(new ReviewChange("rolled back", "stage the patch first"), Manager, Next()),
            x => x.Close(new CloseChange(), Manager, Next()),
        ];
        return (c, steps);
    }

    /// <summary>A change submitted and cancelled.</summary>
    public static ChangeRequest CancelledChange()
    {
        ChangeRequest c = ChangeRequest.Submit(Submit(ChangeType.Normal, At(100)), new ChangeId("CHG-3"), Lead, At(0), HostChangeRules.Rules);
        c.Cancel(new CancelChange("superseded by CHG-2"), Manager, At(1));
        return c;
    }

    /// <summary>Runs every step (or the first <paramref name="steps"/>) on the live aggregate.</summary>
    public static T Lived<T>((T Live, IReadOnlyList<System.Action<T>> Steps) history, int? steps = null)
    {
        foreach (System.Action<T> step in history.Steps.Take(steps ?? history.Steps.Count))
        {
            step(history.Live);
        }

        return history.Live;
    }

    /// <summary>Every event the histories raise, uncommitted (the aggregates are new).</summary>
    public static IReadOnlyList<ProblemEvent> ProblemEvents() => [.. Lived(Problem()).UncommittedEvents, .. CancelledProblem().UncommittedEvents];

    public static IReadOnlyList<ConfigurationItemEvent> ItemEvents() => Lived(Item()).UncommittedEvents;

    public static IReadOnlyList<ChangeEvent> ChangeEvents() =>
        [.. Lived(NormalChange()).UncommittedEvents, .. Lived(EmergencyChange()).UncommittedEvents, .. CancelledChange().UncommittedEvents];

    /// <summary>The submitted event with the fields only a template or the delegated track fill (those need a catalogue and a role directory).</summary>
    public static ChangeRequestSubmitted SubmittedFromTemplate() =>
        (ChangeRequestSubmitted)ChangeEvents().First() with
        {
            Template = new AppliedTemplate("db-patch", 3, ItsmCore.Sla.LeadTime.OfBusinessDays(2, "jp-office", ItsmCore.Sla.LeadTimePolicy.EndOfBusinessDay)),
            Delegation = DelegatedAuthority.AgileTrack,
        };
}
