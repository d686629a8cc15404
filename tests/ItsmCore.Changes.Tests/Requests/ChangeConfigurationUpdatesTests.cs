using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using FluentValidation;
using ItsmCore.Changes.Tests.Approvals;
using ItsmCore.Cmdb;
using ItsmCore.Primitives;
using ItsmCore.Testing;
using NodaTime;

namespace ItsmCore.Changes.Tests.Requests;

/// <summary>
/// Issue 13's "succeeding (only then are the CI updates attached to the change applied to the Cmdb, each journaled with
/// the change id)": a change's released updates applied through <see cref="ChangeConfigurationUpdates"/>.
/// </summary>
public sealed class ChangeConfigurationUpdatesTests
{
    private static readonly Actor Manager = Actor.Of("change-manager");
    private static readonly Actor Ops = Actor.Of("ops");
    private static readonly Instant Recorded = Instant.FromUtc(2026, 11, 1, 0, 0);

    private static readonly ConfigurationItemRules CmdbRules = ConfigurationItemRules.Create(new ConfigurationItemOptions
    {
        Classes = ClassCatalogue.Create(
        [
            new ConfigurationItemClass("application", null, [new AttributeDefinition("port", AttributeType.Number, false), new AttributeDefinition("runtime", AttributeType.Text, false)]),
        ]),
    });

    private static PlannedConfigurationUpdate InterfaceTo241 => new(new ConfigurationItemId("payment-interface"), "integration software 2.4.1")
    {
        Version = "2.4.1",
        Set = new Dictionary<string, AttributeValue> { ["port"] = AttributeValue.Of(8443m) },
        Remove = ["runtime"],
    };

    private static PlannedConfigurationUpdate GatewayRuntime => new(new ConfigurationItemId("payment-gateway"), "runtime 10")
    {
        Set = new Dictionary<string, AttributeValue> { ["runtime"] = AttributeValue.Of(".NET 10") },
    };

    [Fact]
    public async Task ApplyAsync_NormalChangeReleasedByOperations_EachItemJournalsTheUpdateWithTheChangeId()
    {
        InMemoryConfigurationItemRepository items = await CmdbWith("payment-interface", "payment-gateway");
        ChangeRequest change = Implemented(InterfaceTo241, GatewayRuntime);
        Instant done = change.LastEventAt;
        change.ReleaseConfigurationUpdates(new ReleaseChangeConfigurationUpdates(), Ops, done);
        var released = Assert.IsType<ChangeConfigurationUpdatesReleased>(change.UncommittedEvents[^1]);
        Assert.Equal(2, released.Updates.Count);

        Outcome<EquatableArray<ConfigurationItemId>> applied = await ChangeConfigurationUpdates.ApplyAsync(released, items, Ops, done + Duration.FromMinutes(1));

        Assert.True(applied.IsSuccess, applied.ToString());
        Assert.Equal(["payment-interface", "payment-gateway"], applied.Value.Select(i => i.Value));
        ConfigurationItem iface = (await items.FindAsync(new ConfigurationItemId("payment-interface")))!;
        Assert.Equal("2.4.1", iface.Current.Version);
        Assert.Equal(AttributeValue.Of(8443m), iface.Current.Attributes["port"]);
        Assert.False(iface.Current.Attributes.ContainsKey("runtime"));
        JournalEntry entry = iface.Journal[^1];
        Assert.Equal("AttributesUpdated", entry.Action);
        Assert.Equal(change.Id.Value, entry.Reason);
        Assert.Equal(Ops, entry.Actor);
        ConfigurationItem gateway = (await items.FindAsync(new ConfigurationItemId("payment-gateway")))!;
        Assert.Equal(AttributeValue.Of(".NET 10"), gateway.Current.Attributes["runtime"]);
        Assert.Equal(change.Id.Value, gateway.Journal[^1].Reason);

        // The history is the events: the stored event names the change, and rebuilding from it gives the same record and journal.
        IReadOnlyList<ConfigurationItemEvent> history = items.Store.Load(iface.Id.Value);
        ConfigurationItemAttributesUpdated stored = Assert.IsType<ConfigurationItemAttributesUpdated>(history[^1]);
        Assert.Equal((change.Id.Value, Ops, done + Duration.FromMinutes(1)), (stored.Cause, stored.Actor, stored.At));
        Assert.Equal("2.4.0", stored.PreviousRecord.Version);
        AggregateAssert.RebuildEqualsLive<ConfigurationItem, ConfigurationItemEvent>(iface, h => ConfigurationItem.Rebuild(h, CmdbRules), history);

        // Applying again finds every item up to date: nothing new is stored.
        Outcome<EquatableArray<ConfigurationItemId>> again = await ChangeConfigurationUpdates.ApplyAsync(change, items, Ops, done + Duration.FromMinutes(2));
        Assert.True(again.IsSuccess);
        Assert.Empty(again.Value);
        Assert.Equal(iface.Version, (await items.FindAsync(iface.Id))!.Version);
    }

    [Fact]
    public async Task ApplyAsync_Case14AgileTrack_AppliedOnlyAfterOperationsReleased()
    {
        var directory = new ApprovalTests.RoleDirectory(new Dictionary<string, string[]> { ["dev-team"] = ["development"], ["ops"] = ["operations"] });
        InMemoryConfigurationItemRepository items = await CmdbWith("CI-WEB-01", "CI-WEB-02");
        ChangeRequest change = Build.ChangeRequest().WithRules(ChangeRequestScenarioTests.Rules()).OnDelegatedTrack().WithConfigurationUpdates(("CI-WEB-01", "3.0"), ("CI-WEB-02", "3.0")).Classified().Build();
        change.AssessRisk(new AssessChangeRisk("None", "Unlikely"), Manager, change.LastEventAt);
        change.RecordVote(new RecordChangeVote("Change manager", ApprovalDecision.Approve), Actor.Of("cm"), change.LastEventAt);
        change.DecideAtCab(new DecideChangeAtCab(CabDecision.Approve), Manager, change.LastEventAt);
        change.Schedule(new ScheduleChange(), Manager, change.LastEventAt);
        change.StartImplementation(new StartChangeImplementation(), Actor.Of("dev-team"), change.LastEventAt, directory);
        change.CompleteImplementation(new CompleteChangeImplementation(), Actor.Of("dev-team"), change.LastEventAt);
        Assert.Equal(DelegatedAuthority.CiUpdateNotAllowedCode, Assert.Throws<DomainRuleException>(() => change.ReleaseConfigurationUpdates(new ReleaseChangeConfigurationUpdates(), Actor.Of("dev-team"), change.LastEventAt, directory)).Code);

        Assert.Equal(ChangeRefusalCodes.NotReleased, Assert.Single((await ChangeConfigurationUpdates.ApplyAsync(change, items, Actor.Of("dev-team"), change.LastEventAt)).Refusals).Code);
        await AssertUntouched(items, "CI-WEB-01");

        change.ReleaseConfigurationUpdates(new ReleaseChangeConfigurationUpdates(), Ops, change.LastEventAt, directory);
        Outcome<EquatableArray<ConfigurationItemId>> applied = await ChangeConfigurationUpdates.ApplyAsync(change, items, Ops, change.LastEventAt);

        Assert.Equal(["CI-WEB-01", "CI-WEB-02"], applied.Value.Select(i => i.Value));
        foreach (string id in new[] { "CI-WEB-01", "CI-WEB-02" })
        {
            ConfigurationItem item = (await items.FindAsync(new ConfigurationItemId(id)))!;
            Assert.Equal(("3.0", change.Id.Value, Ops), (item.Current.Version, item.Journal[^1].Reason, item.Journal[^1].Actor));
        }
    }

    [Fact]
    public async Task ApplyAsync_UnknownItem_RefusedAndNothingApplied()
    {
        InMemoryConfigurationItemRepository items = await CmdbWith("payment-interface");
        ChangeRequest change = Released(InterfaceTo241, GatewayRuntime);

        Outcome<EquatableArray<ConfigurationItemId>> applied = await ChangeConfigurationUpdates.ApplyAsync(change, items, Ops, change.LastEventAt);

        Refusal refusal = Assert.Single(applied.Refusals);
        Assert.Equal(ChangeRefusalCodes.ItemNotFound, refusal.Code);
        Assert.Equal("payment-gateway", refusal["item"]);
        Assert.Equal(change.Id.Value, refusal["change"]);
        await AssertUntouched(items, "payment-interface");
    }

    [Fact]
    public async Task ApplyAsync_AttributeOfTheWrongTypeForTheClass_RefusedWithTheCmdbCodeAndNothingApplied()
    {
        InMemoryConfigurationItemRepository items = await CmdbWith("payment-interface", "payment-gateway");
        PlannedConfigurationUpdate wrongType = GatewayRuntime with { Set = new Dictionary<string, AttributeValue> { ["port"] = AttributeValue.Of("https") } };
        ChangeRequest change = Released(InterfaceTo241, wrongType);

        Outcome<EquatableArray<ConfigurationItemId>> applied = await ChangeConfigurationUpdates.ApplyAsync(change, items, Ops, change.LastEventAt);

        Refusal refusal = Assert.Single(applied.Refusals);
        Assert.Equal(ChangeRefusalCodes.ItemRefused, refusal.Code);
        Assert.Equal("payment-gateway", refusal["item"]);
        Assert.Equal(CmdbProblemCodes.AttributeWrongType, refusal["code"]);
        await AssertUntouched(items, "payment-interface");
        await AssertUntouched(items, "payment-gateway");
    }

    [Fact]
    public async Task ApplyAsync_RetiredItem_RefusedWithTheCmdbCode()
    {
        InMemoryConfigurationItemRepository items = await CmdbWith("payment-gateway");
        ConfigurationItem gateway = (await items.FindAsync(new ConfigurationItemId("payment-gateway")))!;
        gateway.ChangeStatus(new ChangeConfigurationItemStatus(ConfigurationItemTrigger.Retire), Ops, Recorded);
        await items.SaveAsync(gateway);
        ChangeRequest change = Released(GatewayRuntime);

        Outcome<EquatableArray<ConfigurationItemId>> applied = await ChangeConfigurationUpdates.ApplyAsync(change, items, Ops, change.LastEventAt);

        Assert.Equal(ConfigurationItemRefusalCodes.Final, Assert.Single(applied.Refusals)["code"]);
    }

    [Fact]
    public async Task ApplyAsync_NotReleasedYet_RefusedAndNothingApplied()
    {
        InMemoryConfigurationItemRepository items = await CmdbWith("payment-interface", "payment-gateway");
        ChangeRequest change = Implemented(InterfaceTo241, GatewayRuntime);

        Outcome<EquatableArray<ConfigurationItemId>> applied = await ChangeConfigurationUpdates.ApplyAsync(change, items, Ops, change.LastEventAt);

        Refusal refusal = Assert.Single(applied.Refusals);
        Assert.Equal(ChangeRefusalCodes.NotReleased, refusal.Code);
        Assert.Equal(nameof(ChangeStatus.Implemented), refusal["status"]);
        await AssertUntouched(items, "payment-interface");
        await AssertUntouched(items, "payment-gateway");
    }

    [Fact]
    public async Task ApplyAsync_ItemChangedSinceLoaded_ConcurrencyConflictAndNothingStored()
    {
        InMemoryConfigurationItemRepository items = await CmdbWith("payment-interface", "payment-gateway");
        ChangeRequest change = Released(InterfaceTo241, GatewayRuntime);
        var racing = new RacingRepository(items, new ConfigurationItemId("payment-gateway"), change.LastEventAt);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => ChangeConfigurationUpdates.ApplyAsync(change, racing, Ops, change.LastEventAt));

        await AssertUntouched(items, "payment-interface");
        ConfigurationItem gateway = (await items.FindAsync(new ConfigurationItemId("payment-gateway")))!;
        Assert.Equal((3L, "renamed by another writer", ".NET 9"), (gateway.Version, gateway.Current.Name, gateway.Current.Attributes["runtime"].Text));
    }

    [Fact]
    public void Submit_InvalidUpdateEffects_EachRefusedWithItsCode()
    {
        PlannedConfigurationUpdate[] updates =
        [
            new(new ConfigurationItemId("a"), "nothing"),
            new(new ConfigurationItemId("b"), "bad name") { Set = new Dictionary<string, AttributeValue> { ["has space"] = AttributeValue.Of(true) } },
            new(new ConfigurationItemId("c"), "set and removed") { Set = new Dictionary<string, AttributeValue> { ["port"] = AttributeValue.Of(1m) }, Remove = ["port"] },
            new(new ConfigurationItemId("d"), "padded version") { Version = " 2.4.1" },
            new(new ConfigurationItemId("e"), "null value") { Set = new Dictionary<string, AttributeValue> { ["port"] = null! } },
        ];

        ValidationException e = Assert.Throws<ValidationException>(() => Build.ChangeRequest().WithConfigurationUpdates(updates).Build());

        Assert.Equal(
            [
                ("ConfigurationUpdates[0]", "Change.ConfigurationUpdates.NoEffect"),
                ("ConfigurationUpdates[1].Set[has space]", "Change.ConfigurationUpdates.InvalidAttributeName"),
                ("ConfigurationUpdates[2].Remove[0]", "Change.ConfigurationUpdates.AlsoSet"),
                ("ConfigurationUpdates[3].Version", "Change.ConfigurationUpdates.InvalidVersion"),
                ("ConfigurationUpdates[4].Set[port]", "Change.ConfigurationUpdates.NullValue"),
            ],
            e.Errors.Select(f => (f.PropertyName, f.ErrorCode)));
    }

    [Fact]
    public void Submit_UpdateWithEffects_CarriedOnTheEventAndRebuilt()
    {
        ChangeRequest change = Build.ChangeRequest().WithConfigurationUpdates(InterfaceTo241).Build();

        ConfigurationUpdate update = Assert.Single(change.ConfigurationUpdates);
        Assert.Equal(
            new ConfigurationUpdate(change.Id, new ConfigurationItemId("payment-interface"), "integration software 2.4.1")
            {
                Version = "2.4.1",
                Set = new Dictionary<string, AttributeValue> { ["port"] = AttributeValue.Of(8443m) },
                Remove = EquatableArray.From(["runtime"]),
            },
            update);
        Assert.NotEqual(update with { Set = new Dictionary<string, AttributeValue> { ["port"] = AttributeValue.Of(8444m) } }, update);
        Assert.NotEqual(update with { Version = "2.4.2" }, update);
        Assert.Equal(update, Assert.Single(ChangeRequest.Rebuild(change.UncommittedEvents, ChangeRules.Default).ConfigurationUpdates));
        UpdateConfigurationItemAttributes command = update.ToCommand();
        Assert.Equal((change.Id.Value, "2.4.1", "runtime"), (command.Cause, command.Version, Assert.Single(command.Remove!)));
    }

    private static ChangeRequest Implemented(params PlannedConfigurationUpdate[] updates)
    {
        ChangeRequest change = Build.ChangeRequest().WithRules(ChangeRequestScenarioTests.Rules()).WithConfigurationUpdates(updates).Classified().Build();
        change.AssessRisk(new AssessChangeRisk("None", "Unlikely"), Manager, change.LastEventAt);
        change.RecordVote(new RecordChangeVote("Change manager", ApprovalDecision.Approve), Actor.Of("cm"), change.LastEventAt);
        change.DecideAtCab(new DecideChangeAtCab(CabDecision.Approve), Manager, change.LastEventAt);
        change.Schedule(new ScheduleChange(), Manager, change.LastEventAt);
        change.StartImplementation(new StartChangeImplementation(), Actor.Of("implementer"), change.LastEventAt);
        change.CompleteImplementation(new CompleteChangeImplementation(), Actor.Of("implementer"), change.LastEventAt + Duration.FromMinutes(30));
        return change;
    }

    private static ChangeRequest Released(params PlannedConfigurationUpdate[] updates)
    {
        ChangeRequest change = Implemented(updates);
        change.ReleaseConfigurationUpdates(new ReleaseChangeConfigurationUpdates(), Ops, change.LastEventAt);
        return change;
    }

    private static async Task<InMemoryConfigurationItemRepository> CmdbWith(params string[] ids)
    {
        var items = new InMemoryConfigurationItemRepository(CmdbRules);
        foreach (string id in ids)
        {
            ConfigurationItem item = Build.ConfigurationItem().WithRules(CmdbRules).WithId(id).OfClass("application").RecordedAt(Recorded).Build();
            item.UpdateAttributes(new UpdateConfigurationItemAttributes(new Dictionary<string, AttributeValue> { ["runtime"] = AttributeValue.Of(".NET 9") }) { Version = "2.4.0" }, Ops, Recorded);
            await items.SaveAsync(item);
        }

        return items;
    }

    private static async Task AssertUntouched(InMemoryConfigurationItemRepository items, string id)
    {
        ConfigurationItem item = (await items.FindAsync(new ConfigurationItemId(id)))!;
        Assert.Equal(2, item.Version);
        Assert.Equal("2.4.0", item.Current.Version);
    }

    /// <summary>A repository whose named item is changed by another writer right after it is loaded.</summary>
    private sealed class RacingRepository(InMemoryConfigurationItemRepository inner, ConfigurationItemId racedItem, Instant at) : IConfigurationItemRepository
    {
        public async Task<ConfigurationItem?> FindAsync(ConfigurationItemId id, System.Threading.CancellationToken cancellationToken = default)
        {
            ConfigurationItem? item = await inner.FindAsync(id, cancellationToken);
            if (id == racedItem)
            {
                ConfigurationItem other = (await inner.FindAsync(id, cancellationToken))!;
                other.Rename(new RenameConfigurationItem("renamed by another writer"), Actor.Of("other"), at);
                await inner.SaveAsync(other, cancellationToken);
            }

            return item;
        }

        public Task SaveAsync(ConfigurationItem item, System.Threading.CancellationToken cancellationToken = default) => inner.SaveAsync(item, cancellationToken);

        public Task SaveBatchAsync(IReadOnlyList<ConfigurationItem> items, System.Threading.CancellationToken cancellationToken = default) => inner.SaveBatchAsync(items, cancellationToken);
    }
}
