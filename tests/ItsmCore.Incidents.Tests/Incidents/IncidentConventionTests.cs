using System;
using ItsmCore.Primitives;
using ItsmCore.Testing;
using NodaTime;
using static ItsmCore.Incidents.Tests.Incidents.Kit;
using ItsmCore.Classification;

namespace ItsmCore.Incidents.Tests.Incidents;

/// <summary>
/// The aggregate conventions checked with the shared ItsmCore.Testing tools: random command scripts in which every
/// refused command changes nothing and the incident rebuilt from its events equals the live one after every step.
/// </summary>
public sealed class IncidentConventionTests
{
    private static readonly string[] Groups = ["payments-l2", "network", "dba"];
    private static readonly Actor[] People = [Engineer, Manager, Desk];

    [Fact]
    public void CommandScripts_EveryCommandInAnyOrder_RefusalsChangeNothingAndRebuildEqualsLive()
    {
        var runner = new CommandScript<Incident, IncidentEvent>(
            rng => Record(severity: rng.Next(0, 5), reportedAt: Friday1600 - M(rng.Next(0, 60))),
            history => Incident.Rebuild(history, Standard),
            e => e is DomainException);
        Add(runner, "Assign", (i, r, at) => i.Assign(new AssignIncident(Pick(r, Groups)) { Assignee = r.Next(2) == 0 ? null : Pick(r, People) }, Desk, at), 3);
        Add(runner, "StartWork", (i, r, at) => i.StartWork(Engineer, at), 3);
        Add(runner, "PutOnHold", (i, r, at) => i.PutOnHold(new PutIncidentOnHold((HoldReason)r.Next(0, 3)), Engineer, at), 2);
        Add(runner, "Resume", (i, r, at) => i.Resume(Engineer, at), 2);
        Add(runner, "Resolve", (i, r, at) => i.Resolve(new ResolveIncident("fixed", "Restarted."), Engineer, at), 2);
        Add(runner, "Close", (i, r, at) => i.Close(new CloseIncident(), Desk, at));
        Add(runner, "Reopen", (i, r, at) => i.Reopen(new ReopenIncident("Back again"), Desk, at));
        Add(runner, "Cancel", (i, r, at) => i.Cancel(new CancelIncident("Raised in error"), Desk, at));
        Add(runner, "ChangePriority", (i, r, at) => i.ChangePriority(new ChangeIncidentPriority { Impact = Pick(r, ["High", "Medium", "Low"]), Urgency = Pick(r, ["High", "Medium", "Low"]) }, Engineer, at), 2);
        Add(runner, "OverridePriority", (i, r, at) => i.ChangePriority(new ChangeIncidentPriority { OverridePriority = Pick(r, ["Critical", "Low"]), Reason = "Board decision" }, Manager, at));
        Add(runner, "ChangeSeverity", (i, r, at) => i.ChangeSeverity(new ChangeIncidentSeverity(r.Next(0, 5)), Manager, at), 2);
        Add(runner, "Escalate", (i, r, at) => i.Escalate(new EscalateIncident((EscalationKind)r.Next(0, 2), Pick(r, Groups), "Slow progress"), Engineer, at), 2);
        Add(runner, "AnswerEscalation", (i, r, at) => i.AnswerEscalation(new AnswerEscalation(r.Next(1, 3), "On it"), Manager, at));
        Add(runner, "Comment", (i, r, at) => i.AddComment(new AddIncidentComment((CommentVisibility)r.Next(0, 2), "Update"), Engineer, at), 2);
        Add(runner, "Link", (i, r, at) => i.Link(new LinkIncident((IncidentLinkKind)r.Next(0, 4), Pick(r, ["PRB-1", "INC-0001", "INC-0002"])), Engineer, at));
        Add(runner, "Unlink", (i, r, at) => i.Unlink(new UnlinkIncident((IncidentLinkKind)r.Next(0, 4), Pick(r, ["PRB-1", "INC-0002"]), "Wrong link"), Engineer, at));
        Add(runner, "DeclareMajor", (i, r, at) => i.DeclareMajor(new DeclareMajorIncident("Many customers") { Criterion = r.Next(2) == 0 ? null : "Revenue at risk" }, Manager, at));
        Add(runner, "OpenTask", (i, r, at) => i.OpenTask(new OpenMajorIncidentTask("Fail over", PriorityScale.Default.Get(Pick(r, ["Critical", "Medium", "Low"])), "dba", "im"), Manager, at));
        Add(runner, "CompleteTask", (i, r, at) => i.CompleteTask(new CompleteMajorIncidentTask(r.Next(1, 3), "Done"), Manager, at));
        Add(runner, "Communicate", (i, r, at) => i.RecordCommunication(new RecordStakeholderCommunication((StakeholderAudience)r.Next(0, 3), (CommunicationDirection)r.Next(0, 2), "party", "Status"), Manager, at), 2);
        Add(runner, "ExpectCommunication", (i, r, at) => i.ExpectCommunication(new ExpectStakeholderCommunication(Pick(r, ["notice", "board"]), StakeholderAudience.Customer, CommunicationDirection.Outbound, OnAlways(M(30))), Manager, at));
        Add(runner, "PrepareAction", (i, r, at) => i.PrepareAction(new PrepareIncidentAction(Pick(r, ["Notify", "Fail over"]), ["error rate"], "above 5%"), Manager, at));
        Add(runner, "DecideAction", (i, r, at) => i.DecideAction(new DecideIncidentAction(Pick(r, ["Notify", "Fail over"]), r.Next(2) == 0, "7%", "Above the threshold"), Manager, at));
        Add(runner, "NoteWorkaround", (i, r, at) => i.NoteWorkaround(new NoteIncidentWorkaround(new ProblemId("PRB-1"), "Retry"), Actor.System, at));
        Add(runner, "UpdateDetails", (i, r, at) => i.UpdateDetails(new UpdateIncidentDetails { Title = Pick(r, ["Payment API returns 502", "Checkout down"]) }, Desk, at), 2);

        CommandScriptReport report = runner.Run(scripts: 120, maxSteps: 40);

        Assert.True(report.Steps > 1000, report.ToString());
        Assert.All(new[] { "Assign", "Resolve", "Reopen", "DeclareMajor", "OpenTask", "CompleteTask", "AnswerEscalation", "DecideAction", "Unlink" }, name =>
            Assert.True(report.Applied[name] > 0 && report.Refused[name] > 0, name));
    }

    [Fact]
    public void RebuildEqualsLive_BuiltMajorIncidentWithSlaClocks_Holds()
    {
        Incident incident = Record(severity: 4);
        incident.Escalate(new EscalateIncident(EscalationKind.Hierarchical, "cio", "Revenue at risk"), Manager, Friday1600 + M(5));
        incident.OpenTask(new OpenMajorIncidentTask("Fail over", PriorityScale.Default.Get("Critical"), "dba", "im"), Manager, Friday1600 + M(6));

        AggregateAssert.RebuildEqualsLive<Incident, IncidentEvent>(incident, h => Incident.Rebuild(h, Standard));
    }

    private static void Add(CommandScript<Incident, IncidentEvent> runner, string name, Action<Incident, Random, Instant> apply, int weight = 1) =>
        runner.Command(name, (incident, random) => apply(incident, random, incident.LastEventAt + M(random.Next(0, 240))), weight);

    private static T Pick<T>(Random random, T[] items) => items[random.Next(items.Length)];
}
