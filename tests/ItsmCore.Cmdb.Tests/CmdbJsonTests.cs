using System;
using System.Linq;
using ItsmCore.Primitives;
using NodaTime;
using static ItsmCore.Cmdb.Tests.TestData;

namespace ItsmCore.Cmdb.Tests;

public sealed class CmdbJsonTests
{
    /// <summary>A history using every part of the format.</summary>
    internal static CmdbHistory Sample()
    {
        ClassCatalogue classes = ClassCatalogue.Create(new[]
        {
            new ConfigurationItemClass("device", null, new[] { new AttributeDefinition("maker", AttributeType.Text, true), new AttributeDefinition("count", AttributeType.Integer, false) }),
            new ConfigurationItemClass("server", "device", new[] { new AttributeDefinition("os", AttributeType.Text, true), new AttributeDefinition("installed", AttributeType.Date, false), new AttributeDefinition("virtual", AttributeType.Boolean, false) }),
            new ConfigurationItemClass("library", null, Array.Empty<AttributeDefinition>()),
            new ConfigurationItemClass("sales", ConfigurationItemClass.BusinessServiceName, Array.Empty<AttributeDefinition>()),
        });
        RelationshipTypeCatalogue types = RelationshipTypeCatalogue.Create(new[] { new RelationshipType("replicates to", "replicated from", ImpactDirection.SourceImpairsTarget) });
        Instant t0 = At(2025, 4, 1);
        ConfigurationItemRecord server = new ConfigurationItemRecord(Id("srv-1"), "販売 AP サーバー 1", "server")
        {
            Status = ConfigurationItemStatus.Production,
            Criticality = BusinessCriticality.High,
            Version = "2.3",
            Location = "Tokyo DC rack 12",
            Owner = "Sales IS",
            SerialNumber = "SN-0001",
            Supplier = "Acme Hosting",
            AcquiredOn = new LocalDate(2024, 4, 1),
            Attributes = new System.Collections.Generic.Dictionary<string, AttributeValue>
            {
                ["maker"] = AttributeValue.Of("Fujitsu"),
                ["count"] = AttributeValue.Of(2m),
                ["os"] = AttributeValue.Of("RHEL 9"),
                ["installed"] = AttributeValue.Of(new LocalDate(2024, 5, 10)),
                ["virtual"] = AttributeValue.Of(false),
                ["load"] = AttributeValue.Of(0.750m),
            },
            Contacts = new[]
            {
                new Contact(ContactRoles.MaintenanceContractor, "Acme Field Service", "03-1234-5678", new ContactVerification(At(2025, 6, 1), Actor.Of("ops.sato", "Sato"), VerificationOutcome.Reachable)),
                new Contact(ContactRoles.Owner, "Sales IS", null, new ContactVerification(At(2025, 6, 2), Actor.Of("ops.ito"), VerificationOutcome.Corrected)),
            },
            Documents = new[] { new ItemDocument(DocumentKind.Licence, "RHEL subscription", "SUB-42", new LocalDate(2027, 3, 31)), new ItemDocument(DocumentKind.Document, "Runbook", null, null) },
        };
        return CmdbHistory.Create(classes, types)
            .Append(new[]
            {
                CmdbFact.ForItem(new ConfigurationItemRecord(Id("sales"), "Sales", "sales"), t0, null, t0),
                CmdbFact.ForItem(server, t0, null, t0),
                CmdbFact.ForItem(new ConfigurationItemRecord(Id("lib"), "Tape library", "library") { Quorum = Quorum.Percentage(62.50m) }, t0, At(2026, 1, 1), t0),
                CmdbFact.ForItem(new ConfigurationItemRecord(Id("lib"), "Tape library", "library") { Quorum = Quorum.Count(2) }, At(2026, 1, 1), null, At(2026, 1, 2)),
                CmdbFact.ItemRetraction(Id("srv-1"), At(2026, 6, 1), null, At(2026, 6, 1)),
                CmdbFact.ForRelationship(Rel("sales", RelationshipType.DependsOn, "srv-1"), t0, null, t0),
                CmdbFact.ForRelationship(Rel("srv-1", RelationshipType.MemberOf, "lib"), t0, null, t0),
                CmdbFact.ForRelationship(Rel("srv-1", types.Find("replicates to")!, "lib"), t0, At(2025, 5, 1), t0),
                CmdbFact.RelationshipRetraction(new RelationshipId("sales~depends-on~srv-1"), At(2026, 2, 1), null, At(2026, 2, 1)),
            })
            .WithBaseline(new Baseline("go-live", At(2025, 4, 2), At(2025, 4, 2)));
    }

    [Fact]
    public void Write_ThenRead_GivesAnEqualHistoryAndTheSameText()
    {
        CmdbHistory history = Sample();
        string json = CmdbJson.Write(history);
        CmdbHistory read = CmdbJson.Read(json);
        Assert.Equal(history.Facts, read.Facts);
        Assert.Equal(history.Baselines, read.Baselines);
        Assert.Equal(history.Classes.HostClasses, read.Classes.HostClasses);
        Assert.Equal(history.RelationshipTypes.HostTypes, read.RelationshipTypes.HostTypes);
        Assert.Equal(json, CmdbJson.Write(read));
        Assert.Contains("\"minUpPercent\": 62.50", json, StringComparison.Ordinal);
        Assert.True(CmdbDiff.Between(history.AtBaseline("go-live"), read.AtBaseline("go-live")).IsEmpty);
    }

    [Fact]
    public void Read_ManyProblems_AllReportedAtOnceWithPaths()
    {
        const string json = """
            {
              "format": "itsmcore-cmdb/1",
              "classes": [ { "name": "a", "parent": "b" }, { "name": "b", "parent": "a" }, { "name": "c", "colour": "red" } ],
              "relationshipTypes": [ { "name": "feeds", "inverse": "fed by", "impact": "sideways" } ],
              "items": [
                { "id": "x", "validFrom": "2026-01-01T00:00:00Z", "recordedAt": "2026-01-01T00:00:00Z", "name": "X", "class": "nope", "status": "production" },
                { "id": "has space", "validFrom": "yesterday", "recordedAt": "2026-01-01T00:00:00Z", "name": " X", "class": "c", "status": "live", "group": { "minUp": 1, "minUpPercent": 50 } },
                { "id": "y", "validFrom": "2026-01-02T00:00:00Z", "validTo": "2026-01-01T00:00:00Z", "recordedAt": "2026-01-01T00:00:00Z", "name": "Y", "class": "c", "status": "production", "attributes": { "n": [1] } }
              ],
              "relationships": [ { "id": "r", "validFrom": "2026-01-01T00:00:00Z", "recordedAt": "2026-01-01T00:00:00Z", "source": "x", "type": "loves", "target": "zz" } ],
              "baselines": [ { "name": "b1", "validAt": "2026-01-01T00:00:00Z", "knownAt": "2026-01-01T00:00:00Z" }, { "name": "b1", "validAt": "2026-01-01T00:00:00Z", "knownAt": "2026-01-01T00:00:00Z" } ]
            }
            """;
        CmdbFormatException e = Assert.Throws<CmdbFormatException>(() => CmdbJson.Read(json));
        Assert.Equal(
            new[]
            {
                "$.classes[2].colour",
                "$.relationshipTypes[0].impact",
                "$.items[1].id",
                "$.items[1].validFrom",
                "$.items[1].name",
                "$.items[1].status",
                "$.items[1].group",
                "$.items[2].validTo",
                "$.items[2].attributes.n",
                "$.items[0].class",
                "$.relationships[0].type",
                "$.relationships[0].target",
                "$.baselines[1].name",
            },
            e.Problems.Select(p => p.Path));
        Assert.Contains("$.items[0].class", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ClassCycleAndMembershipOfItself_ReportedAfterTheStructureIsValid()
    {
        string json = """
            {
              "format": "itsmcore-cmdb/1",
              "classes": [ { "name": "a", "parent": "b" }, { "name": "b", "parent": "a" } ],
              "items": [ { "id": "x", "validFrom": "2026-01-01T00:00:00Z", "recordedAt": "2026-01-01T00:00:00Z", "name": "X", "class": "a", "status": "production" } ],
              "relationships": [ { "id": "r", "validFrom": "2026-01-01T00:00:00Z", "recordedAt": "2026-01-01T00:00:00Z", "source": "x", "type": "member of", "target": "x" } ]
            }
            """;
        CmdbFormatException e = Assert.Throws<CmdbFormatException>(() => CmdbJson.Read(json));
        Assert.Equal(new[] { "$.classes[0].parent", "$.classes[1].parent" }, e.Problems.Select(p => p.Path));
        e = Assert.Throws<CmdbFormatException>(() => CmdbJson.Read(json.Replace("\"parent\": \"a\"", "\"parent\": \"business-service\"", StringComparison.Ordinal)));
        Assert.Equal("$.relationships[0].target", e.Path);
    }

    [Theory]
    [InlineData("", "$")]
    [InlineData("[]", "$")]
    [InlineData("{}", "$.format")]
    [InlineData("{\"format\":\"itsmcore-cmdb/2\"}", "$.format")]
    [InlineData("{\"format\":\"itsmcore-cmdb/1\",\"items\":{}}", "$.items")]
    [InlineData("{\"format\":\"itsmcore-cmdb/1\",\"format\":\"itsmcore-cmdb/1\"}", "$.format")]
    [InlineData("{\"format\":\"itsmcore-cmdb/1\"} x", "$")]
    public void Read_MalformedDocuments_NameThePath(string json, string path) =>
        Assert.Equal(path, Assert.Throws<CmdbFormatException>(() => CmdbJson.Read(json)).Path);

    [Fact]
    public void Write_HistoryWithAttributeFacts_Refused()
    {
        CmdbHistory history = Sample().Append(new[] { CmdbFact.ForAttribute(Id("srv-1"), "os", AttributeValue.Of("RHEL 10"), At(2026, 1, 1), null, At(2026, 1, 1)) });
        Assert.Throws<ArgumentException>(() => CmdbJson.Write(history));
    }
}
