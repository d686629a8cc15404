using System;
using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Incidents.Tests.Incidents;

/// <summary>Links to problems, changes, a parent major incident and related incidents.</summary>
public sealed class IncidentLinkTests
{
    private static readonly Instant Fri1600 = Kit.Friday1600;

    [Fact]
    public void Link_EveryKind_ListedInOrder()
    {
        Incident incident = Kit.Record();

        incident.Link(new LinkIncident(IncidentLinkKind.Problem, "PRB-0007"), Kit.Engineer, Fri1600 + Kit.M(1));
        incident.Link(new LinkIncident(IncidentLinkKind.Change, "CHG-0042"), Kit.Engineer, Fri1600 + Kit.M(2));
        incident.Link(new LinkIncident(IncidentLinkKind.ParentMajorIncident, "INC-0100"), Kit.Manager, Fri1600 + Kit.M(3));
        incident.Link(new LinkIncident(IncidentLinkKind.RelatedIncident, "INC-0002"), Kit.Engineer, Fri1600 + Kit.M(4));

        Assert.Equal(
            [
                new IncidentLink(IncidentLinkKind.Problem, "PRB-0007"),
                new IncidentLink(IncidentLinkKind.Change, "CHG-0042"),
                new IncidentLink(IncidentLinkKind.ParentMajorIncident, "INC-0100"),
                new IncidentLink(IncidentLinkKind.RelatedIncident, "INC-0002"),
            ],
            incident.Links);
        Assert.Equal(new ProblemId("PRB-0007"), incident.Problem);
        Assert.Equal(new IncidentId("INC-0100"), incident.ParentMajorIncident);
        Assert.Equal("Linked", incident.Journal[^1].Action);
        Assert.Equal([new FieldChange("Link", null, "RelatedIncident INC-0002")], incident.Journal[^1].Changes);
    }

    [Fact]
    public void Problem_SeveralProblemLinks_TheFirst()
    {
        Incident incident = Kit.Record();
        incident.Link(new LinkIncident(IncidentLinkKind.Problem, "PRB-0007"), Kit.Engineer, Fri1600 + Kit.M(1));
        incident.Link(new LinkIncident(IncidentLinkKind.Problem, "PRB-0008"), Kit.Engineer, Fri1600 + Kit.M(2));

        Assert.Equal(new ProblemId("PRB-0007"), incident.Problem);
    }

    [Fact]
    public void Link_Duplicate_Refused()
    {
        Incident incident = Kit.Record();
        incident.Link(new LinkIncident(IncidentLinkKind.Problem, "PRB-0007"), Kit.Engineer, Fri1600 + Kit.M(1));
        IncidentState before = IncidentState.Of(incident);

        DomainRuleException ex = Assert.Throws<DomainRuleException>(() => incident.Link(new LinkIncident(IncidentLinkKind.Problem, "PRB-0007"), Kit.Engineer, Fri1600 + Kit.M(2)));

        Assert.Equal("add a link", ex.Attempted);
        Assert.Equal("it is already linked to Problem PRB-0007", ex.Reason);
        IncidentState.AssertSame(before, IncidentState.Of(incident));
    }

    [Fact]
    public void Link_SameIdOtherKind_Allowed()
    {
        Incident incident = Kit.Record();
        incident.Link(new LinkIncident(IncidentLinkKind.RelatedIncident, "INC-0100"), Kit.Engineer, Fri1600 + Kit.M(1));

        incident.Link(new LinkIncident(IncidentLinkKind.ParentMajorIncident, "INC-0100"), Kit.Engineer, Fri1600 + Kit.M(2));

        Assert.Equal(2, incident.Links.Count);
    }

    [Fact]
    public void Link_SecondParent_Refused()
    {
        Incident incident = Kit.Record();
        incident.Link(new LinkIncident(IncidentLinkKind.ParentMajorIncident, "INC-0100"), Kit.Manager, Fri1600 + Kit.M(1));
        IncidentState before = IncidentState.Of(incident);

        DomainRuleException ex = Assert.Throws<DomainRuleException>(() => incident.Link(new LinkIncident(IncidentLinkKind.ParentMajorIncident, "INC-0200"), Kit.Manager, Fri1600 + Kit.M(2)));

        Assert.Equal("it is already part of major incident INC-0100; unlink it first", ex.Reason);
        IncidentState.AssertSame(before, IncidentState.Of(incident));
    }

    [Theory]
    [InlineData(IncidentLinkKind.ParentMajorIncident)]
    [InlineData(IncidentLinkKind.RelatedIncident)]
    public void Link_Itself_Refused(IncidentLinkKind kind)
    {
        Incident incident = Kit.Record();
        IncidentState before = IncidentState.Of(incident);

        DomainRuleException ex = Assert.Throws<DomainRuleException>(() => incident.Link(new LinkIncident(kind, Kit.Id.Value), Kit.Engineer, Fri1600 + Kit.M(1)));

        Assert.Equal("an incident cannot be linked to itself", ex.Reason);
        IncidentState.AssertSame(before, IncidentState.Of(incident));
    }

    [Fact]
    public void Link_ProblemWithTheIncidentsIdText_Allowed()
    {
        Incident incident = Kit.Record();

        incident.Link(new LinkIncident(IncidentLinkKind.Problem, Kit.Id.Value), Kit.Engineer, Fri1600 + Kit.M(1));

        Assert.Equal(new ProblemId(Kit.Id.Value), incident.Problem);
    }

    [Fact]
    public void Unlink_Existing_RemovedWithReason()
    {
        Incident incident = Kit.Record();
        incident.Link(new LinkIncident(IncidentLinkKind.ParentMajorIncident, "INC-0100"), Kit.Manager, Fri1600 + Kit.M(1));

        incident.Unlink(new UnlinkIncident(IncidentLinkKind.ParentMajorIncident, "INC-0100", "Different root cause"), Kit.Manager, Fri1600 + Kit.M(2));
        incident.Link(new LinkIncident(IncidentLinkKind.ParentMajorIncident, "INC-0200"), Kit.Manager, Fri1600 + Kit.M(3));

        Assert.Equal([new IncidentLink(IncidentLinkKind.ParentMajorIncident, "INC-0200")], incident.Links);
        JournalEntry unlinked = incident.Journal[^2];
        Assert.Equal("Unlinked", unlinked.Action);
        Assert.Equal([new FieldChange("Link", "ParentMajorIncident INC-0100", null)], unlinked.Changes);
        Assert.Equal("Different root cause", unlinked.Reason);
    }

    [Fact]
    public void Unlink_Missing_Refused()
    {
        Incident incident = Kit.Record();
        incident.Link(new LinkIncident(IncidentLinkKind.Change, "CHG-0042"), Kit.Engineer, Fri1600 + Kit.M(1));
        IncidentState before = IncidentState.Of(incident);

        DomainRuleException ex = Assert.Throws<DomainRuleException>(() =>
            incident.Unlink(new UnlinkIncident(IncidentLinkKind.Problem, "CHG-0042", "Wrong"), Kit.Engineer, Fri1600 + Kit.M(2)));

        Assert.Equal("remove a link", ex.Attempted);
        Assert.Equal("it has no link to Problem CHG-0042", ex.Reason);
        IncidentState.AssertSame(before, IncidentState.Of(incident));
    }

    [Fact]
    public void Link_ResolvedIncident_AllowedButNotClosed()
    {
        Incident resolved = Kit.InState(IncidentStatus.Resolved);
        resolved.Link(new LinkIncident(IncidentLinkKind.Problem, "PRB-0007"), Kit.Engineer, resolved.LastEventAt);
        Assert.Single(resolved.Links);

        Incident closed = Kit.InState(IncidentStatus.Closed);
        DomainRuleException ex = Assert.Throws<DomainRuleException>(() => closed.Link(new LinkIncident(IncidentLinkKind.Problem, "PRB-0007"), Kit.Engineer, closed.LastEventAt));
        Assert.Equal("it is Closed; closed and cancelled incidents do not change", ex.Reason);
    }
}
