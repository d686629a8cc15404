using System;
using System.Linq;

namespace ItsmCore.Classification.Tests;

public sealed class PublicApiTests
{
    private static readonly Type[] PublicTypes = typeof(PriorityScale).Assembly.GetExportedTypes();

    [Fact]
    public void PublicSurface_IsTheIntendedSet()
    {
        string[] actual = PublicTypes.Select(t => t.FullName!).OrderBy(n => n, StringComparer.Ordinal).ToArray();

        Assert.Equal(
            [
                "ItsmCore.Classification.CategoryPath",
                "ItsmCore.Classification.Priority",
                "ItsmCore.Classification.PriorityMatrix",
                "ItsmCore.Classification.PriorityMatrixBuilder",
                "ItsmCore.Classification.PriorityOrder",
                "ItsmCore.Classification.PriorityScale",
                "ItsmCore.Classification.SeverityLevel",
                "ItsmCore.Classification.SeverityScale",
            ],
            actual);
    }

    [Fact]
    public void OrderedScale_IsTheOneImplementationBehindBothScales()
    {
        Type ordered = typeof(PriorityScale).Assembly.GetType("ItsmCore.Classification.OrderedScale`1", throwOnError: true)!;

        Assert.False(ordered.IsPublic);
        Assert.Contains(typeof(PriorityScale).GetFields(System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic), f => f.FieldType == ordered.MakeGenericType(typeof(Priority)));
        Assert.Contains(typeof(SeverityScale).GetFields(System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic), f => f.FieldType == ordered.MakeGenericType(typeof(SeverityLevel)));
    }
}
