using System.Linq;
using System.Threading.Tasks;
using ItsmCore.Incidents;
using ItsmCore.Primitives;
using ItsmCore.Problems;
using ItsmCore.Testing;
using NodaTime;

namespace ItsmCore.Problems.Tests.Propagation;

public sealed class WorkaroundPropagatorTests
{
    private static readonly Actor Analyst = Actor.Of("analyst");

    [Fact]
    public async Task ApplyAsync_MixedLinkedIncidents_NotesOnOpenOnesOnly()
    {
        var repository = new InMemoryIncidentRepository(Build.DefaultIncidentRules);
        Incident open = Build.Incident().WithId("INC-1").InProgress().Build();
        Incident resolved = Build.Incident().WithId("INC-2").Resolved().Build();
        Incident closed = Build.Incident().WithId("INC-3").Closed().Build();
        foreach (Incident incident in new[] { open, resolved, closed })
        {
            await repository.SaveAsync(incident);
        }

        Instant at = Instant.FromUtc(2026, 11, 21, 0, 0);
        var published = new WorkaroundPublished(
            new ProblemId("PRB-1"), 4, at, Analyst, "Restart the tape daemon.", null,
            [new IncidentId("INC-1"), new IncidentId("INC-2"), new IncidentId("INC-3"), new IncidentId("INC-404")]);

        var propagator = new WorkaroundPropagator(new InMemoryIncidentWorkaroundGateway(repository));
        var noted = await propagator.ApplyAsync(published);

        Assert.Equal(["INC-1", "INC-2"], noted.Select(i => i.Value));
        Incident reloaded = (await repository.FindAsync(new IncidentId("INC-1")))!;
        IncidentWorkaround workaround = Assert.Single(reloaded.Workarounds);
        Assert.Equal("PRB-1", workaround.Problem.Value);
        Assert.Equal("Restart the tape daemon.", workaround.Text);
        Assert.Equal(at, workaround.At);
        Assert.Equal("Workaround noted", reloaded.Journal[^1].Action);
        Assert.Empty((await repository.FindAsync(new IncidentId("INC-3")))!.Workarounds);
    }
}
