using System;
using System.Collections.Generic;
using System.Linq;
using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Cmdb.Tests;

public sealed class ModelTests
{
    private static readonly ConfigurationItemClass Device = new("device", null, new[] { new AttributeDefinition("maker", AttributeType.Text, true), new AttributeDefinition("model", AttributeType.Text, true) });
    private static readonly ConfigurationItemClass Server = new("server", "device", new[] { new AttributeDefinition("os", AttributeType.Text, true), new AttributeDefinition("cpus", AttributeType.Integer, false), new AttributeDefinition("installed", AttributeType.Date, false) });
    private static readonly ConfigurationItemClass Application = new("application", ConfigurationItemClass.BusinessServiceName, Array.Empty<AttributeDefinition>());

    [Fact]
    public void ClassCatalogue_Inheritance_IsAFollowsParentsAndAttributesComeRootFirst()
    {
        ClassCatalogue catalogue = ClassCatalogue.Create(new[] { Server, Device, Application });
        Assert.True(catalogue.IsA("server", "device"));
        Assert.False(catalogue.IsA("device", "server"));
        Assert.True(catalogue.IsBusinessService("application"));
        Assert.True(catalogue.IsBusinessService(ConfigurationItemClass.BusinessServiceName));
        Assert.False(catalogue.IsBusinessService("server"));
        Assert.Equal(new[] { "maker", "model", "os", "cpus", "installed" }, catalogue.AttributesOf("server").Select(a => a.Name));
    }

    [Fact]
    public void ClassCatalogue_CyclesUnknownParentsAndDuplicates_AllReportedAtOnceWithPaths()
    {
        var a = new ConfigurationItemClass("a", "b", Array.Empty<AttributeDefinition>());
        var b = new ConfigurationItemClass("b", "a", Array.Empty<AttributeDefinition>());
        var c = new ConfigurationItemClass("c", "missing", Array.Empty<AttributeDefinition>());
        var again = new ConfigurationItemClass("a", null, Array.Empty<AttributeDefinition>());
        var builtIn = new ConfigurationItemClass(ConfigurationItemClass.BusinessServiceName, null, Array.Empty<AttributeDefinition>());
        CmdbFormatException e = Assert.Throws<CmdbFormatException>(() => ClassCatalogue.Create(new[] { a, b, c, again, builtIn }));
        Assert.Equal(
            new[] { "$.classes[3].name", "$.classes[4].name", "$.classes[2].parent", "$.classes[0].parent", "$.classes[1].parent" },
            e.Problems.Select(p => p.Path));
    }

    [Fact]
    public void ConfigurationItemClass_OwnParentOrDuplicateAttribute_Rejected()
    {
        Assert.Throws<ArgumentException>(() => new ConfigurationItemClass("x", "x", Array.Empty<AttributeDefinition>()));
        Assert.Throws<ArgumentException>(() => new ConfigurationItemClass("x", null, new[] { new AttributeDefinition("a", AttributeType.Text, true), new AttributeDefinition("a", AttributeType.Number, false) }));
    }

    [Fact]
    public void Check_MissingAndMistypedAttributes_CodedProblemsNameAttributeAndRule()
    {
        ClassCatalogue catalogue = ClassCatalogue.Create(new[] { Device, Server });
        ConfigurationItemRecord item = new ConfigurationItemRecord(new ConfigurationItemId("srv-1"), "Server 1", "server")
            .WithAttribute("maker", AttributeValue.Of("Fujitsu"))
            .WithAttribute("cpus", AttributeValue.Of(2.5m))
            .WithAttribute("installed", AttributeValue.Of("yesterday"))
            .WithAttribute("purpose", AttributeValue.Of("web"));
        IReadOnlyList<CmdbProblem> problems = catalogue.Check(item);
        Assert.Equal(
            new[] { (CmdbProblemCodes.AttributeMissing, "model"), (CmdbProblemCodes.AttributeMissing, "os"), (CmdbProblemCodes.AttributeWrongType, "cpus"), (CmdbProblemCodes.AttributeWrongType, "installed") },
            problems.Select(p => (p.Code, p.Attribute!)));
        Assert.All(problems, p => Assert.Equal("srv-1", p.Item.Value));

        ConfigurationItemRecord fixedItem = item
            .WithAttribute("model", AttributeValue.Of("PRIMERGY"))
            .WithAttribute("os", AttributeValue.Of("RHEL 9"))
            .WithAttribute("cpus", AttributeValue.Of(8m))
            .WithAttribute("installed", AttributeValue.Of(new LocalDate(2024, 4, 1)));
        Assert.Empty(catalogue.Check(fixedItem));
        Assert.Equal(CmdbProblemCodes.UnknownClass, Assert.Single(catalogue.Check(fixedItem with { Class = "router" })).Code);
    }

    [Fact]
    public void BuiltIn_RelationshipTypes_AreExactlyTheDesignSet()
    {
        var expected = new[]
        {
            ("depends on", "used by", ImpactDirection.TargetImpairsSource, false),
            ("runs on", "runs", ImpactDirection.TargetImpairsSource, false),
            ("hosted on", "hosts", ImpactDirection.TargetImpairsSource, false),
            ("provided by", "provides", ImpactDirection.TargetImpairsSource, false),
            ("contains", "contained by", ImpactDirection.SourceImpairsTarget, false),
            ("coupled with", "coupled with", ImpactDirection.BothWays, false),
            ("member of", "has member", ImpactDirection.None, true),
            ("documents", "documented by", ImpactDirection.None, false),
            ("relevant to", "relevant to", ImpactDirection.None, false),
        };
        Assert.Equal(expected, RelationshipTypeCatalogue.BuiltIn.Select(t => (t.Name, t.Inverse, t.Impact, t.IsMembership)));
    }

    [Fact]
    public void RelationshipTypeCatalogue_HostTypes_AddedButNeverRedefineBuiltInsOrMembership()
    {
        var replicates = new RelationshipType("replicates to", "replicated from", ImpactDirection.SourceImpairsTarget);
        RelationshipTypeCatalogue catalogue = RelationshipTypeCatalogue.Create(new[] { replicates });
        Assert.Same(replicates, catalogue.Find("replicates to"));
        Assert.False(replicates.IsMembership);
        Assert.Equal(10, catalogue.All.Count);
        CmdbFormatException e = Assert.Throws<CmdbFormatException>(() => RelationshipTypeCatalogue.Create(new[]
        {
            new RelationshipType("member of", "has member", ImpactDirection.None),
            replicates,
            replicates,
        }));
        Assert.Equal(new[] { "$.relationshipTypes[0].name", "$.relationshipTypes[2].name" }, e.Problems.Select(p => p.Path));
    }

    [Theory]
    [InlineData("75", 4, 3)]
    [InlineData("50", 3, 2)]
    [InlineData("50", 4, 2)]
    [InlineData("33.34", 3, 2)]
    [InlineData("33.33", 3, 1)]
    [InlineData("0", 9, 0)]
    [InlineData("100", 7, 7)]
    [InlineData("100", 0, 0)]
    [InlineData("0.0000000000000000000000000001", 1000000, 1)]
    public void MinUp_Percentage_IsTheExactCeiling(string percent, int members, int expected) =>
        Assert.Equal(expected, Quorum.Percentage(decimal.Parse(percent, System.Globalization.CultureInfo.InvariantCulture)).MinUp(members));

    [Fact]
    public void MinUp_RandomPercentages_MatchTheSmallestCountReachingThePercentage()
    {
        // Oracle: the least k with 100 k >= p x members, searched upwards (p has at most 4 decimals, so the products are exact in decimal).
        PropertyRunner.Run(
            FsCheck.Fluent.Gen.Select(
                FsCheck.Fluent.Gen.Zip(FsCheck.Fluent.Gen.Choose(0, 1_000_000), FsCheck.Fluent.Gen.Choose(0, 5000)),
                t => (Percent: t.Item1 / 10_000m, Members: t.Item2)),
            c =>
            {
                int k = 0;
                while (k * 100m < c.Percent * c.Members)
                {
                    k++;
                }

                Assert.Equal(k, Quorum.Percentage(c.Percent).MinUp(c.Members));
            });
    }

    [Fact]
    public void Quorum_OutOfRange_Rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Quorum.Percentage(100.01m));
        Assert.Throws<ArgumentOutOfRangeException>(() => Quorum.Percentage(-1m));
        Assert.Throws<ArgumentOutOfRangeException>(() => Quorum.Count(-1));
        Assert.Equal(3, Quorum.Count(3).MinUp(10));
    }

    [Fact]
    public void ConfigurationItemRecord_EqualityIsByValueIncludingCollections()
    {
        var contact = new Contact(ContactRoles.MaintenanceContractor, "Tape Service Co.", "03-0000-0000", null);
        ConfigurationItemRecord a = new ConfigurationItemRecord(new ConfigurationItemId("tape-1"), "Tape unit 1", "server")
        {
            Contacts = new[] { contact },
            Documents = new[] { new ItemDocument(DocumentKind.Licence, "Backup licence", "LIC-1", new LocalDate(2027, 3, 31)) },
            AcquiredOn = new LocalDate(2019, 4, 1),
        }.WithAttribute("maker", AttributeValue.Of("IBM"));
        ConfigurationItemRecord b = new ConfigurationItemRecord(new ConfigurationItemId("tape-1"), "Tape unit 1", "server")
        {
            Contacts = new List<Contact> { new(ContactRoles.MaintenanceContractor, "Tape Service Co.", "03-0000-0000", null) },
            Documents = new[] { new ItemDocument(DocumentKind.Licence, "Backup licence", "LIC-1", new LocalDate(2027, 3, 31)) },
            AcquiredOn = new LocalDate(2019, 4, 1),
        }.WithAttribute("maker", AttributeValue.Of("IBM"));
        Assert.Equal(a, b);
        Assert.NotEqual(a, b.WithAttribute("maker", AttributeValue.Of("HP")));
        Assert.NotEqual(a, b with { Status = ConfigurationItemStatus.Retired });
        var verification = new ContactVerification(Instant.FromUtc(2026, 12, 1, 0, 0), Actor.Of("ops.sato"), VerificationOutcome.Unreachable);
        ConfigurationItemRecord verified = a.WithVerification(ContactRoles.MaintenanceContractor, verification);
        Assert.Equal(verification, verified.Contacts[0].LastVerification);
        Assert.NotEqual(a, verified);
        Assert.Throws<ArgumentException>(() => a.WithVerification(ContactRoles.Manufacturer, verification));
    }

    [Fact]
    public void AttributeValue_FitsDeclaredTypes()
    {
        Assert.True(AttributeValue.Of(4m).Fits(AttributeType.Integer));
        Assert.False(AttributeValue.Of(4.5m).Fits(AttributeType.Integer));
        Assert.True(AttributeValue.Of(4.5m).Fits(AttributeType.Number));
        Assert.False(AttributeValue.Of("4").Fits(AttributeType.Number));
        Assert.True(AttributeValue.Of(true).Fits(AttributeType.Boolean));
        Assert.NotEqual(AttributeValue.Of(1.5m), AttributeValue.Of(1.50m));
        Assert.Throws<InvalidOperationException>(() => AttributeValue.Of("x").Number);
    }
}
