using System;
using System.Collections.Generic;
using System.Linq;
using ItsmCore.Primitives;
using ItsmCore.Testing;
using ItsmCore.Tests;
using NodaTime;

namespace ItsmCore.Cmdb.Tests;

/// <summary>The <see cref="ConfigurationItem"/> aggregate on the kernel convention (docs/conventions.md).</summary>
public sealed class ConfigurationItemTests
{
    private static readonly Instant T0 = Instant.FromUtc(2025, 3, 31, 15, 0);
    private static readonly Actor Ops = Actor.Of("ops.sato");

    private static readonly ConfigurationItemRules Rules = ConfigurationItemRules.Create(new ConfigurationItemOptions
    {
        Classes = ClassCatalogue.Create(new[]
        {
            new ConfigurationItemClass("device", null, new[] { new AttributeDefinition("maker", AttributeType.Text, required: true) }),
            new ConfigurationItemClass("tape-unit", "device", new[] { new AttributeDefinition("slots", AttributeType.Integer, required: false) }),
            new ConfigurationItemClass("redundancy-group", null, Array.Empty<AttributeDefinition>()),
        }),
    });

    private static ConfigurationItemRecord Tape(string id) =>
        new ConfigurationItemRecord(new ConfigurationItemId(id), "Tape unit " + id, "tape-unit") { Status = ConfigurationItemStatus.Planned }
            .WithAttribute("maker", AttributeValue.Of("IBM"));

    private static ConfigurationItem Recorded(string id = "tape-1") =>
        ConfigurationItem.Record(new RecordConfigurationItem(Tape(id)), Ops, T0, Rules);

    [Fact]
    public void Record_MissingRequiredAttribute_RefusedWithAttributeCode()
    {
        var record = new ConfigurationItemRecord(new ConfigurationItemId("tape-1"), "Tape", "tape-unit");

        DomainRuleException ex = Assert.Throws<DomainRuleException>(() => ConfigurationItem.Record(new RecordConfigurationItem(record), Ops, T0, Rules));

        Assert.Equal("ConfigurationItem.Attributes.Missing", ex.Code);
        Assert.Equal("maker", ex.Refusal["attribute"]);
    }

    [Fact]
    public void ChangeClass_UnknownClass_RefusedAndNothingChanges()
    {
        ConfigurationItem item = Recorded();
        string before = AggregateState.Describe(item);

        DomainRuleException ex = Assert.Throws<DomainRuleException>(() => item.ChangeClass(new ChangeConfigurationItemClass("robot"), Ops, T0));

        Assert.Equal("ConfigurationItem.Class.Unknown", ex.Code);
        Assert.Equal(before, AggregateState.Describe(item));
        Assert.Equal(1, item.Version);
    }

    [Fact]
    public void UpdateAttributes_WrongType_RefusedWithWrongTypeCode()
    {
        ConfigurationItem item = Recorded();

        DomainRuleException ex = Assert.Throws<DomainRuleException>(() =>
            item.UpdateAttributes(new UpdateConfigurationItemAttributes(new Dictionary<string, AttributeValue> { ["slots"] = AttributeValue.Of("many") }), Ops, T0));

        Assert.Equal("ConfigurationItem.Attributes.WrongType", ex.Code);
        Assert.Equal("slots", ex.Refusal["attribute"]);
        Assert.False(item.Current.Attributes.ContainsKey("slots"));
    }

    [Fact]
    public void UpdateAttributes_SetAndRemove_EventCarriesPreviousRecordAndJournalNamesTheAttributes()
    {
        ConfigurationItem item = Recorded();
        item.UpdateAttributes(new UpdateConfigurationItemAttributes(new Dictionary<string, AttributeValue> { ["slots"] = AttributeValue.Of((decimal)24) }) { Location = "DC1", Cause = "CHG-7" }, Ops, T0 + Duration.FromHours(1));

        var updated = Assert.IsType<ConfigurationItemAttributesUpdated>(item.UncommittedEvents[^1]);
        Assert.False(updated.PreviousRecord.Attributes.ContainsKey("slots"));
        Assert.Null(updated.PreviousRecord.Location);
        JournalEntry entry = item.Journal[^1];
        Assert.Equal("CHG-7", entry.Reason);
        Assert.Equal(new[] { "Location: (none) -> DC1", "Attributes.slots: (none) -> 24" }, entry.Changes.Select(c => c.ToString()));
    }

    [Fact]
    public void AddRelationship_Refusals_CodedAndSameRelationshipAgainIsNoOp()
    {
        ConfigurationItem item = Recorded();
        var id = new RelationshipId("r1");
        item.AddRelationship(new AddConfigurationItemRelationship(id, "member of", new ConfigurationItemId("tape-lib")), Ops, T0);
        item.AddRelationship(new AddConfigurationItemRelationship(id, "member of", new ConfigurationItemId("tape-lib")), Ops, T0);

        Assert.Equal(2, item.Version);
        Assert.Equal("ConfigurationItem.Relationships.Restated", Assert.Throws<DomainRuleException>(() => item.AddRelationship(new AddConfigurationItemRelationship(id, "depends on", new ConfigurationItemId("tape-lib")), Ops, T0)).Code);
        Assert.Equal("ConfigurationItem.Relationships.UnknownType", Assert.Throws<DomainRuleException>(() => item.AddRelationship(new AddConfigurationItemRelationship(new RelationshipId("r2"), "feeds", new ConfigurationItemId("x")), Ops, T0)).Code);
        Assert.Equal("ConfigurationItem.Relationships.MemberOfItself", Assert.Throws<DomainRuleException>(() => item.AddRelationship(new AddConfigurationItemRelationship(new RelationshipId("r3"), "member of", item.Id), Ops, T0)).Code);
        Assert.Equal("ConfigurationItem.Relationships.NotFound", Assert.Throws<DomainRuleException>(() => item.RemoveRelationship(new RemoveConfigurationItemRelationship(new RelationshipId("r9")), Ops, T0)).Code);
        Assert.Equal(2, item.Version);
    }

    [Fact]
    public void ChangeStatus_Retired_FurtherEditsRefusedAsFinal()
    {
        ConfigurationItem item = Recorded();
        item.ChangeStatus(new ChangeConfigurationItemStatus(ConfigurationItemTrigger.Retire), Ops, T0);

        Assert.False(item.IsOpen);
        Assert.Equal("ConfigurationItem.Status.Final", Assert.Throws<DomainRuleException>(() => item.Rename(new RenameConfigurationItem("Old"), Ops, T0)).Code);
        Assert.Throws<InvalidTransitionException>(() => item.ChangeStatus(new ChangeConfigurationItemStatus(ConfigurationItemTrigger.PutInProduction), Ops, T0));
    }

    [Fact]
    public void VerifyContact_Corrected_RecordsWhenWhoOutcomeAndNewReach()
    {
        ConfigurationItem item = Recorded();
        item.AddContact(new AddConfigurationItemContact(new Contact(ContactRoles.MaintenanceContractor, "Tape Maintenance Co.", "03-1111-2222", null)), Ops, T0);
        Instant at = T0 + Duration.FromDays(3);

        item.VerifyContact(new VerifyConfigurationItemContact(ContactRoles.MaintenanceContractor, VerificationOutcome.Corrected, CorrectedReach: "03-9999-0000"), Ops, at);

        var verified = Assert.IsType<ConfigurationItemContactVerified>(item.UncommittedEvents[^1]);
        Assert.Equal(new ContactVerification(at, Ops, VerificationOutcome.Corrected), verified.Verification);
        Contact contact = Assert.Single(item.Current.Contacts);
        Assert.Equal("03-9999-0000", contact.Reach);
        Assert.Equal(verified.Verification, contact.LastVerification);
        Assert.Equal("03-1111-2222", verified.PreviousRecord.Contacts[0].Reach);
        Assert.Equal("ConfigurationItem.Contacts.NotFound", Assert.Throws<DomainRuleException>(() => item.VerifyContact(new VerifyConfigurationItemContact("owner", VerificationOutcome.Reachable), Ops, at)).Code);
        Assert.Equal("ConfigurationItem.Contacts.Duplicate", Assert.Throws<DomainRuleException>(() => item.AddContact(new AddConfigurationItemContact(new Contact(ContactRoles.MaintenanceContractor, "Other", null, null)), Ops, at)).Code);
    }

    [Fact]
    public void Commands_EmptyValidIntervalOrEarlierInstant_Refused()
    {
        ConfigurationItem item = Recorded();

        Assert.Throws<ArgumentOutOfRangeException>(() => item.Rename(new RenameConfigurationItem("x") { ValidTo = T0 }, Ops, T0));
        Assert.Equal("ConfigurationItem.ValidTo.NotAfterValidFrom", Assert.Single(Assert.Throws<FluentValidation.ValidationException>(() => item.Rename(new RenameConfigurationItem("x") { ValidFrom = T0, ValidTo = T0 }, Ops, T0)).Errors).ErrorCode);
        Assert.Throws<ArgumentOutOfRangeException>(() => item.Rename(new RenameConfigurationItem("x"), Ops, T0 - Duration.FromSeconds(1)));
        Assert.Equal(1, item.Version);
    }

    [Fact]
    public void Journal_SampleItem_MatchesApprovedText()
    {
        ConfigurationItem item = Sample();

        Assert.Equal(item.UncommittedEvents.Select(e => e.ToJournalEntry()), item.Journal);
        Snapshot.Verify(string.Join("\n", item.Journal.Select(e => e.ToString())) + "\n", "ConfigurationItemTests.Journal_SampleItem_MatchesApprovedText");
    }

    [Fact]
    public void ToMermaid_Lifecycle_MatchesApprovedDiagram()
    {
        Assert.Equal(new[] { ConfigurationItemStatus.Retired }, ConfigurationItem.Lifecycle.FinalStates);
        Snapshot.Verify(ConfigurationItem.Lifecycle.ToMermaid(), "ConfigurationItemTests.ToMermaid_Lifecycle_MatchesApprovedDiagram");
    }

    [Fact]
    public void Rebuild_SampleItem_EqualsLive()
    {
        ConfigurationItem live = Sample();

        ConfigurationItem rebuilt = AggregateAssert.RebuildEqualsLive<ConfigurationItem, ConfigurationItemEvent>(live, h => ConfigurationItem.Rebuild(h, Rules));

        Assert.Equal(live.Current, rebuilt.Current);
        Assert.Equal(live.Relationships, rebuilt.Relationships);
    }

    [Fact]
    public void CommandScripts_EveryCommandInAnyOrder_RefusalsChangeNothingAndRebuildEqualsLive()
    {
        string[] roles = [ContactRoles.MaintenanceContractor, ContactRoles.Manufacturer];
        string[] types = ["member of", "depends on", "feeds"];
        string[] classes = ["tape-unit", "device", "redundancy-group", "robot"];
        Instant Next(ConfigurationItem ci, Random rng) => ci.LastEventAt + Duration.FromMinutes(rng.Next(-5, 60));
        var runner = new CommandScript<ConfigurationItem, ConfigurationItemEvent>(
            _ => Recorded(),
            h => ConfigurationItem.Rebuild(h, Rules),
            ex => ex is DomainException or ArgumentOutOfRangeException);
        runner
            .Command("Rename", (ci, rng) => ci.Rename(new RenameConfigurationItem("Unit " + rng.Next(3)), Ops, Next(ci, rng)))
            .Command("UpdateAttributes", (ci, rng) => ci.UpdateAttributes(new UpdateConfigurationItemAttributes(new Dictionary<string, AttributeValue> { ["slots"] = rng.Next(3) == 0 ? AttributeValue.Of("x") : AttributeValue.Of((decimal)rng.Next(3)) }, rng.Next(4) == 0 ? ["maker"] : null), Ops, Next(ci, rng)))
            .Command("ChangeClass", (ci, rng) => ci.ChangeClass(new ChangeConfigurationItemClass(classes[rng.Next(classes.Length)]), Ops, Next(ci, rng)))
            .Command("DeclareGroup", (ci, rng) => ci.DeclareGroup(new DeclareConfigurationItemGroup(rng.Next(2) == 0 ? Quorum.Count(rng.Next(1, 3)) : Quorum.Percentage(75)), Ops, Next(ci, rng)))
            .Command("UndeclareGroup", (ci, rng) => ci.UndeclareGroup(new UndeclareConfigurationItemGroup(), Ops, Next(ci, rng)))
            .Command("ChangeStatus", (ci, rng) => ci.ChangeStatus(new ChangeConfigurationItemStatus(Enum.GetValues<ConfigurationItemTrigger>()[rng.Next(4)]), Ops, Next(ci, rng)), weight: 1)
            .Command("AddRelationship", (ci, rng) => ci.AddRelationship(new AddConfigurationItemRelationship(new RelationshipId("r" + rng.Next(3)), types[rng.Next(types.Length)], new ConfigurationItemId(rng.Next(4) == 0 ? "tape-1" : "lib")), Ops, Next(ci, rng)))
            .Command("RemoveRelationship", (ci, rng) => ci.RemoveRelationship(new RemoveConfigurationItemRelationship(new RelationshipId("r" + rng.Next(3))), Ops, Next(ci, rng)))
            .Command("AddContact", (ci, rng) => ci.AddContact(new AddConfigurationItemContact(new Contact(roles[rng.Next(2)], "Co " + rng.Next(2), null, null)), Ops, Next(ci, rng)))
            .Command("VerifyContact", (ci, rng) => ci.VerifyContact(new VerifyConfigurationItemContact(roles[rng.Next(2)], Enum.GetValues<VerificationOutcome>()[rng.Next(3)]), Ops, Next(ci, rng)))
            .Command("AddDocument", (ci, rng) => ci.AddDocument(new AddConfigurationItemDocument(new ItemDocument(DocumentKind.Licence, "L" + rng.Next(2), null, null)), Ops, Next(ci, rng)));

        CommandScriptReport report = runner.Run(scripts: 150, maxSteps: 40);

        Assert.All(report.Applied.Keys, name => Assert.True(report.Applied[name] > 0, name));
        Assert.All(new[] { "ChangeClass", "AddRelationship", "RemoveRelationship", "VerifyContact", "ChangeStatus" }, name => Assert.True(report.Refused[name] > 0, name));
    }

    [Fact]
    public void ToFacts_EventsProjectedIntoHistory_SnapshotsFollowValidTimeAndCommitInstant()
    {
        ConfigurationItem lib = ConfigurationItem.Record(new RecordConfigurationItem(new ConfigurationItemRecord(new ConfigurationItemId("lib"), "Library", "redundancy-group")), Ops, T0, Rules);
        lib.DeclareGroup(new DeclareConfigurationItemGroup(Quorum.Count(1)), Ops, T0);
        ConfigurationItem tape = Recorded();
        Instant renamedFrom = T0 + Duration.FromDays(10);
        Instant commit = T0 + Duration.FromDays(1);
        tape.AddRelationship(new AddConfigurationItemRelationship(new RelationshipId("r1"), "member of", lib.Id), Ops, commit);
        tape.Rename(new RenameConfigurationItem("Tape A") { ValidFrom = renamedFrom, Cause = "CHG-1" }, Ops, commit);
        tape.RemoveRelationship(new RemoveConfigurationItemRelationship(new RelationshipId("r1")) { ValidFrom = renamedFrom + Duration.FromDays(5) }, Ops, commit);

        CmdbHistory history = CmdbHistory.Create(Rules.Classes, Rules.RelationshipTypes)
            .Append(ConfigurationItemProjection.ToFacts(lib.UncommittedEvents.Concat(tape.UncommittedEvents), commit));

        Assert.All(history.Facts, f => Assert.Equal(commit, f.RecordedAt));
        CmdbSnapshot before = history.AsOf(renamedFrom - Duration.FromSeconds(1), commit);
        CmdbSnapshot after = history.AsOf(renamedFrom, commit);
        CmdbSnapshot removed = history.AsOf(renamedFrom + Duration.FromDays(6), commit);
        Assert.Equal("Tape unit tape-1", before.Find(tape.Id)!.Name);
        Assert.Equal("Tape A", after.Find(tape.Id)!.Name);
        Assert.Equal(Quorum.Count(1), after.Find(lib.Id)!.Quorum);
        Assert.Single(after.Relationships);
        Assert.Empty(removed.Relationships);
        Assert.Empty(history.AsOf(renamedFrom, commit - Duration.FromSeconds(1)).Items);
    }

    private static ConfigurationItem Sample()
    {
        ConfigurationItem item = Recorded();
        Instant at = T0;
        Instant Later() => at += Duration.FromHours(1);
        item.ChangeStatus(new ChangeConfigurationItemStatus(ConfigurationItemTrigger.PutInProduction) { Cause = "CHG-1" }, Ops, Later());
        item.Rename(new RenameConfigurationItem("Tape unit A"), Ops, Later());
        item.UpdateAttributes(new UpdateConfigurationItemAttributes(new Dictionary<string, AttributeValue> { ["slots"] = AttributeValue.Of((decimal)24) }) { SerialNumber = "TS-0001", AcquiredOn = new LocalDate(2019, 4, 1) }, Ops, Later());
        item.AddContact(new AddConfigurationItemContact(new Contact(ContactRoles.MaintenanceContractor, "Tape Maintenance Co.", "03-1111-2222", null)), Ops, Later());
        item.VerifyContact(new VerifyConfigurationItemContact(ContactRoles.MaintenanceContractor, VerificationOutcome.Unreachable), Ops, Later());
        item.AddDocument(new AddConfigurationItemDocument(new ItemDocument(DocumentKind.Licence, "Firmware licence", "LIC-9", new LocalDate(2027, 1, 1))), Ops, Later());
        item.AddRelationship(new AddConfigurationItemRelationship(new RelationshipId("r1"), "member of", new ConfigurationItemId("tape-lib")) { Cause = "CHG-2" }, Ops, Later());
        item.ChangeClass(new ChangeConfigurationItemClass("device"), Ops, Later());
        item.DeclareGroup(new DeclareConfigurationItemGroup(Quorum.Percentage(75)), Ops, Later());
        item.UndeclareGroup(new UndeclareConfigurationItemGroup(), Ops, Later());
        item.RemoveRelationship(new RemoveConfigurationItemRelationship(new RelationshipId("r1")), Ops, Later());
        return item;
    }
}
