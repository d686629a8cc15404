using System;
using System.Globalization;
using System.Linq;
using System.Text;
using NodaTime;

namespace ItsmCore.Cmdb.Tests;

/// <summary>
/// Brief cases 16 and 19: an operations hand-over inventories more than 200 nodes (physical servers with maker, model,
/// count, OS, middleware and purpose; virtual machines with OS, middleware and purpose; network and security
/// appliances and switches with maker, model and count) and imports them in one call.
/// </summary>
public sealed class HandOverInventoryTests
{
    private const int Physical = 60;
    private const int Virtual = 200;
    private const int Network = 40;
    private const int Services = 10;

    [Fact]
    public void Read_HandOverInventoryOfThreeHundredNodes_ImportsInOneCall()
    {
        CmdbHistory history = CmdbJson.Read(Inventory(bad: false));
        CmdbSnapshot snapshot = history.AsOf(Instant.FromUtc(2026, 12, 1, 0, 0), Instant.FromUtc(2026, 12, 1, 0, 0));
        Assert.Equal(Physical + Virtual + Network + Services, snapshot.Items.Count);
        Assert.Equal(Virtual + Virtual + Network, snapshot.Relationships.Count);
        Assert.Equal(Physical, snapshot.Items.Count(i => i.Class == "physical-server"));
        Assert.All(snapshot.Items, i => Assert.Empty(snapshot.Classes.Check(i)));
        CmdbHealthReport report = CmdbHealthReport.Create(snapshot, new HealthPolicy(), Instant.FromUtc(2026, 12, 1, 0, 0));
        Assert.Empty(report.Orphans);

        // One host down takes its virtual machines and, through them, the services they run.
        ImpactResult impact = CmdbGraph.Compile(snapshot).Impact(new Primitives.ConfigurationItemId("pm-001"));
        Assert.Equal(
            new[] { "sys-01", "pm-001", "vm-001", "vm-061", "vm-121", "vm-181" },
            impact.Select(i => i.Id.Value));
    }

    [Fact]
    public void Read_HandOverInventoryWithBadNodes_RejectsTheWholeImportAndNamesEachNode()
    {
        CmdbFormatException e = Assert.Throws<CmdbFormatException>(() => CmdbJson.Read(Inventory(bad: true)));
        Assert.Equal(new[] { "$.items[62].attributes.os.date", "$.items[250].id", "$.relationships[6].target", "$.relationships[360].source", "$.relationships[361].target" }, e.Problems.Select(p => p.Path));
    }

    private static string Inventory(bool bad)
    {
        var json = new StringBuilder();
        json.Append("""
            {
              "format": "itsmcore-cmdb/1",
              "classes": [
                { "name": "device", "attributes": [ { "name": "maker", "type": "text", "required": true }, { "name": "model", "type": "text", "required": true }, { "name": "count", "type": "integer", "required": true } ] },
                { "name": "physical-server", "parent": "device", "attributes": [ { "name": "os", "type": "text", "required": true }, { "name": "middleware", "type": "text", "required": true }, { "name": "purpose", "type": "text", "required": true } ] },
                { "name": "network-appliance", "parent": "device" },
                { "name": "virtual-machine", "attributes": [ { "name": "os", "type": "text", "required": true }, { "name": "middleware", "type": "text", "required": true }, { "name": "purpose", "type": "text", "required": true } ] },
                { "name": "customer-system", "parent": "business-service" }
              ],
              "items": [
            """);
        const string times = "\"validFrom\": \"2026-11-01T00:00:00Z\", \"recordedAt\": \"2026-11-20T09:00:00Z\"";
        var items = new System.Collections.Generic.List<string>();
        for (int i = 1; i <= Services; i++)
        {
            items.Add($"{{ \"id\": \"sys-{i:00}\", {times}, \"name\": \"Customer system {i}\", \"class\": \"customer-system\", \"status\": \"production\" }}");
        }

        for (int i = 1; i <= Physical; i++)
        {
            string os = bad && i == 53 ? "{ \"date\": \"2019-02-30\" }" : "\"Windows Server 2019\"";
            items.Add($"{{ \"id\": \"pm-{i:000}\", {times}, \"name\": \"PM{i:000}\", \"class\": \"physical-server\", \"status\": \"production\", \"serialNumber\": \"PM-SN-{i:0000}\", "
                + $"\"attributes\": {{ \"maker\": \"HPE\", \"model\": \"ProLiant DL360 Gen10\", \"count\": 1, \"os\": {os}, \"middleware\": \"VMware ESXi 7\", \"purpose\": \"virtualisation host\" }} }}");
        }

        for (int i = 1; i <= Virtual; i++)
        {
            string id = bad && i == 181 ? "vm 181" : $"vm-{i:000}";
            items.Add($"{{ \"id\": \"{id}\", {times}, \"name\": \"VM{i:000}\", \"class\": \"virtual-machine\", \"status\": \"production\", "
                + $"\"attributes\": {{ \"os\": \"{(i % 2 == 0 ? "RHEL 8" : "Windows Server 2019")}\", \"middleware\": \"{(i % 3 == 0 ? "PostgreSQL 15" : "Tomcat 9")}\", \"purpose\": \"{(i % 3 == 0 ? "database" : "application")}\" }} }}");
        }

        for (int i = 1; i <= Network; i++)
        {
            string kind = i % 4 == 0 ? "FortiGate 100F" : "Catalyst 9300";
            items.Add($"{{ \"id\": \"nw-{i:00}\", {times}, \"name\": \"NW{i:00}\", \"class\": \"network-appliance\", \"status\": \"production\", "
                + $"\"attributes\": {{ \"maker\": \"{(i % 4 == 0 ? "Fortinet" : "Cisco")}\", \"model\": \"{kind}\", \"count\": {(i % 4 == 0 ? 2 : 1)} }} }}");
        }

        json.Append(string.Join(",\n    ", items)).Append("\n  ],\n  \"relationships\": [\n    ");
        var relationships = new System.Collections.Generic.List<string>();
        for (int i = 1; i <= Virtual; i++)
        {
            int host = ((i - 1) % Physical) + 1;
            string target = bad && i == 4 ? "pm-999" : $"pm-{host:000}";
            relationships.Add($"{{ \"id\": \"vm-{i:000}-host\", {times}, \"source\": \"vm-{i:000}\", \"type\": \"hosted on\", \"target\": \"{target}\" }}");
            relationships.Add($"{{ \"id\": \"vm-{i:000}-system\", {times}, \"source\": \"sys-{((i - 1) % Services) + 1:00}\", \"type\": \"depends on\", \"target\": \"vm-{i:000}\" }}");
        }

        for (int i = 1; i <= Network; i++)
        {
            relationships.Add($"{{ \"id\": \"nw-{i:00}-system\", {times}, \"source\": \"nw-{i:00}\", \"type\": \"relevant to\", \"target\": \"sys-{((i - 1) % Services) + 1:00}\" }}");
        }

        json.Append(string.Join(",\n    ", relationships)).Append("\n  ]\n}\n");
        return json.ToString().Replace("\r\n", "\n", StringComparison.Ordinal).ToString(CultureInfo.InvariantCulture);
    }
}
