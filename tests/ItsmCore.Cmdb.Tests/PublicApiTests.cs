using System;
using System.Linq;
using System.Reflection;

namespace ItsmCore.Cmdb.Tests;

public sealed class PublicApiTests
{
    private static readonly Type[] PublicTypes = typeof(CmdbGraph).Assembly.GetExportedTypes();

    [Fact]
    public void PublicClasses_AreSealedOrStatic()
    {
        Assert.Empty(PublicTypes.Where(t => t.IsClass && !t.IsSealed && !(t.IsAbstract && t.IsSealed)).Select(t => t.FullName));
    }

    [Fact]
    public void PublicTypes_LiveInTheCmdbNamespace()
    {
        Assert.Empty(PublicTypes.Where(t => t.Namespace != "ItsmCore.Cmdb").Select(t => t.FullName));
    }

    [Fact]
    public void Engine_IsInternalAndSealed()
    {
        Type engine = typeof(CmdbGraph).Assembly.GetType("ItsmCore.Cmdb.Engine.GraphEngine")!;
        Assert.False(engine.IsPublic);
        Assert.True(engine.IsSealed);
    }

    [Fact]
    public void PublicSurface_IsTheIntendedSet()
    {
        // Growing the public surface is a decision: update this list deliberately.
        string[] expected =
        {
            "AttributeDefinition", "AttributeGap", "AttributeType", "AttributeValue", "Baseline", "BusinessCriticality", "ClassCatalogue",
            "CmdbDiagram", "CmdbDiff", "CmdbFact", "CmdbFactKind", "CmdbFormatException", "CmdbFormatProblem", "CmdbGraph", "CmdbHealthReport",
            "CmdbHistory", "CmdbJson", "CmdbProblem", "CmdbProblemCodes", "CmdbSnapshot", "ConfigurationItemClass", "ConfigurationItemRecord",
            "ConfigurationItemStatus", "Contact", "ContactReference", "ContactRoles", "ContactVerification", "DocumentKind", "ExplanationStep",
            "ExplanationStepKind", "HealthPolicy", "ImpactDirection", "ImpactExplanation", "ImpactResult", "ImpactState", "ImpactedItem",
            "ItemChange", "ItemDocument", "LikelyDuplicate", "PlannedOutage", "Quorum", "QuorumGap", "Relationship", "RelationshipId",
            "RelationshipType", "RelationshipTypeCatalogue", "ReverificationTask", "RootCauseCandidate", "VerificationOutcome",
        };
        Assert.Equal(expected.Order(StringComparer.Ordinal), PublicTypes.Select(t => t.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void PublicMembers_HaveNoSettersOutsideInit()
    {
        string[] mutable = PublicTypes
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Select(p => (t, p)))
            .Where(x => x.p.SetMethod is { IsPublic: true } setter
                        && !setter.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.Name == "IsExternalInit"))
            .Select(x => $"{x.t.Name}.{x.p.Name}")
            .ToArray();
        Assert.Empty(mutable);
    }
}
