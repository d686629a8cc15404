using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using ItsmCore.Cmdb;
using ItsmCore.Incidents;
using ItsmCore.Primitives;
using ItsmCore.Problems;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace ItsmCore.Docs.Tests;

/// <summary>Checks what docs/cmdb.md and docs/problems.md say their samples give.</summary>
public sealed class CmdbProblemsDocTests
{
    private static ConfigurationItemId Ci(string id) => new(id);

    [Fact]
    public async Task CmdbExample_Web1Down_DegradesThePoolAndSalesServicesFirst()
    {
        DocumentRun run = await DocumentRunner.RunAsync("docs/cmdb.md");

        ImpactResult impact = run.Variable<ImpactResult>("impact");
        PlannedOutage both = run.Variable<PlannedOutage>("both");

        // "sales Degraded (services first), then pool Degraded, web-1 Down"
        Assert.Equal(
            new[] { new ImpactedItem(Ci("sales"), ImpactState.Degraded, true), new ImpactedItem(Ci("pool"), ImpactState.Degraded, false), new ImpactedItem(Ci("web-1"), ImpactState.Down, false) },
            impact.ToArray());
        Assert.Equal(new[] { Ci("sales") }, both.ServicesDown);
    }

    [Fact]
    public async Task WorkaroundPropagation_LinkedIncidents_AreNotedWhereTheyExist()
    {
        DocumentRun run = await DocumentRunner.RunAsync("docs/problems.md");

        IReadOnlyList<IncidentId> reached = run.Variable<IReadOnlyList<IncidentId>>("reached");
        Incident? noted = await run.Variable<IIncidentRepository>("incidents").FindAsync(new IncidentId("INC-0001"));

        Assert.Equal(new[] { new IncidentId("INC-0001") }, reached);
        Assert.Equal("Restart the spooler.", Assert.Single(noted!.Workarounds).Text);
    }

    [Fact]
    public async Task ProblemsRegistration_Options_AreFrozenIntoTheRules()
    {
        DocumentRun run = await DocumentRunner.RunAsync("docs/problems.md");
        using ServiceProvider provider = run.Variable<ServiceCollection>("services").BuildServiceProvider();

        ProblemRules rules = provider.GetRequiredService<ProblemRules>();

        Assert.Equal(Duration.FromDays(14), rules.TrendDetection.Window);
        Assert.Equal(5, rules.TrendDetection.Threshold);
        Assert.NotNull(provider.GetRequiredService<ProblemTrendDetector>());
    }
}
