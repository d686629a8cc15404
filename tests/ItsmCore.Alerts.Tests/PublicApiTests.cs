using System;
using System.Linq;
using System.Reflection;
using ItsmCore.Tests;

namespace ItsmCore.Alerts.Tests;

public sealed class PublicApiTests
{
    private static readonly Type[] PublicTypes = typeof(AlertTriage).Assembly.GetExportedTypes();

    [Fact]
    public void PublicSurface_MatchesTheApiFiles_SealedReadOnlyAndInItsNamespaces()
    {
        PublicApiAssert.Conforms(typeof(AlertTriage).Assembly, "ItsmCore.Alerts");
    }

    [Fact]
    public void PublicTypes_LiveInTheAlertsNamespace()
    {
        Assert.Empty(PublicTypes.Where(t => t.Namespace is not ("ItsmCore.Alerts" or "Microsoft.Extensions.DependencyInjection")).Select(t => t.FullName));
    }

    [Fact]
    public void Engine_IsInternalAndSealed()
    {
        Type engine = typeof(AlertTriage).Assembly.GetType("ItsmCore.Alerts.Engine.TriageIndex")!;
        Assert.False(engine.IsPublic);
        Assert.True(engine.IsSealed);
    }
}
