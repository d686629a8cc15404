using System;
using System.Linq;
using System.Reflection;
using ItsmCore.Tests;

namespace ItsmCore.Cmdb.Tests;

public sealed class PublicApiTests
{
    private static readonly Type[] PublicTypes = typeof(CmdbGraph).Assembly.GetExportedTypes();

    [Fact]
    public void PublicSurface_MatchesTheApiFiles_SealedReadOnlyAndInItsNamespaces()
    {
        // Growing the public surface is a decision: the build fails until PublicAPI.Unshipped.txt lists the new members.
        PublicApiAssert.Conforms(typeof(CmdbGraph).Assembly, "ItsmCore.Cmdb", designedBases: [typeof(ConfigurationItemEvent), typeof(ConfigurationItemCommand)]);
        // Closed hierarchies: the event base's only constructor taking the common part is private protected and its journal
        // method private protected abstract; the command base's constructor is private protected.
        Assert.DoesNotContain(typeof(ConfigurationItemEvent).GetConstructors(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic), c => c.IsPublic || c.IsFamily && c.GetParameters().Length > 1);
        Assert.True(typeof(ConfigurationItemEvent).GetMethod("Journal", BindingFlags.Instance | BindingFlags.NonPublic)!.IsFamilyAndAssembly);
        Assert.DoesNotContain(typeof(ConfigurationItemCommand).GetConstructors(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic), c => c.IsPublic || c.IsFamily && c.GetParameters().Length == 0);
    }

    [Fact]
    public void Events_AllPublic_AreSealedConfigurationItemEvents()
    {
        Type[] events = PublicTypes.Where(t => t.IsSubclassOf(typeof(ConfigurationItemEvent))).ToArray();

        Assert.Equal(12, events.Length);
        Assert.All(events, t => Assert.True(t.IsSealed, t.Name));
    }

    [Fact]
    public void PublicTypes_LiveInTheCmdbNamespace()
    {
        Assert.Empty(PublicTypes.Where(t => t.Namespace is not ("ItsmCore.Cmdb" or "Microsoft.Extensions.DependencyInjection")).Select(t => t.FullName));
    }

    [Fact]
    public void Engine_IsInternalAndSealed()
    {
        Type engine = typeof(CmdbGraph).Assembly.GetType("ItsmCore.Cmdb.Engine.GraphEngine")!;
        Assert.False(engine.IsPublic);
        Assert.True(engine.IsSealed);
    }

    [Fact]
    public void PublicMembers_HaveNoSettersOutsideInit()
    {
        string[] mutable = PublicTypes
            .Where(t => t != typeof(ConfigurationItemOptions))
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Select(p => (t, p)))
            .Where(x => x.p.SetMethod is { IsPublic: true } setter
                        && !setter.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.Name == "IsExternalInit"))
            .Select(x => $"{x.t.Name}.{x.p.Name}")
            .ToArray();
        Assert.Empty(mutable);
    }
}
