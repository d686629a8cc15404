using System;
using System.Threading.Tasks;
using ItsmCore.Incidents;
using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Testing.Tests.Incidents;

public sealed class InMemoryIncidentRepositoryTests
{
    private static readonly Actor Agent = Actor.Of("agent");

    [Fact]
    public async Task SaveThenFind_RebuildsAnEqualIncidentAndCommits()
    {
        var repository = new InMemoryIncidentRepository(Build.DefaultIncidentRules);
        Incident incident = Build.Incident().InProgress().Build();

        await repository.SaveAsync(incident);
        Incident? loaded = await repository.FindAsync(incident.Id);

        Assert.NotNull(loaded);
        Assert.Empty(incident.UncommittedEvents);
        Assert.Equal(incident.Version, loaded.PersistedVersion);
        Assert.Equal(incident.Status, loaded.Status);
        Assert.Equal(incident.Journal, loaded.Journal);
    }

    [Fact]
    public async Task StaleWrite_IsRefusedAndNothingIsLost()
    {
        var repository = new InMemoryIncidentRepository(Build.DefaultIncidentRules);
        Incident incident = Build.Incident().AssignedTo("network").Build();
        await repository.SaveAsync(incident);
        Incident first = (await repository.FindAsync(incident.Id))!;
        Incident second = (await repository.FindAsync(incident.Id))!;
        Instant at = incident.LastEventAt + Duration.FromMinutes(5);

        first.StartWork(Agent, at);
        await repository.SaveAsync(first);
        second.AddComment(new AddIncidentComment(CommentVisibility.Internal, "Looking at the firewall."), Agent, at);
        ConcurrencyConflictException conflict = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => repository.SaveAsync(second));

        Assert.Equal(2, conflict.ExpectedVersion);
        Assert.Equal(3, conflict.ActualVersion);
        Assert.Single(second.UncommittedEvents);
        Incident reloaded = (await repository.FindAsync(incident.Id))!;
        Assert.Equal(IncidentStatus.InProgress, reloaded.Status);
        Assert.Empty(reloaded.Comments);
    }

    [Fact]
    public async Task Find_Unknown_ReturnsNull()
    {
        var repository = new InMemoryIncidentRepository(Build.DefaultIncidentRules);

        Assert.Null(await repository.FindAsync(new IncidentId("INC-404")));
    }

    [Fact]
    public void Constructor_NullRules_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => new InMemoryIncidentRepository(null!));
    }
}
