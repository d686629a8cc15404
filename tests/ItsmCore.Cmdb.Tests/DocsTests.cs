using System;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;

namespace ItsmCore.Cmdb.Tests;

public sealed class DocsTests
{
    [Fact]
    public void CmdbMd_JsonExample_ReadsAndHasTheDocumentedContent()
    {
        string text = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "cmdb.md"));
        int start = text.IndexOf("```json\n", StringComparison.Ordinal) + "```json\n".Length;
        string json = text[start..text.IndexOf("```", start, StringComparison.Ordinal)];
        CmdbHistory history = CmdbJson.Read(json);
        Assert.Equal(3, history.Facts.Count(f => f.Kind == CmdbFactKind.Item));
        Assert.Equal("go-live", Assert.Single(history.Baselines).Name);
        Assert.Equal(new[] { "tape-1" }, history.AtBaseline("go-live").MembersOf(new Primitives.ConfigurationItemId("tape-lib")).Select(i => i.Value));
    }

    private static string RepositoryRoot([CallerFilePath] string source = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(source)!, "..", ".."));
}
