using System;
using System.Reflection;

namespace ItsmCore.Classification.Tests;

public sealed class PublicApiTests
{
    [Fact]
    public void PublicSurface_MatchesTheApiFiles_SealedReadOnlyAndInItsNamespace()
    {
        // Growing the public surface is a decision: the build fails until PublicAPI.Unshipped.txt lists the new members.
        PublicApiAssert.Conforms(typeof(PriorityScale).Assembly, "ItsmCore.Classification");
        Assert.All(typeof(PriorityScale).Assembly.GetExportedTypes(), t => Assert.Equal("ItsmCore.Classification", t.Namespace));
    }

    [Fact]
    public void OrderedScale_BothScales_AreTheOneImplementation()
    {
        Type ordered = typeof(PriorityScale).Assembly.GetType("ItsmCore.Classification.OrderedScale`1", throwOnError: true)!;

        Assert.False(ordered.IsPublic);
        Assert.Contains(typeof(PriorityScale).GetFields(BindingFlags.Instance | BindingFlags.NonPublic), f => f.FieldType == ordered.MakeGenericType(typeof(Priority)));
        Assert.Contains(typeof(SeverityScale).GetFields(BindingFlags.Instance | BindingFlags.NonPublic), f => f.FieldType == ordered.MakeGenericType(typeof(SeverityLevel)));
    }
}
