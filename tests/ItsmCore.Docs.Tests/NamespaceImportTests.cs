using System;
using System.Collections.Generic;
using System.Linq;
using ItsmCore.Calendars;
using ItsmCore.Changes;
using ItsmCore.Classification;
using ItsmCore.Cmdb;
using ItsmCore.Incidents;
using ItsmCore.Primitives;
using ItsmCore.Problems;
using ItsmCore.Sla;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ItsmCore.Docs.Tests;

/// <summary>
/// A file may import every domain namespace at once (ItsmCore.Cmdb, .Changes, .Incidents, .Problems, .Sla, .Calendars,
/// .Classification, .Primitives) without a name meaning two types (CS0104). This file is such a file and uses names
/// that once clashed; the compilation test checks every public type name of those namespaces by its simple name.
/// </summary>
public sealed class NamespaceImportTests
{
    private static readonly string[] Namespaces =
    [
        "ItsmCore.Cmdb", "ItsmCore.Changes", "ItsmCore.Incidents", "ItsmCore.Problems", "ItsmCore.Sla", "ItsmCore.Calendars",
        "ItsmCore.Classification", "ItsmCore.Primitives",
    ];

    private static readonly Type[] Anchors =
    [
        typeof(Quorum), typeof(ApprovalQuorum), typeof(Incident), typeof(Problem), typeof(SlaTarget), typeof(BusinessCalendar), typeof(Priority), typeof(Actor),
    ];

    [Fact]
    public void AllDomainNamespaces_ImportedInThisFile_QuorumsKeepTheirOwnMeaning()
    {
        Quorum pool = Quorum.Percentage(50);
        ApprovalQuorum review = ApprovalQuorum.Percentage(50);
        var step = new ApprovalStep("Review", ["a", "b", "c"], review);

        Assert.Equal((2, 2), (pool.MinUp(3), step.Required));
        Assert.Equal((0, "0 %"), (Quorum.Percentage(0).MinUp(3), Quorum.Percentage(0).ToString()));
        Assert.Throws<ArgumentOutOfRangeException>(() => ApprovalQuorum.Percentage(0));
        Assert.Equal("ItsmCore.Cmdb", typeof(Quorum).Namespace);
    }

    [Fact]
    public void AllDomainNamespaces_EveryPublicTypeBySimpleName_CompilesWithoutAmbiguity()
    {
        Type[] types = Anchors.Select(t => t.Assembly).Distinct()
            .SelectMany(a => a.GetExportedTypes())
            .Where(t => !t.IsNested && Namespaces.Contains(t.Namespace, StringComparer.Ordinal))
            .ToArray();
        Assert.Contains(typeof(Quorum), types);
        Assert.Contains(typeof(ApprovalQuorum), types);
        string source = string.Concat(Namespaces.Select(n => $"using {n};\n"))
            + "static class Probe\n{\n    static readonly System.Type[] Types =\n    [\n"
            + string.Concat(types.Select(t => $"        typeof({SimpleName(t)}),\n"))
            + "    ];\n}\n";

        CSharpCompilation compilation = CSharpCompilation.Create(
            "NamespaceImportProbe",
            [CSharpSyntaxTree.ParseText(source)],
            DocumentRunner.References(),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

        IEnumerable<string> errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString());
        Assert.Empty(errors);
    }

    private static string SimpleName(Type type)
    {
        int tick = type.Name.IndexOf('`', StringComparison.Ordinal);
        return tick < 0 ? type.Name : type.Name[..tick] + "<" + new string(',', type.GetGenericArguments().Length - 1) + ">";
    }
}
