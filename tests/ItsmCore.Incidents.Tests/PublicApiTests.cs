using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using ItsmCore.ServiceRequests;

namespace ItsmCore.Incidents.Tests;

/// <summary>
/// The public-API check of the ItsmCore.Incidents package (the shared <c>PublicApiAssert.Conforms</c> with the package's
/// second namespace, ItsmCore.ServiceRequests, which the shared helper does not accept yet): the exported types are
/// exactly those of PublicAPI.Shipped.txt and PublicAPI.Unshipped.txt, classes are sealed or static except the two event
/// bases, structs are read-only, and every type lives in ItsmCore.Incidents, ItsmCore.ServiceRequests or the DI namespace.
/// </summary>
public sealed class PublicApiTests
{
    private static readonly Assembly Package = typeof(Incident).Assembly;
    private static readonly Type[] DesignedBases = [typeof(IncidentEvent), typeof(ServiceRequestEvent)];

    [Fact]
    public void PublicSurface_ExportedTypes_MatchTheApiFiles()
    {
        // Growing the public surface is a decision: the build fails until PublicAPI.Unshipped.txt lists the new members.
        Assert.Equal(DeclaredTypes(), Package.GetExportedTypes().Select(Name).OrderBy(n => n, StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void PublicSurface_Classes_SealedOrStaticOrADesignedBase()
    {
        Assert.Empty(Package.GetExportedTypes().Where(t => t.IsClass && !t.IsSealed && !DesignedBases.Contains(t)).Select(Name));
        Assert.Empty(Package.GetExportedTypes().Where(t => t.IsValueType && !t.IsEnum && !t.CustomAttributes.Any(a => a.AttributeType.Name == "IsReadOnlyAttribute")).Select(Name));
        Assert.All(Package.GetExportedTypes(), t => Assert.Contains(t.Namespace, new[] { "ItsmCore.Incidents", "ItsmCore.ServiceRequests", "Microsoft.Extensions.DependencyInjection" }));
    }

    [Fact]
    public void EventBases_OutsideThePackage_CannotBeDerived()
    {
        // Closed hierarchies: the constructor taking the common part and the journal method every event overrides are
        // private protected, so the record copy constructor (protected by necessity) cannot derive an event elsewhere.
        Assert.All(DesignedBases, b =>
        {
            Assert.True(b.IsAbstract);
            Assert.DoesNotContain(b.GetConstructors(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic), c => c.IsPublic || (c.IsFamily && c.GetParameters().Length > 1));
            MethodInfo journal = b.GetMethod("Journal", BindingFlags.Instance | BindingFlags.NonPublic)!;
            Assert.True(journal.IsAbstract && journal.IsFamilyAndAssembly, b.Name);
        });
        Assert.Equal(20, Package.GetExportedTypes().Count(t => t.IsSubclassOf(typeof(IncidentEvent)) && t.IsSealed));
        Assert.Equal(13, Package.GetExportedTypes().Count(t => t.IsSubclassOf(typeof(ServiceRequestEvent)) && t.IsSealed));
    }

    private static string[] DeclaredTypes([CallerFilePath] string thisFile = "")
    {
        string directory = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "..", "src", "ItsmCore.Incidents"));
        var names = new List<string>();
        foreach (string file in new[] { "PublicAPI.Shipped.txt", "PublicAPI.Unshipped.txt" })
        {
            names.AddRange(File.ReadAllLines(Path.Combine(directory, file))
                .Select(l => l.TrimStart('~').Trim())
                .Where(l => l.Length > 0 && !l.StartsWith('#') && !l.Contains("->", StringComparison.Ordinal)));
        }

        return names.OrderBy(n => n, StringComparer.Ordinal).ToArray();
    }

    private static string Name(Type type) => type.FullName!.Replace('+', '.');
}
