using System;
using System.Linq;
using ItsmCore.Primitives;
using NodaTime;
using static ItsmCore.Cmdb.Tests.TestData;

namespace ItsmCore.Cmdb.Tests;

public sealed class CmdbHealthReportTests
{
    private static readonly Instant Now = At(2026, 12, 1);
    private static readonly Actor Ops = Actor.Of("ops.sato", "Sato");

    private static readonly ClassCatalogue Classes = ClassCatalogue.Create(new[]
    {
        new ConfigurationItemClass("server", null, new[] { new AttributeDefinition("maker", AttributeType.Text, true), new AttributeDefinition("cpus", AttributeType.Integer, true) }),
        new ConfigurationItemClass("pool", null, Array.Empty<AttributeDefinition>()),
        new ConfigurationItemClass("service", ConfigurationItemClass.BusinessServiceName, Array.Empty<AttributeDefinition>()),
    });

    private static Contact Contact(string role, Instant? verified = null, VerificationOutcome outcome = VerificationOutcome.Reachable) =>
        new(role, role + " desk", "03-0000-0000", verified is { } at ? new ContactVerification(at, Ops, outcome) : null);

    private static CmdbHealthReport Report()
    {
        ConfigurationItemRecord Server(string id) => Item(id).WithAttribute("maker", AttributeValue.Of("NEC")).WithAttribute("cpus", AttributeValue.Of(4m));
        var history = CmdbHistory.Create(Classes, RelationshipTypeCatalogue.Default).Append(new[]
        {
            CmdbFact.ForItem(Item("svc", "service"), At(2020, 1, 1), null, At(2020, 1, 1)),
            CmdbFact.ForItem(Server("a") with { Contacts = new[] { Contact(ContactRoles.MaintenanceContractor, At(2026, 6, 1)) } }, At(2020, 1, 1), null, At(2020, 1, 1)),
            CmdbFact.ForItem(Server("b") with { AcquiredOn = new LocalDate(2025, 11, 30), Contacts = new[] { Contact(ContactRoles.Manufacturer) }, SerialNumber = "SN-1" }, At(2020, 1, 1), null, At(2020, 1, 1)),
            CmdbFact.ForItem(Server("c") with { Contacts = new[] { Contact(ContactRoles.Owner) }, SerialNumber = "sn-1" }, At(2020, 1, 1), null, At(2026, 2, 1)),
            CmdbFact.ForItem(Server("d") with { Contacts = new[] { Contact(ContactRoles.Owner, At(2026, 11, 1), VerificationOutcome.Unreachable) }, Name = "B" }, At(2020, 1, 1), null, At(2020, 1, 1)),
            CmdbFact.ForItem(Item("e").WithAttribute("cpus", AttributeValue.Of(1.5m)), At(2020, 1, 1), null, At(2020, 1, 1)),
            CmdbFact.ForItem(Item("old") with { Status = ConfigurationItemStatus.Retired, Contacts = new[] { Contact(ContactRoles.Owner) } }, At(2020, 1, 1), null, At(2020, 1, 1)),
            CmdbFact.ForItem(Item("pool", "pool", Quorum.Percentage(75)), At(2020, 1, 1), null, At(2020, 1, 1)),
            CmdbFact.ForRelationship(Rel("svc", RelationshipType.DependsOn, "a"), At(2020, 1, 1), null, At(2020, 1, 1)),
            CmdbFact.ForRelationship(Rel("a", RelationshipType.MemberOf, "pool"), At(2020, 1, 1), null, At(2020, 1, 1)),
            CmdbFact.ForRelationship(Rel("b", RelationshipType.RelevantTo, "svc"), At(2020, 1, 1), null, At(2020, 1, 1)),
            CmdbFact.ForRelationship(Rel("a", RelationshipType.DependsOn, "old"), At(2020, 1, 1), null, At(2020, 1, 1)),
        });
        return CmdbHealthReport.Create(history.AsOf(Now, Now), new HealthPolicy(), Now);
    }

    [Fact]
    public void WorkList_ReferencesAreExplicit_VerificationElseAcquisitionElseRecordDate()
    {
        CmdbHealthReport report = Report();
        Assert.Equal(
            new[]
            {
                ("d", ContactReference.LastVerification, At(2026, 11, 1), true),
                ("b", ContactReference.Acquisition, At(2026, 11, 30), true),
                ("c", ContactReference.RecordDate, At(2027, 2, 1), false),
                ("a", ContactReference.LastVerification, At(2027, 6, 1), false),
            },
            report.WorkList.Select(t => (t.Item.Value, t.Reference, t.DueAt!.Value, t.Overdue)));
        Assert.Equal(new[] { "d", "b" }, report.StaleContacts.Select(t => t.Item.Value));
    }

    [Fact]
    public void Report_FindsGapsOrphansDuplicatesRetiredLinksAndGroupsBelowQuorum()
    {
        CmdbHealthReport report = Report();
        Assert.Equal(
            new[] { ("server", "maker", CmdbProblemCodes.AttributeMissing, "e"), ("server", "cpus", CmdbProblemCodes.AttributeWrongType, "e") },
            report.AttributeGaps.Select(g => (g.Class, g.Attribute, g.Code, string.Join(",", Ids(g.Items)))));
        Assert.Equal(new[] { "c", "d", "e" }, Ids(report.Orphans));
        Assert.Equal(
            new[] { ("serial-number", "SN-1", "b,c"), ("name-and-class", "b (server)", "b,d") },
            report.LikelyDuplicates.Select(d => (d.Rule, d.Key, string.Join(",", Ids(d.Items)))));
        Assert.Equal(new[] { "a~depends-on~old" }, report.RelationshipsToRetired.Select(r => r.Id.Value));
        Assert.Empty(report.GroupsBelowQuorum);
    }

    [Fact]
    public void GroupsBelowQuorum_MinimumAboveMembers_Reported()
    {
        CmdbSnapshot snapshot = CmdbSnapshot.Create(Classes, RelationshipTypeCatalogue.Default, new[] { Item("pool", "pool", Quorum.Count(3)), Item("x") }, new[] { Rel("x", RelationshipType.MemberOf, "pool") });
        Assert.Equal(new[] { new QuorumGap(Id("pool"), 1, 3) }, CmdbHealthReport.Create(snapshot, new HealthPolicy(), Now).GroupsBelowQuorum);
        Assert.Equal(ContactReference.None, CmdbHealthReport.Create(
            CmdbSnapshot.Create(Classes, RelationshipTypeCatalogue.Default, new[] { Item("x") with { Contacts = new[] { Contact("owner") } } }, Array.Empty<Relationship>()),
            new HealthPolicy(),
            Now).StaleContacts.Single().Reference);
    }

    [Fact]
    public void HealthPolicy_PeriodMustMoveForward()
    {
        Assert.Throws<ArgumentException>(() => new HealthPolicy { VerificationPeriod = Period.Zero });
        Assert.Throws<ArgumentException>(() => new HealthPolicy { VerificationPeriod = Period.FromMonths(-1) });
        Assert.Equal(Period.FromYears(1), new HealthPolicy().VerificationPeriod);
    }
}
