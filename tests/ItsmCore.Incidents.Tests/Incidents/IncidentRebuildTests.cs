using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using ItsmCore.Classification;
using ItsmCore.Primitives;
using ItsmCore.Sla;
using NodaTime;

namespace ItsmCore.Incidents.Tests.Incidents;

/// <summary>Rebuilding an incident from its events gives the same incident: state, journal and SLA clocks.</summary>
public sealed class IncidentRebuildTests
{
    private static readonly string[] Groups = ["payments-l2", "network-l3", "vendor-desk"];
    private static readonly string[] Levels = ["High", "Medium", "Low"];
    private static readonly string[] Targets = ["INC-0100", "PRB-0007", "CHG-0042"];
    private static readonly string[] Names = ["notice", "standby", "rollback"];

    /// <summary>Standard definitions under each target-change policy, and definitions keyed by High, Medium and Low only.</summary>
    private static readonly IncidentRules[] RuleSets =
    [
        Kit.Standard,
        Kit.Rules(Kit.StandardDefinitions(SlaTargetChangePolicy.Restart)),
        Kit.Rules(Kit.StandardDefinitions(SlaTargetChangePolicy.KeepPercentConsumed)),
        Kit.Rules(Kit.StandardDefinitions(SlaTargetChangePolicy.KeepStart).Select(d => Partial(d))),
    ];

    private enum Kind
    {
        Assign,
        StartWork,
        PutOnHold,
        Resume,
        Resolve,
        Close,
        Reopen,
        Cancel,
        ChangePriority,
        ChangeSeverity,
        Escalate,
        AnswerEscalation,
        AddComment,
        Link,
        Unlink,
        DeclareMajor,
        OpenTask,
        CompleteTask,
        RecordCommunication,
        ExpectCommunication,
        PrepareAction,
        DecideAction,
        NoteWorkaround,
        UpdateDetails,
    }

    [Fact]
    public void Rebuild_RealisticIncident_EqualsTheOriginal()
    {
        Incident incident = IncidentJournalTests.Realistic();

        Incident rebuilt = Incident.Rebuild(incident.UncommittedEvents, Kit.Standard);

        IncidentState.AssertSame(incident, rebuilt, "UncommittedEvents", "PersistedVersion");
        Assert.Equal(incident.SlaClocks, rebuilt.SlaClocks);
        Assert.Equal(incident.Journal, rebuilt.Journal);
        Assert.Empty(rebuilt.UncommittedEvents);
        Assert.Equal(incident.Version, rebuilt.PersistedVersion);
    }

    [Fact]
    public void IncidentState_ADifferenceAnywhere_IsDetected()
    {
        // The comparer the rebuild property relies on must be able to fail: a list element, a clock, a scalar.
        Incident original = Kit.InState(IncidentStatus.InProgress);
        Incident commented = Kit.InState(IncidentStatus.InProgress);
        commented.AddComment(new AddIncidentComment(CommentVisibility.Internal, "x"), Kit.Engineer, commented.LastEventAt);
        Incident held = Kit.InState(IncidentStatus.InProgress);
        held.PutOnHold(new PutIncidentOnHold(HoldReason.AwaitingCustomer), Kit.Engineer, held.LastEventAt);
        Incident prepared = Kit.InState(IncidentStatus.InProgress);
        Incident preparedOther = Kit.InState(IncidentStatus.InProgress);
        prepared.PrepareAction(new PrepareIncidentAction("notice", ["a"], "c"), Kit.Manager, prepared.LastEventAt);
        preparedOther.PrepareAction(new PrepareIncidentAction("notice", ["b"], "c"), Kit.Manager, prepared.LastEventAt);

        Assert.ThrowsAny<Exception>(() => IncidentState.AssertSame(original, commented));
        Assert.ThrowsAny<Exception>(() => IncidentState.AssertSame(original, held, "Status", "HoldReason", "Version", "Journal", "UncommittedEvents", "LastEventAt"));
        Assert.ThrowsAny<Exception>(() => IncidentState.AssertSame(prepared, preparedOther));
        IncidentState.AssertSame(prepared, prepared);
        Assert.Contains("SlaClocks", IncidentState.PropertyNames);
        Assert.Contains("Journal", IncidentState.PropertyNames);
    }

    [Fact]
    public void Rebuild_CommittedInTwoParts_EqualsTheOriginal()
    {
        Incident incident = IncidentJournalTests.Realistic();
        IncidentEvent[] history = incident.UncommittedEvents.ToArray();
        Incident loaded = Incident.Rebuild(history.Take(7), Kit.Standard);

        loaded.Resume(Kit.Engineer, Kit.Jst(2026, 6, 8, 9));

        IncidentStatusChanged resumed = Assert.IsType<IncidentStatusChanged>(Assert.Single(loaded.UncommittedEvents));
        IncidentState.AssertDeepEqual("event", history[7], resumed);
        Assert.Equal(7, loaded.PersistedVersion);
        Assert.Equal(8, loaded.Version);
    }

    [Fact]
    public void Rebuild_EmptyHistory_Throws()
    {
        Assert.Throws<ArgumentException>(() => Incident.Rebuild([], Kit.Standard));
    }

    [Fact]
    public void Rebuild_NotStartingWithRecorded_Throws()
    {
        IncidentEvent[] history = IncidentJournalTests.Realistic().UncommittedEvents.ToArray();

        Assert.Throws<ArgumentException>(() => Incident.Rebuild(history.Skip(1).Select((e, i) => e with { Version = i + 1 }), Kit.Standard));
    }

    [Fact]
    public void Rebuild_SkippedVersion_Throws()
    {
        IncidentEvent[] history = IncidentJournalTests.Realistic().UncommittedEvents.ToArray();

        Assert.Throws<ArgumentException>(() => Incident.Rebuild(history.Where((_, i) => i != 3), Kit.Standard));
    }

    [Fact]
    public void Rebuild_RecordedTwice_Throws()
    {
        IncidentEvent[] history = IncidentJournalTests.Realistic().UncommittedEvents.ToArray();

        Assert.Throws<ArgumentException>(() => Incident.Rebuild([history[0], history[0] with { Version = 2 }], Kit.Standard));
    }

    [Fact]
    public void Rebuild_EventsOfAnotherIncident_Throws()
    {
        IncidentEvent[] history = IncidentJournalTests.Realistic().UncommittedEvents.ToArray();

        Assert.Throws<ArgumentException>(() => Incident.Rebuild([history[0], history[1] with { Incident = new IncidentId("INC-9999") }], Kit.Standard));
    }

    [Fact]
    public void Rebuild_RandomCommandSequences_EqualsTheOriginalAndRefusalsChangeNothing()
    {
        Gen<Step> step =
            from kind in Gen.Frequency(
                (20, Gen.Elements(Kind.Assign, Kind.StartWork, Kind.PutOnHold, Kind.Resume, Kind.Resolve)),
                (8, Gen.Elements(Kind.Reopen, Kind.ChangePriority, Kind.ChangeSeverity)),
                (2, Gen.Constant(Kind.Close)),
                (1, Gen.Constant(Kind.Cancel)),
                (30, Gen.Elements(Enum.GetValues<Kind>().Where(k => k > Kind.ChangeSeverity).ToArray())))
            from a in Gen.Choose(0, 5)
            from b in Gen.Choose(0, 5)
            from minutes in Gen.Frequency((1, Gen.Constant(0)), (4, Gen.Choose(1, 59)), (2, Gen.Choose(60, 600)), (1, Gen.Choose(601, 4000)))
            select new Step(kind, a, b, minutes);
        Gen<Scenario> scenarios =
            from rules in Gen.Choose(0, RuleSets.Length - 1)
            from impact in Gen.Choose(0, 2)
            from urgency in Gen.Choose(0, 2)
            from severity in Gen.Choose(0, 4)
            from start in Gen.Choose(0, 10_000)
            from reportedEarlier in Gen.Frequency((2, Gen.Constant(0)), (1, Gen.Choose(1, 120)))
            from count in Gen.Choose(1, 60)
            from steps in Gen.ArrayOf(step, count)
            select new Scenario(rules, impact, urgency, severity, start, reportedEarlier, steps);

        PropertyRunner.Run(scenarios, scenario =>
        {
            IncidentRules rules = RuleSets[scenario.Rules];
            Instant at = Kit.Friday1600 + Kit.M(scenario.StartMinutes);
            Incident incident = Incident.Record(
                Kit.RecordCommand(Levels[scenario.Impact], Levels[scenario.Urgency], scenario.Severity, at - Kit.M(scenario.ReportedEarlierMinutes)),
                Kit.Id,
                Kit.Desk,
                at,
                rules);
            foreach (Step s in scenario.Steps)
            {
                at += Kit.M(s.Minutes);
                IncidentState before = IncidentState.Of(incident);
                try
                {
                    Apply(incident, s, at);
                }
                catch (DomainException)
                {
                    IncidentState.AssertSame(before, IncidentState.Of(incident));
                }
                catch (FluentValidation.ValidationException)
                {
                    IncidentState.AssertSame(before, IncidentState.Of(incident));
                }
            }

            Incident rebuilt = Incident.Rebuild(incident.UncommittedEvents, rules);

            IncidentState.AssertSame(incident, rebuilt, "UncommittedEvents", "PersistedVersion");
            Assert.Equal(incident.SlaClocks, rebuilt.SlaClocks);
            Assert.Equal(incident.NextChangeAt(at), rebuilt.NextChangeAt(at));
            Assert.Empty(rebuilt.UncommittedEvents);
            Assert.Equal(incident.Version, rebuilt.PersistedVersion);
            Assert.Equal(incident.Version, incident.UncommittedEvents.Count);
        });
    }

    private static void Apply(Incident incident, Step s, Instant at)
    {
        int a = s.A;
        int b = s.B;
        switch (s.Kind)
        {
            case Kind.Assign:
                incident.Assign(new AssignIncident(Groups[a % 3]) { Assignee = b % 2 == 0 ? Kit.Engineer : null }, Kit.Desk, at);
                break;
            case Kind.StartWork:
                incident.StartWork(Kit.Engineer, at);
                break;
            case Kind.PutOnHold:
                incident.PutOnHold(new PutIncidentOnHold((HoldReason)(a % 3)) { Note = b % 2 == 0 ? null : "waiting" }, Kit.Engineer, at);
                break;
            case Kind.Resume:
                incident.Resume(Kit.Engineer, at);
                break;
            case Kind.Resolve:
                incident.Resolve(new ResolveIncident("fixed", "Done"), Kit.Engineer, at);
                break;
            case Kind.Close:
                incident.Close(new CloseIncident { Note = a % 2 == 0 ? null : "confirmed" }, Kit.Desk, at);
                break;
            case Kind.Reopen:
                incident.Reopen(new ReopenIncident("Back again"), Kit.Reporter, at);
                break;
            case Kind.Cancel:
                incident.Cancel(new CancelIncident(a == 0 ? new string('r', 700) : "Duplicate"), Kit.Desk, at);
                break;
            case Kind.ChangePriority:
                incident.ChangePriority(
                    (a % 4) switch
                    {
                        0 => new ChangeIncidentPriority { Impact = Levels[b % 3] },
                        1 => new ChangeIncidentPriority { Urgency = Levels[b % 3] },
                        2 => new ChangeIncidentPriority { OverridePriority = PriorityScale.Default.Levels[b % 5].Name, Reason = "Override" },
                        _ => new ChangeIncidentPriority { Reason = "Back to the matrix" },
                    },
                    Kit.Manager,
                    at);
                break;
            case Kind.ChangeSeverity:
                incident.ChangeSeverity(new ChangeIncidentSeverity(b % 5), Kit.Manager, at);
                break;
            case Kind.Escalate:
                incident.Escalate(
                    new EscalateIncident((EscalationKind)(a % 2), Groups[b % 3], "Help")
                    {
                        ReplyWithin = (b % 3) switch { 0 => null, 1 => Kit.OnOffice(Kit.H(a + 1)), _ => Kit.OnAlways(Kit.M(30 * (a + 1))) },
                    },
                    Kit.Engineer,
                    at);
                break;
            case Kind.AnswerEscalation:
                incident.AnswerEscalation(new AnswerEscalation((a % 3) + 1, "Answer"), Kit.Manager, at);
                break;
            case Kind.AddComment:
                incident.AddComment(new AddIncidentComment((CommentVisibility)(a % 2), "Note"), Kit.Engineer, at);
                break;
            case Kind.Link:
                incident.Link(new LinkIncident((IncidentLinkKind)(a % 4), b % 4 == 3 ? Kit.Id.Value : Targets[b % 3]), Kit.Engineer, at);
                break;
            case Kind.Unlink:
                incident.Unlink(new UnlinkIncident((IncidentLinkKind)(a % 4), Targets[b % 3], "Wrong"), Kit.Engineer, at);
                break;
            case Kind.DeclareMajor:
                incident.DeclareMajor(new DeclareMajorIncident("Bridge opened") { Criterion = a % 2 == 0 ? null : "Many merchants" }, Kit.Manager, at);
                break;
            case Kind.OpenTask:
                incident.OpenTask(
                    new OpenMajorIncidentTask("Task", PriorityScale.Default.Levels[b % 5], "owner", "im.suzuki") { Target = a % 2 == 0 ? null : Kit.OnOffice(Kit.H(a)) },
                    Kit.Manager,
                    at);
                break;
            case Kind.CompleteTask:
                incident.CompleteTask(new CompleteMajorIncidentTask((a % 3) + 1, "Done"), Kit.Manager, at);
                break;
            case Kind.RecordCommunication:
                incident.RecordCommunication(new RecordStakeholderCommunication((StakeholderAudience)(a % 4), (CommunicationDirection)(b % 2), "party", "Update"), Kit.Desk, at);
                break;
            case Kind.ExpectCommunication:
                incident.ExpectCommunication(
                    new ExpectStakeholderCommunication(Names[a % 3], (StakeholderAudience)(b % 4), (CommunicationDirection)(b % 2), b % 2 == 0 ? Kit.OnAlways(Kit.M(30)) : Kit.OnOffice(Kit.H(1)))
                    {
                        From = a % 2 == 0 ? null : at - Kit.M(10 * b),
                    },
                    Kit.Desk,
                    at);
                break;
            case Kind.PrepareAction:
                incident.PrepareAction(new PrepareIncidentAction(Names[a % 3], ["information"], "criterion"), Kit.Manager, at);
                break;
            case Kind.DecideAction:
                incident.DecideAction(new DecideIncidentAction(Names[a % 3], b % 2 == 0, "observed", "rationale"), Kit.Manager, at);
                break;
            case Kind.NoteWorkaround:
                incident.NoteWorkaround(new NoteIncidentWorkaround(new ProblemId("PRB-0007"), "Restart"), Actor.System, at);
                break;
            case Kind.UpdateDetails:
                incident.UpdateDetails(
                    new UpdateIncidentDetails
                    {
                        Title = a % 2 == 0 ? null : "Title " + a,
                        Category = b % 2 == 0 ? null : CategoryPath.Of("Application", "Area" + b),
                        ConfigurationItems = b % 3 == 0 ? [new ConfigurationItemId("ci-" + a)] : null,
                    },
                    Kit.Engineer,
                    at);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(s), s.Kind, null);
        }
    }

    private static SlaDefinition Partial(SlaDefinition definition)
    {
        SlaDefinitionBuilder builder = SlaDefinition.CreateBuilder(definition.Id, definition.Metric)
            .WithThresholds(definition.Thresholds)
            .WithTargetChangePolicy(definition.TargetChangePolicy);
        foreach (SlaPriorityTargets targets in definition.Priorities.Where(p => p.Priority is "High" or "Medium" or "Low"))
        {
            builder.WithPriority(targets.Priority, targets.Objective, targets.Agreement);
        }

        return builder.Build();
    }

    private sealed record Step(Kind Kind, int A, int B, int Minutes)
    {
        public override string ToString() => $"{Kind}({A},{B}) +{Minutes}m";
    }

    private sealed record Scenario(int Rules, int Impact, int Urgency, int Severity, int StartMinutes, int ReportedEarlierMinutes, IReadOnlyList<Step> Steps)
    {
        public override string ToString() =>
            $"rules {Rules}, impact {Impact}, urgency {Urgency}, severity {Severity}, start +{StartMinutes}m, reported -{ReportedEarlierMinutes}m: {string.Join(", ", Steps)}";
    }
}
