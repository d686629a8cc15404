using System;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace ItsmCore.Cli.Tests;

// samples/cmdb/case-cmdb.json: the brief's case CI set (load balancer, firewall, a Web/AP pool of two servers with a
// quorum of 1, a DB cluster of two, supplier interfaces for the payment network and the monitoring vendor, four
// services) and case 10's tape library of four units whose contacts were last verified on 2024-10-01 JST (the
// contractor) or never (the manufacturer; units acquired 2019-04-01). Expectations below are worked out from the file.
public sealed class CmdbCommandTests
{
    private const string At = "2026-12-01T00:00:00Z";

    private static string Case => Tool.Sample("cmdb/case-cmdb.json");

    private static string[] Rows(string output) =>
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(4).Select(l => l.Split("  ", StringSplitOptions.RemoveEmptyEntries)[0] + " " + l.Split("  ", StringSplitOptions.RemoveEmptyEntries)[3].Trim()).ToArray();

    [Fact]
    public void Impact_OneWebServerDown_ServicesDegradedFirstAndExitOne()
    {
        Tool.Result r = Tool.Run("cmdb", "impact", Case, "--down", "web-1", "--at", At);

        Assert.Equal(1, r.ExitCode);
        Assert.Equal(new[] { "svc-payment DEGRADED", "svc-sales DEGRADED", "app-pool DEGRADED", "web-1 DOWN" }, Rows(r.Output));
        Assert.Contains("2 business service(s) impaired: 0 down, 2 degraded", r.Output, StringComparison.Ordinal);
        Assert.Contains("web-1 (input); web-1 member of app-pool (quorum degraded: 1 of 2 up, minimum 1); app-pool used by svc-sales", r.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Impact_BothWebServersDownAndFirewallDegraded_ServicesDownAndDegraded()
    {
        Tool.Result r = Tool.Run("cmdb", "impact", Case, "--down", "web-1", "web-2", "--degraded", "fw-1", "--at", At);

        Assert.Equal(1, r.ExitCode);
        Assert.Equal(
            new[]
            {
                "svc-monitoring DEGRADED", "svc-payment DOWN", "svc-sales DOWN", "app-pool DOWN", "fw-1 DEGRADED",
                "if-monitoring DEGRADED", "if-payment DEGRADED", "lb-1 DEGRADED", "web-1 DOWN", "web-2 DOWN",
            },
            Rows(r.Output));
        Assert.Contains("quorum lost: 0 of 2 up, minimum 1", r.Output, StringComparison.Ordinal);
        Assert.Contains("fw-1 (input); fw-1 used by if-monitoring; if-monitoring provides svc-monitoring", r.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Impact_OneTapeUnitDown_LibraryKeepsQuorumDegradedAndBackupDegraded()
    {
        // 75 % of 4 units: minimum 3 up; case 10 ran 3 of 4 units.
        Tool.Result r = Tool.Run("cmdb", "impact", Case, "--down", "tape-2", "--at", At);

        Assert.Equal(1, r.ExitCode);
        Assert.Equal(new[] { "svc-backup DEGRADED", "tape-2 DOWN", "tape-lib DEGRADED" }, Rows(r.Output));
        Assert.Contains("quorum degraded: 3 of 4 up, minimum 3", r.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Impact_OrphanDown_NoServiceImpairedExitZero()
    {
        Tool.Result r = Tool.Run("cmdb", "impact", Case, "--down", "sw-old", "--at", At);

        Assert.Equal(0, r.ExitCode);
        Assert.Contains("no business service impaired", r.Output, StringComparison.Ordinal);
        Assert.Equal(new[] { "sw-old DOWN" }, Rows(r.Output));
    }

    [Fact]
    public void Impact_Json_ListsStatesCausesAndSteps()
    {
        Tool.Result r = Tool.Run("cmdb", "impact", Case, "--down", "db-1", "db-2", "--at", At, "--json");

        Assert.Equal(1, r.ExitCode);
        using JsonDocument doc = JsonDocument.Parse(r.Output);
        JsonElement root = doc.RootElement;
        Assert.Equal(At, root.GetProperty("at").GetString());
        Assert.Equal(2, root.GetProperty("businessServicesImpaired").GetInt32());
        // web-0 is retired but its relationship still stands (cmdb health reports it), so it is impaired too.
        var items = root.GetProperty("impaired").EnumerateArray().Select(e => e.GetProperty("id").GetString() + " " + e.GetProperty("state").GetString()).ToArray();
        Assert.Equal(new[] { "svc-payment DOWN", "svc-sales DOWN", "app-pool DOWN", "db-1 DOWN", "db-2 DOWN", "db-cluster DOWN", "web-0 DOWN", "web-1 DOWN", "web-2 DOWN" }, items);
        JsonElement sales = root.GetProperty("impaired")[1];
        Assert.Equal("db-1", sales.GetProperty("cause").GetString());
        Assert.Equal("db-1 member of db-cluster (quorum lost: 0 of 2 up, minimum 1)", sales.GetProperty("explanation")[0].GetString());
        Assert.Equal(4, sales.GetProperty("explanation").GetArrayLength());
    }

    [Fact]
    public void Impact_Dot_MarksTheImpairedItems()
    {
        Tool.Result r = Tool.Run("cmdb", "impact", Case, "--down", "web-1", "--at", At, "--format", "dot");

        Assert.Equal(1, r.ExitCode);
        Assert.StartsWith("digraph cmdb {", r.Output, StringComparison.Ordinal);
        Assert.Contains("\"web-1\" [label=\"Web/AP server 1 (web-1)\\nserver\\nDOWN\"", r.Output, StringComparison.Ordinal);
        Assert.Contains("min 1 of 2 up\\nDEGRADED", r.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "--down", "web-9", "bad id" }, "itsmcore: --down: no CI with the id 'web-9', 'bad id' in the CMDB at that instant")]
    [InlineData(new[] { "--down", "web-1", "--degraded", "nope" }, "itsmcore: --degraded: no CI with the id 'nope' in the CMDB at that instant")]
    [InlineData(new[] { "--down", "web-1", "--format", "svg" }, "itsmcore: --format: 'svg' is not one of table, mermaid, dot")]
    [InlineData(new[] { "--down", "web-1", "--format", "dot", "--json" }, "itsmcore: --format: --json writes JSON; leave out --format or --json")]
    public void Impact_BadArguments_ExitTwoNamingTheProblem(string[] options, string message)
    {
        Tool.Result r = Tool.Run(new[] { "cmdb", "impact", Case, "--at", At }.Concat(options).ToArray());

        Assert.Equal(2, r.ExitCode);
        Assert.Equal("", r.Output);
        Assert.Equal(message + Environment.NewLine, r.Error);
    }

    [Fact]
    public void Impact_BeforeTheCisExist_NamesTheIdAsUnknown()
    {
        // Every fact of the sample is valid from 2025-03-31T15:00:00Z.
        Tool.Result r = Tool.Run("cmdb", "impact", Case, "--down", "web-1", "--at", "2025-03-31T14:59:59Z");

        Assert.Equal(2, r.ExitCode);
        Assert.Contains("no CI with the id 'web-1'", r.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Impact_MissingDown_IsBadInput()
    {
        Tool.Result r = Tool.Run("cmdb", "impact", Case);

        Assert.Equal(2, r.ExitCode);
        Assert.Contains("--down", r.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Health_MalformedDocument_ListsEveryProblemWithPathAndExitsTwo()
    {
        string file = Path.Combine(Path.GetTempPath(), $"itsmcore-bad-cmdb-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, """
            {"format":"itsmcore-cmdb/1",
             "items":[{"id":"a","validFrom":"2025-01-01T00:00:00Z","recordedAt":"2025-01-01T00:00:00Z","name":"A","class":"nope","status":"production"}],
             "relationships":[{"id":"r1","validFrom":"2025-01-01T00:00:00Z","recordedAt":"2025-01-01T00:00:00Z","source":"a","type":"depends on","target":"b"}]}
            """);
        try
        {
            foreach (string[] args in new[] { new[] { "cmdb", "health", file }, new[] { "cmdb", "impact", file, "--down", "a" } })
            {
                Tool.Result r = Tool.Run(args);

                Assert.Equal(2, r.ExitCode);
                Assert.Equal("", r.Output);
                Assert.Equal(
                    $"itsmcore: {file} $.items[0].class: class 'nope' is not defined in $.classes{Environment.NewLine}" +
                    $"itsmcore: {file} $.relationships[0].target: item 'b' is not in $.items{Environment.NewLine}",
                    r.Error);
            }
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Health_MissingFile_IsBadInput()
    {
        Tool.Result r = Tool.Run("cmdb", "health", "no-such-cmdb.json");

        Assert.Equal(2, r.ExitCode);
        Assert.Equal("itsmcore: FILE: cannot read 'no-such-cmdb.json': no such file" + Environment.NewLine, r.Error);
    }

    [Fact]
    public void Health_Sample_ReportsEveryKindOfFindingAndExitsOne()
    {
        Tool.Result r = Tool.Run("cmdb", "health", Case, "--at", At, "--json");

        Assert.Equal(1, r.ExitCode);
        using JsonDocument doc = JsonDocument.Parse(r.Output);
        JsonElement root = doc.RootElement;
        Assert.Equal(14, root.GetProperty("findings").GetInt32()); // 1 gap + 8 stale + 2 orphans + 2 duplicates + 1 retired
        JsonElement gap = root.GetProperty("attributeGaps")[0];
        Assert.Equal("server purpose ConfigurationItem.Attributes.Missing db-2", $"{gap.GetProperty("class")} {gap.GetProperty("attribute")} {gap.GetProperty("code")} {gap.GetProperty("items")[0]}");
        Assert.Equal(new[] { "fw-spare", "sw-old" }, root.GetProperty("orphans").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(
            new[] { "serial-number FG200F-0001", "name-and-class Firewall (network-appliance)" },
            root.GetProperty("likelyDuplicates").EnumerateArray().Select(e => $"{e.GetProperty("rule")} {e.GetProperty("key")}"));
        Assert.Equal("r20", root.GetProperty("relationshipsToRetired")[0].GetProperty("id").GetString());
        Assert.Equal(0, root.GetProperty("groupsBelowQuorum").GetArrayLength());
        JsonElement[] stale = root.GetProperty("staleContacts").EnumerateArray().ToArray();
        Assert.Equal(8, stale.Length);
        Assert.All(stale, s => Assert.StartsWith("tape-", s.GetProperty("item").GetString(), StringComparison.Ordinal));

        // The manufacturer was never verified: the acquisition date (2019-04-01) is the reference, due a year later.
        JsonElement manufacturer = stale.First(s => s.GetProperty("role").GetString() == "manufacturer");
        Assert.Equal("acquisition date", manufacturer.GetProperty("reference").GetString());
        Assert.Equal("2020-04-01T00:00:00Z", manufacturer.GetProperty("dueAt").GetString());

        // The contractor was verified 2024-10-01 00:00 JST: due 2025-10-01 00:00 JST.
        JsonElement contractor = stale.First(s => s.GetProperty("role").GetString() == "maintenance-contractor");
        Assert.Equal("last verification", contractor.GetProperty("reference").GetString());
        Assert.Equal("2024-09-30T15:00:00Z", contractor.GetProperty("referenceAt").GetString());
        Assert.Equal("2025-09-30T15:00:00Z", contractor.GetProperty("dueAt").GetString());

        // The work list holds every contact: the 8 tape contacts and the load balancer's and payment interface's, not yet due.
        JsonElement[] work = root.GetProperty("workList").EnumerateArray().ToArray();
        Assert.Equal(10, work.Length);
        Assert.Equal(new[] { "if-payment", "lb-1" }, work.Where(w => !w.GetProperty("overdue").GetBoolean()).Select(w => w.GetProperty("item").GetString()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Health_BeforeTheContractorIsDue_OnlyTheManufacturersAreStale()
    {
        Tool.Result r = Tool.Run("cmdb", "health", Case, "--at", "2025-09-30T14:59:59Z", "--json");

        using JsonDocument doc = JsonDocument.Parse(r.Output);
        Assert.Equal(
            new[] { "manufacturer" },
            doc.RootElement.GetProperty("staleContacts").EnumerateArray().Select(s => s.GetProperty("role").GetString()).Distinct());
        Assert.Equal(4, doc.RootElement.GetProperty("staleContacts").GetArrayLength());
    }

    [Fact]
    public void Health_ZoneTokyo_AcquisitionDateStartsInTokyo()
    {
        Tool.Result r = Tool.Run("cmdb", "health", Case, "--at", At, "--zone", "Asia/Tokyo", "--json");

        using JsonDocument doc = JsonDocument.Parse(r.Output);
        JsonElement manufacturer = doc.RootElement.GetProperty("staleContacts").EnumerateArray().First(s => s.GetProperty("role").GetString() == "manufacturer");
        Assert.Equal("2019-03-31T15:00:00Z", manufacturer.GetProperty("referenceAt").GetString());
        Assert.Equal("2020-03-31T15:00:00Z", manufacturer.GetProperty("dueAt").GetString());
    }

    [Fact]
    public void Health_CleanDocument_ExitsZero()
    {
        string file = Path.Combine(Path.GetTempPath(), $"itsmcore-clean-cmdb-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, """
            {"format":"itsmcore-cmdb/1",
             "classes":[{"name":"it-service","parent":"business-service"},{"name":"server"}],
             "items":[{"id":"svc","validFrom":"2025-01-01T00:00:00Z","recordedAt":"2025-01-01T00:00:00Z","name":"Service","class":"it-service","status":"production"},
                      {"id":"srv","validFrom":"2025-01-01T00:00:00Z","recordedAt":"2025-01-01T00:00:00Z","name":"Server","class":"server","status":"production"}],
             "relationships":[{"id":"r1","validFrom":"2025-01-01T00:00:00Z","recordedAt":"2025-01-01T00:00:00Z","source":"svc","type":"runs on","target":"srv"}]}
            """);
        try
        {
            Tool.Result r = Tool.Run("cmdb", "health", file, "--at", At);

            Assert.Equal(0, r.ExitCode);
            Assert.Contains("2 CIs, 1 relationships; 0 finding(s)", r.Output, StringComparison.Ordinal);
            Assert.Contains("Orphans (no chain of relationships to a business service): none", r.Output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Process_CmdbImpactAndHealthOnTheSample_ExitOne()
    {
        Tool.Result impact = Tool.RunProcess("cmdb", "impact", "samples/cmdb/case-cmdb.json", "--down", "web-1", "web-2", "--at", At);
        Tool.Result health = Tool.RunProcess("cmdb", "health", "samples/cmdb/case-cmdb.json", "--at", At);

        Assert.Equal(1, impact.ExitCode);
        Assert.Contains("2 business service(s) impaired: 2 down, 0 degraded", impact.Output, StringComparison.Ordinal);
        Assert.Equal(1, health.ExitCode);
        Assert.Contains("Stale contacts (re-verification overdue): 8", health.Output, StringComparison.Ordinal);
        Assert.Equal("", health.Error);
    }
}
