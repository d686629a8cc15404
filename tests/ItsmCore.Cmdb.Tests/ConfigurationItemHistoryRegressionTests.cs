using System;
using System.Collections.Generic;
using System.Linq;
using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Cmdb.Tests;

/// <summary>
/// History never changes under the host: everything a <see cref="ConfigurationItem"/> took from its rules when a command
/// was applied (the class and the attributes its catalogue asked for, the relationship type the type catalogue knew, a
/// verification's outcome, the quorum) is in the event as the whole record or the relationship, so a rebuild under a
/// changed class catalogue (class removed, required attributes added, an attribute's type changed) and a changed
/// relationship type catalogue (the host type gone) gives the same state, journal and projected facts, and accepts the
/// history that the changed rules would refuse as a new command.
/// </summary>
public sealed class ConfigurationItemHistoryRegressionTests
{
    private static readonly Instant T0 = Instant.FromUtc(2025, 3, 31, 15, 0);
    private static readonly Actor Ops = Actor.Of("ops.sato");
    private static readonly RelationshipType ReplicatesTo = new("replicates to", "replicated from", ImpactDirection.SourceImpairsTarget);

    private static readonly ConfigurationItemRules Original = ConfigurationItemRules.Create(new ConfigurationItemOptions
    {
        Classes = ClassCatalogue.Create(new[]
        {
            new ConfigurationItemClass("device", null, new[] { new AttributeDefinition("maker", AttributeType.Text, required: true) }),
            new ConfigurationItemClass("tape-unit", "device", new[] { new AttributeDefinition("slots", AttributeType.Integer, required: false) }),
            new ConfigurationItemClass("redundancy-group", null, Array.Empty<AttributeDefinition>()),
        }),
        RelationshipTypes = RelationshipTypeCatalogue.Create(new[] { ReplicatesTo }),
    });

    /// <summary>tape-unit gone, device now requires 'model' and wants 'maker' as a number; 'replicates to' gone.</summary>
    private static readonly ConfigurationItemRules Changed = ConfigurationItemRules.Create(new ConfigurationItemOptions
    {
        Classes = ClassCatalogue.Create(new[]
        {
            new ConfigurationItemClass("device", null, new[]
            {
                new AttributeDefinition("maker", AttributeType.Number, required: true),
                new AttributeDefinition("model", AttributeType.Text, required: true),
            }),
            new ConfigurationItemClass("storage-pool", null, Array.Empty<AttributeDefinition>()),
        }),
        RelationshipTypes = RelationshipTypeCatalogue.Default,
    });

    public static TheoryData<string> ChangedRules => new() { "changed", "default" };

    [Theory]
    [MemberData(nameof(ChangedRules))]
    public void Rebuild_CatalogueAndTypesChanged_SameStateJournalAndFacts(string which)
    {
        ConfigurationItemRules rules = which == "changed" ? Changed : ConfigurationItemRules.Default;
        foreach (ConfigurationItem live in Recorded())
        {
            ConfigurationItem rebuilt = ConfigurationItem.Rebuild(live.UncommittedEvents, rules);

            Assert.Equal(live.Current, rebuilt.Current);
            Assert.Equal(live.Relationships, rebuilt.Relationships);
            Assert.Equal(live.Version, rebuilt.Version);
            Assert.Equal(live.LastEventAt, rebuilt.LastEventAt);
            Assert.Equal(live.IsOpen, rebuilt.IsOpen);
            Assert.Equal(live.Journal, rebuilt.Journal);
            Assert.Equal(
                ConfigurationItemProjection.ToFacts(live.UncommittedEvents, T0 + Duration.FromDays(30)),
                ConfigurationItemProjection.ToFacts(rebuilt.UncommittedEvents.Count == 0 ? live.UncommittedEvents : rebuilt.UncommittedEvents, T0 + Duration.FromDays(30)));
        }
    }

    [Fact]
    public void Rebuild_CatalogueChanged_TheRecordedFactsAreTheOriginalOnes()
    {
        // Guards the test above against comparing nothing: the items hold what the original rules accepted and the
        // changed rules would refuse today (class gone, maker not a number, no model, an unknown relationship type).
        ConfigurationItem[] items = Recorded().ToArray();
        ConfigurationItem tape = items.Single(i => i.Id.Value == "tape-1");
        ConfigurationItem rebuilt = ConfigurationItem.Rebuild(tape.UncommittedEvents, Changed);

        Assert.Equal("tape-unit", rebuilt.Current.Class);
        Assert.Equal(AttributeValue.Of("IBM"), rebuilt.Current.Attributes["maker"]);
        Assert.Equal(AttributeValue.Of(8), rebuilt.Current.Attributes["slots"]);
        Assert.Equal("replicates to", Assert.Single(rebuilt.Relationships).Type);
        Assert.Equal(VerificationOutcome.Corrected, rebuilt.Current.Contacts.Single().LastVerification!.Outcome);
        Assert.Equal(Quorum.Percentage(75), items.Single(i => i.Id.Value == "tape-lib").Current.Quorum);
        Assert.Equal(CmdbProblemCodes.UnknownClass, Assert.Throws<DomainRuleException>(() => ConfigurationItem.Record(new RecordConfigurationItem(tape.Current), Ops, T0, Changed)).Code);
        Assert.Equal(
            ConfigurationItemRefusalCodes.RelationshipTypeUnknown,
            Assert.Throws<DomainRuleException>(() => rebuilt.AddRelationship(new AddConfigurationItemRelationship(new RelationshipId("r9"), "replicates to", new ConfigurationItemId("tape-2")), Ops, T0 + Duration.FromDays(2))).Code);
    }

    [Fact]
    public void Rebuild_CatalogueChanged_LaterCommandsFollowTheNewRules()
    {
        ConfigurationItem tape = Recorded().Single(i => i.Id.Value == "tape-2");
        ConfigurationItem rebuilt = ConfigurationItem.Rebuild(tape.UncommittedEvents, Changed);

        // A rename does not re-check the class; changing to a class of the new catalogue is checked against it.
        rebuilt.Rename(new RenameConfigurationItem("Tape unit two"), Ops, T0 + Duration.FromDays(3));
        DomainRuleException refused = Assert.Throws<DomainRuleException>(() => rebuilt.ChangeClass(new ChangeConfigurationItemClass("device"), Ops, T0 + Duration.FromDays(3)));

        Assert.StartsWith("ConfigurationItem.Attributes.", refused.Code, StringComparison.Ordinal);
        Assert.Equal("Tape unit two", rebuilt.Current.Name);
        Assert.Equal("tape-unit", rebuilt.Current.Class);
    }

    private static IEnumerable<ConfigurationItem> Recorded()
    {
        Instant at = T0;
        ConfigurationItem group = ConfigurationItem.Record(
            new RecordConfigurationItem(new ConfigurationItemRecord(new ConfigurationItemId("tape-lib"), "Tape library", "redundancy-group")),
            Ops,
            at,
            Original);
        group.DeclareGroup(new DeclareConfigurationItemGroup(Quorum.Count(2)) { Cause = "CHG-7" }, Ops, at += Duration.FromHours(1));
        group.DeclareGroup(new DeclareConfigurationItemGroup(Quorum.Percentage(75)), Ops, at += Duration.FromHours(1));
        group.ChangeStatus(new ChangeConfigurationItemStatus(ConfigurationItemTrigger.StartMaintenance), Ops, at += Duration.FromHours(1));
        yield return group;

        foreach (string id in new[] { "tape-1", "tape-2" })
        {
            Instant t = T0;
            var record = new ConfigurationItemRecord(new ConfigurationItemId(id), "Tape unit " + id, "tape-unit")
                .WithAttribute("maker", AttributeValue.Of("IBM"));
            ConfigurationItem tape = ConfigurationItem.Record(new RecordConfigurationItem(record) { ValidFrom = T0 - Duration.FromDays(365) }, Ops, t, Original);
            tape.UpdateAttributes(new UpdateConfigurationItemAttributes(new Dictionary<string, AttributeValue> { ["slots"] = AttributeValue.Of(8) }) { SerialNumber = "TS-" + id }, Ops, t += Duration.FromHours(1));
            tape.AddRelationship(new AddConfigurationItemRelationship(new RelationshipId(id + "-member"), RelationshipType.MemberOf.Name, new ConfigurationItemId("tape-lib")), Ops, t += Duration.FromHours(1));
            tape.AddContact(new AddConfigurationItemContact(new Contact(ContactRoles.MaintenanceContractor, "Tape Maintenance Co.", "03-1111-2222", null)), Ops, t += Duration.FromHours(1));
            tape.AddDocument(new AddConfigurationItemDocument(new ItemDocument(DocumentKind.Licence, "Firmware licence", "LIC-1", new LocalDate(2027, 3, 31))), Ops, t += Duration.FromHours(1));
            if (id == "tape-1")
            {
                tape.AddRelationship(new AddConfigurationItemRelationship(new RelationshipId("rep-1"), ReplicatesTo.Name, new ConfigurationItemId("tape-2")), Ops, t += Duration.FromHours(1));
                tape.RemoveRelationship(new RemoveConfigurationItemRelationship(new RelationshipId(id + "-member")), Ops, t += Duration.FromHours(1));
                tape.VerifyContact(new VerifyConfigurationItemContact(ContactRoles.MaintenanceContractor, VerificationOutcome.Corrected, CorrectedReach: "03-3333-4444") { Cause = "CHG-9" }, Ops, t += Duration.FromDays(1));
            }
            else
            {
                tape.ChangeStatus(new ChangeConfigurationItemStatus(ConfigurationItemTrigger.StartMaintenance), Ops, t += Duration.FromHours(1));
                tape.VerifyContact(new VerifyConfigurationItemContact(ContactRoles.MaintenanceContractor, VerificationOutcome.Unreachable), Ops, t += Duration.FromDays(1));
            }

            yield return tape;
        }
    }
}
