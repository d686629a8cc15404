using System;
using System.Threading.Tasks;
using ItsmCore.Primitives;
using ItsmCore.Testing;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace ItsmCore.Cmdb.Tests;

/// <summary>The repository port (in-memory adapter), the DI registration and the test builders.</summary>
public sealed class ConfigurationItemRepositoryTests
{
    private static readonly Actor Ops = Actor.Of("ops");

    [Fact]
    public async Task SaveAsync_StaleCopy_ConflictAndStoredStreamUnchanged()
    {
        var repository = new InMemoryConfigurationItemRepository(Build.ConfigurationItem().Build().Rules);
        ConfigurationItem item = Build.ConfigurationItem().Build();
        await repository.SaveAsync(item);
        ConfigurationItem a = (await repository.FindAsync(item.Id))!;
        ConfigurationItem b = (await repository.FindAsync(item.Id))!;
        a.Rename(new RenameConfigurationItem("A"), Ops, a.LastEventAt);
        b.Rename(new RenameConfigurationItem("B"), Ops, b.LastEventAt);

        await repository.SaveAsync(a);
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => repository.SaveAsync(b));

        Assert.Equal("A", (await repository.FindAsync(item.Id))!.Current.Name);
    }

    [Fact]
    public async Task SaveBatchAsync_OneStaleItem_NothingStored()
    {
        var repository = new InMemoryConfigurationItemRepository(Build.ConfigurationItem().Build().Rules);
        ConfigurationItem existing = Build.ConfigurationItem().WithId("web-1").Build();
        await repository.SaveAsync(existing);
        ConfigurationItem stale = Build.ConfigurationItem().WithId("web-1").Build();
        ConfigurationItem fresh = Build.ConfigurationItem().WithId("web-2").Build();

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => repository.SaveBatchAsync([fresh, stale]));

        Assert.Null(await repository.FindAsync(fresh.Id));
        Assert.Equal(1, fresh.Version - fresh.PersistedVersion);
        await repository.SaveBatchAsync([fresh]);
        Assert.Equal(fresh.Version, fresh.PersistedVersion);
        Assert.NotNull(await repository.FindAsync(fresh.Id));
        await Assert.ThrowsAsync<ArgumentException>(() => repository.SaveBatchAsync([Build.ConfigurationItem().WithId("x").Build(), Build.ConfigurationItem().WithId("x").Build()]));
    }

    [Fact]
    public void AddItsmCoreCmdb_TwiceOrEqualSettings_HarmlessAndOtherSettingsRejected()
    {
        ClassCatalogue classes = CmdbGraphBuilder.Classes;
        var services = new ServiceCollection();
        services.AddItsmCoreCmdb(o => o.Classes = classes);
        services.AddItsmCoreCmdb();
        services.AddItsmCoreCmdb(o => o.Classes = classes);

        Assert.Throws<ArgumentException>(() => services.AddItsmCoreCmdb(o => o.Classes = ClassCatalogue.Default));
        Assert.Throws<ArgumentException>(() => new ServiceCollection().AddItsmCoreCmdb(o => o.Classes = null!));
        Assert.Same(classes, services.BuildServiceProvider().GetRequiredService<ConfigurationItemRules>().Classes);
        Assert.Single(services, d => d.ServiceType == typeof(ConfigurationItemRules));
    }

    [Fact]
    public void CmdbGraphBuilder_PoolWithOneMemberDown_ServiceDegraded()
    {
        CmdbGraph graph = Build.CmdbGraph().Service("sales").Group("pool", Quorum.Count(1)).Server("web-1").Server("web-2")
            .Relate("sales", RelationshipType.DependsOn, "pool").Relate("web-1", RelationshipType.MemberOf, "pool").Relate("web-2", RelationshipType.MemberOf, "pool")
            .Compile();

        ImpactResult impact = graph.Impact(new ConfigurationItemId("web-1"));

        Assert.Equal(ImpactState.Degraded, impact.StateOf(new ConfigurationItemId("sales")));
    }
}
