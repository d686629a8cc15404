using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace ItsmCore.Tests;

/// <summary>
/// The public-API checks every test project runs on its package (shared, linked in by eng/Test.props): the exported
/// types are exactly the types declared in the package's PublicAPI.Shipped.txt and PublicAPI.Unshipped.txt (which the
/// PublicApiAnalyzers keep equal to the members), classes are sealed or static except the designed bases (abstract,
/// no public constructor), value types are read-only, and types live in the package's namespaces.
/// </summary>
internal static class PublicApiAssert
{
    /// <summary>Checks everything above for <paramref name="assembly"/>, the package <paramref name="package"/> under src/.</summary>
    public static void Conforms(Assembly assembly, string package, Type[]? designedBases = null, string[]? mutableValueTypes = null, [CallerFilePath] string thisFile = "")
    {
        Type[] types = assembly.GetExportedTypes();
        Assert.Equal(DeclaredTypes(package, thisFile), types.Select(Name).OrderBy(n => n, StringComparer.Ordinal).ToArray());

        Type[] bases = designedBases ?? [];
        string[] open = types.Where(t => t.IsClass && !t.IsSealed && !bases.Contains(t)).Select(Name).ToArray();
        Assert.True(open.Length == 0, "Public classes that are neither sealed, static nor a designed base: " + string.Join(", ", open));
        Assert.All(bases, b =>
        {
            Assert.True(b.IsAbstract, b.Name + " is a designed base but not abstract.");
            Assert.Empty(b.GetConstructors(BindingFlags.Public | BindingFlags.Instance));
        });

        string[] mutable = types
            .Where(t => t.IsValueType && !t.IsEnum && !t.CustomAttributes.Any(a => a.AttributeType.Name == "IsReadOnlyAttribute"))
            .Select(Name)
            .Except(mutableValueTypes ?? [])
            .ToArray();
        Assert.True(mutable.Length == 0, "Public structs that are not read-only: " + string.Join(", ", mutable));

        string[] misplaced = types
            .Where(t => !(t.Namespace ?? string.Empty).StartsWith(package, StringComparison.Ordinal) && t.Namespace != "Microsoft.Extensions.DependencyInjection")
            .Select(Name)
            .ToArray();
        Assert.True(misplaced.Length == 0, $"Public types outside {package}.* and Microsoft.Extensions.DependencyInjection: " + string.Join(", ", misplaced));
    }

    /// <summary>The type lines of the package's PublicAPI files, in reflection's generic spelling (<c>Outcome`1</c>), sorted.</summary>
    private static string[] DeclaredTypes(string package, string thisFile)
    {
        string directory = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "..", "src", package));
        var names = new List<string>();
        foreach (string file in new[] { "PublicAPI.Shipped.txt", "PublicAPI.Unshipped.txt" })
        {
            string path = Path.Combine(directory, file);
            Assert.True(File.Exists(path), $"{package} has no {file}.");
            names.AddRange(File.ReadAllLines(path)
                .Select(l => l.TrimStart('~').Trim())
                .Where(l => l.Length > 0 && !l.StartsWith('#') && !l.Contains("->", StringComparison.Ordinal))
                .Select(Reflected));
        }

        return names.OrderBy(n => n, StringComparer.Ordinal).ToArray();
    }

    /// <summary><c>A.B&lt;T, U&gt;</c> as <c>A.B`2</c>; nested types keep the dot.</summary>
    private static string Reflected(string declared)
    {
        int open = declared.IndexOf('<', StringComparison.Ordinal);
        return open < 0 ? declared : declared[..open] + "`" + (declared.Count(c => c == ',') + 1);
    }

    private static string Name(Type type) => type.FullName!.Replace('+', '.');
}
