using System;
using System.Linq;
using System.Reflection;

namespace ItsmCore.Sla.Tests;

public sealed class ServiceLevelsPublicApiTests
{
    private static readonly Type[] ServiceLevelTypes =
    {
        typeof(AvailabilityBlock),
        typeof(AvailabilityBlockKind),
        typeof(AvailabilityReport),
        typeof(AvailabilityTarget),
        typeof(ErrorBudget),
        typeof(ErrorBudgetKind),
        typeof(ErrorBudgetPolicy),
        typeof(MeanTimeToRestore),
        typeof(NominalPeriods),
        typeof(ReleaseDecision),
        typeof(ServiceAvailability),
    };

    [Fact]
    public void PublicClasses_AreSealedOrStatic()
    {
        string[] open = ServiceLevelTypes.Where(t => t.IsClass && !t.IsSealed).Select(t => t.FullName!).ToArray();

        Assert.Empty(open);
    }

    [Fact]
    public void PublicTypes_LiveInTheItsmCoreSlaNamespace()
    {
        Assert.All(ServiceLevelTypes, t => Assert.Equal("ItsmCore.Sla", t.Namespace));
        Assert.All(ServiceLevelTypes, t => Assert.True(t.IsPublic, t.FullName));
    }

    [Fact]
    public void PublicClasses_HaveNoPublicConstructorsOrSettableProperties()
    {
        foreach (Type type in ServiceLevelTypes.Where(t => t.IsClass))
        {
            Assert.Empty(type.GetConstructors(BindingFlags.Public | BindingFlags.Instance));
            Assert.DoesNotContain(type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static), p => p.SetMethod is { IsPublic: true });
        }
    }

    [Fact]
    public void Helpers_AreInternal()
    {
        Assert.False(typeof(Fraction).IsPublic);
        Assert.False(typeof(IntervalSet).IsPublic);
        Assert.False(typeof(ServiceLevelGuard).IsPublic);
    }
}
