using System;
using System.Collections.Generic;
using System.Linq;
using FluentValidation;
using FluentValidation.Results;
using ItsmCore.Primitives;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace ItsmCore.Cmdb.Tests.Validation;

/// <summary>
/// The configuration item command validators (docs/cmdb.md "Validation codes"): one test per error code, each checking
/// the property path, the code and that the message names the property; the aggregate runs them before anything else.
/// </summary>
public sealed class ConfigurationItemCommandValidatorTests
{
    private static readonly Instant T0 = Instant.FromUtc(2025, 3, 31, 15, 0);
    private static readonly Actor Ops = Actor.Of("ops.sato");
    private static readonly ConfigurationItemRules Rules = ConfigurationItemRules.Create(new ConfigurationItemOptions
    {
        Classes = ClassCatalogue.Create(new[] { new ConfigurationItemClass("device", null, Array.Empty<AttributeDefinition>()) }),
    });

    private static readonly ConfigurationItemCommandValidators Validators = Rules.Validators;
    private static readonly string Long201 = new('x', 201);
    private static readonly string Long101 = new('x', 101);

    private static ConfigurationItemRecord Server(string id = "web-1") => new(new ConfigurationItemId(id), "Web 1", "device");

    private static void Valid<T>(IValidator<T> validator, T command)
    {
        ValidationResult result = validator.Validate(command);
        Assert.True(result.IsValid, string.Join("; ", result.Errors.Select(e => e.ErrorCode + " " + e.ErrorMessage)));
    }

    /// <summary>Exactly one failure: on <paramref name="property"/>, with <paramref name="code"/>, its message naming the property.</summary>
    private static void Invalid<T>(IValidator<T> validator, T command, string property, string code)
    {
        ValidationResult result = validator.Validate(command);
        ValidationFailure error = Assert.Single(result.Errors);
        Assert.Equal(property, error.PropertyName);
        Assert.Equal(code, error.ErrorCode);
        Assert.StartsWith(property + " ", error.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_EveryCommandValid_Passes()
    {
        Valid(Validators.RecordConfigurationItem, new RecordConfigurationItem(Server()) { Cause = "CHG-1", ValidFrom = T0, ValidTo = T0 + Duration.FromDays(1) });
        Valid(Validators.RenameConfigurationItem, new RenameConfigurationItem(new string('n', 200)));
        Valid(Validators.UpdateConfigurationItemAttributes, new UpdateConfigurationItemAttributes(new Dictionary<string, AttributeValue> { ["os"] = AttributeValue.Of("Linux") }, ["maker"]) { Owner = "Ops", Criticality = BusinessCriticality.High });
        Valid(Validators.UpdateConfigurationItemAttributes, new UpdateConfigurationItemAttributes(null));
        Valid(Validators.ChangeConfigurationItemClass, new ChangeConfigurationItemClass("server"));
        Valid(Validators.DeclareConfigurationItemGroup, new DeclareConfigurationItemGroup(Quorum.Count(2)));
        Valid(Validators.UndeclareConfigurationItemGroup, new UndeclareConfigurationItemGroup());
        Valid(Validators.ChangeConfigurationItemStatus, new ChangeConfigurationItemStatus(ConfigurationItemTrigger.Retire));
        Valid(Validators.AddConfigurationItemRelationship, new AddConfigurationItemRelationship(new RelationshipId("r1"), "depends on", new ConfigurationItemId("db-1")));
        Valid(Validators.RemoveConfigurationItemRelationship, new RemoveConfigurationItemRelationship(new RelationshipId("r1")));
        Valid(Validators.AddConfigurationItemContact, new AddConfigurationItemContact(new Contact(ContactRoles.Owner, "Ops", null, null)));
        Valid(Validators.VerifyConfigurationItemContact, new VerifyConfigurationItemContact(ContactRoles.Owner, VerificationOutcome.Corrected, "Ops team", "03-0000-0000"));
        Valid(Validators.VerifyConfigurationItemContact, new VerifyConfigurationItemContact(ContactRoles.Owner, VerificationOutcome.Unreachable));
        Valid(Validators.AddConfigurationItemDocument, new AddConfigurationItemDocument(new ItemDocument(DocumentKind.Document, "Runbook", null, null)));
    }

    [Theory]
    [InlineData("", "ConfigurationItem.Cause.Blank")]
    [InlineData(" CHG-1", "ConfigurationItem.Cause.Padded")]
    public void Validate_BadCause_CodeNamesCause(string cause, string code) =>
        Invalid(Validators.RenameConfigurationItem, new RenameConfigurationItem("Web") { Cause = cause }, "Cause", code);

    [Fact]
    public void Validate_CauseTooLong_IsTooLong() =>
        Invalid(Validators.UndeclareConfigurationItemGroup, new UndeclareConfigurationItemGroup { Cause = Long201 }, "Cause", "ConfigurationItem.Cause.TooLong");

    [Fact]
    public void Validate_ValidToNotAfterValidFrom_IsRefusedWhenBothGiven()
    {
        Invalid(Validators.DeclareConfigurationItemGroup, new DeclareConfigurationItemGroup(Quorum.Count(1)) { ValidFrom = T0, ValidTo = T0 }, "ValidTo", "ConfigurationItem.ValidTo.NotAfterValidFrom");
        Invalid(Validators.RecordConfigurationItem, new RecordConfigurationItem(Server()) { ValidFrom = T0, ValidTo = T0 - Duration.Epsilon }, "ValidTo", "ConfigurationItem.ValidTo.NotAfterValidFrom");
        Valid(Validators.RecordConfigurationItem, new RecordConfigurationItem(Server()) { ValidTo = T0 });
    }

    [Fact]
    public void Validate_RecordMissing_IsRequired() =>
        Invalid(Validators.RecordConfigurationItem, new RecordConfigurationItem(null!), "Record", "ConfigurationItem.Record.Required");

    [Fact]
    public void Validate_RecordWithTwoContactsOfOneRole_IsDuplicate() =>
        Invalid(
            Validators.RecordConfigurationItem,
            new RecordConfigurationItem(Server() with { Contacts = [new Contact(ContactRoles.Owner, "A", null, null), new Contact(ContactRoles.Manufacturer, "M", null, null), new Contact(ContactRoles.Owner, "B", null, null)] }),
            "Record.Contacts[2]",
            "ConfigurationItem.Contacts.Duplicate");

    [Theory]
    [InlineData(null, "ConfigurationItem.Name.Required")]
    [InlineData("  ", "ConfigurationItem.Name.Blank")]
    [InlineData("Web ", "ConfigurationItem.Name.Padded")]
    public void Validate_BadName_CodeNamesName(string? name, string code) =>
        Invalid(Validators.RenameConfigurationItem, new RenameConfigurationItem(name!), "Name", code);

    [Fact]
    public void Validate_NameTooLong_IsTooLong() =>
        Invalid(Validators.RenameConfigurationItem, new RenameConfigurationItem(Long201), "Name", "ConfigurationItem.Name.TooLong");

    [Fact]
    public void Validate_SetWithInvalidNameOrNoValue_NamesTheEntry()
    {
        Invalid(Validators.UpdateConfigurationItemAttributes, new UpdateConfigurationItemAttributes(new Dictionary<string, AttributeValue> { ["os version"] = AttributeValue.Of("x") }), "Set[os version]", "ConfigurationItem.Set.Invalid");
        Invalid(Validators.UpdateConfigurationItemAttributes, new UpdateConfigurationItemAttributes(new Dictionary<string, AttributeValue> { ["os"] = null! }), "Set[os]", "ConfigurationItem.Set.NullValue");
    }

    [Fact]
    public void Validate_RemoveWithInvalidNameOrAlsoSet_NamesTheEntry()
    {
        Invalid(Validators.UpdateConfigurationItemAttributes, new UpdateConfigurationItemAttributes(null, ["os", Long101]), "Remove[1]", "ConfigurationItem.Remove.Invalid");
        Invalid(Validators.UpdateConfigurationItemAttributes, new UpdateConfigurationItemAttributes(null, [null!]), "Remove[0]", "ConfigurationItem.Remove.Invalid");
        Invalid(Validators.UpdateConfigurationItemAttributes, new UpdateConfigurationItemAttributes(new Dictionary<string, AttributeValue> { ["os"] = AttributeValue.Of("x") }, ["maker", "os"]), "Remove[1]", "ConfigurationItem.Remove.AlsoSet");
    }

    [Theory]
    [InlineData("Version")]
    [InlineData("Location")]
    [InlineData("Owner")]
    [InlineData("SerialNumber")]
    [InlineData("Supplier")]
    public void Validate_BadDescriptiveText_CodeNamesTheField(string field)
    {
        static UpdateConfigurationItemAttributes With(string field, string value) => field switch
        {
            "Version" => new UpdateConfigurationItemAttributes(null) { Version = value },
            "Location" => new UpdateConfigurationItemAttributes(null) { Location = value },
            "Owner" => new UpdateConfigurationItemAttributes(null) { Owner = value },
            "SerialNumber" => new UpdateConfigurationItemAttributes(null) { SerialNumber = value },
            _ => new UpdateConfigurationItemAttributes(null) { Supplier = value },
        };

        Invalid(Validators.UpdateConfigurationItemAttributes, With(field, ""), field, $"ConfigurationItem.{field}.Blank");
        Invalid(Validators.UpdateConfigurationItemAttributes, With(field, "x\t"), field, $"ConfigurationItem.{field}.Padded");
        Invalid(Validators.UpdateConfigurationItemAttributes, With(field, Long201), field, $"ConfigurationItem.{field}.TooLong");
    }

    [Fact]
    public void Validate_UndefinedCriticality_IsUndefined() =>
        Invalid(Validators.UpdateConfigurationItemAttributes, new UpdateConfigurationItemAttributes(null) { Criticality = (BusinessCriticality)99 }, "Criticality", "ConfigurationItem.Criticality.Undefined");

    [Fact]
    public void Validate_BadClassName_CodeNamesClass()
    {
        Invalid(Validators.ChangeConfigurationItemClass, new ChangeConfigurationItemClass(null!), "Class", "ConfigurationItem.Class.Required");
        Invalid(Validators.ChangeConfigurationItemClass, new ChangeConfigurationItemClass("tape unit"), "Class", "ConfigurationItem.Class.Invalid");
        Invalid(Validators.ChangeConfigurationItemClass, new ChangeConfigurationItemClass(""), "Class", "ConfigurationItem.Class.Invalid");
    }

    [Fact]
    public void Validate_NoQuorum_IsRequired() =>
        Invalid(Validators.DeclareConfigurationItemGroup, new DeclareConfigurationItemGroup(null!), "Quorum", "ConfigurationItem.Quorum.Required");

    [Fact]
    public void Validate_UndefinedTrigger_ListsTheTriggers()
    {
        Invalid(Validators.ChangeConfigurationItemStatus, new ChangeConfigurationItemStatus((ConfigurationItemTrigger)42), "Trigger", "ConfigurationItem.Trigger.Undefined");
        Assert.Contains("Retire", Validators.ChangeConfigurationItemStatus.Validate(new ChangeConfigurationItemStatus((ConfigurationItemTrigger)42)).Errors[0].ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_RelationshipWithDefaultIds_IsDefaultId()
    {
        Invalid(Validators.AddConfigurationItemRelationship, new AddConfigurationItemRelationship(default, "depends on", new ConfigurationItemId("db")), "Id", "ConfigurationItem.Id.DefaultId");
        Invalid(Validators.AddConfigurationItemRelationship, new AddConfigurationItemRelationship(new RelationshipId("r1"), "depends on", default), "Target", "ConfigurationItem.Target.DefaultId");
        Invalid(Validators.RemoveConfigurationItemRelationship, new RemoveConfigurationItemRelationship(default), "Id", "ConfigurationItem.Id.DefaultId");
    }

    [Theory]
    [InlineData(null, "ConfigurationItem.Type.Required")]
    [InlineData(" ", "ConfigurationItem.Type.Blank")]
    [InlineData(" depends on", "ConfigurationItem.Type.Padded")]
    public void Validate_BadRelationshipType_CodeNamesType(string? type, string code) =>
        Invalid(Validators.AddConfigurationItemRelationship, new AddConfigurationItemRelationship(new RelationshipId("r1"), type!, new ConfigurationItemId("db")), "Type", code);

    [Fact]
    public void Validate_RelationshipTypeTooLong_IsTooLong() =>
        Invalid(Validators.AddConfigurationItemRelationship, new AddConfigurationItemRelationship(new RelationshipId("r1"), Long101, new ConfigurationItemId("db")), "Type", "ConfigurationItem.Type.TooLong");

    [Fact]
    public void Validate_NoContactOrDocument_IsRequired()
    {
        Invalid(Validators.AddConfigurationItemContact, new AddConfigurationItemContact(null!), "Contact", "ConfigurationItem.Contact.Required");
        Invalid(Validators.AddConfigurationItemDocument, new AddConfigurationItemDocument(null!), "Document", "ConfigurationItem.Document.Required");
    }

    [Theory]
    [InlineData(null, "ConfigurationItem.Role.Required")]
    [InlineData("", "ConfigurationItem.Role.Blank")]
    [InlineData("owner ", "ConfigurationItem.Role.Padded")]
    public void Validate_BadRole_CodeNamesRole(string? role, string code) =>
        Invalid(Validators.VerifyConfigurationItemContact, new VerifyConfigurationItemContact(role!, VerificationOutcome.Reachable), "Role", code);

    [Fact]
    public void Validate_RoleTooLongOrOutcomeUndefined_NamesTheField()
    {
        Invalid(Validators.VerifyConfigurationItemContact, new VerifyConfigurationItemContact(Long201, VerificationOutcome.Reachable), "Role", "ConfigurationItem.Role.TooLong");
        Invalid(Validators.VerifyConfigurationItemContact, new VerifyConfigurationItemContact("owner", (VerificationOutcome)7), "Outcome", "ConfigurationItem.Outcome.Undefined");
    }

    [Theory]
    [InlineData("CorrectedName")]
    [InlineData("CorrectedReach")]
    public void Validate_BadCorrection_CodeNamesTheField(string field)
    {
        static VerifyConfigurationItemContact With(string field, string value, VerificationOutcome outcome) => field == "CorrectedName"
            ? new VerifyConfigurationItemContact("owner", outcome, CorrectedName: value)
            : new VerifyConfigurationItemContact("owner", outcome, CorrectedReach: value);

        Invalid(Validators.VerifyConfigurationItemContact, With(field, "", VerificationOutcome.Corrected), field, $"ConfigurationItem.{field}.Blank");
        Invalid(Validators.VerifyConfigurationItemContact, With(field, " x", VerificationOutcome.Corrected), field, $"ConfigurationItem.{field}.Padded");
        Invalid(Validators.VerifyConfigurationItemContact, With(field, Long201, VerificationOutcome.Corrected), field, $"ConfigurationItem.{field}.TooLong");
        Invalid(Validators.VerifyConfigurationItemContact, With(field, "x", VerificationOutcome.Reachable), field, $"ConfigurationItem.{field}.NotCorrected");
        Invalid(Validators.VerifyConfigurationItemContact, With(field, "x", VerificationOutcome.Unreachable), field, $"ConfigurationItem.{field}.NotCorrected");
    }

    [Fact]
    public void Validate_SeveralProblems_ReportedAtOnce()
    {
        ValidationResult result = Validators.VerifyConfigurationItemContact.Validate(new VerifyConfigurationItemContact("", (VerificationOutcome)7) { Cause = " " });

        Assert.Equal(new[] { "ConfigurationItem.Cause.Blank", "ConfigurationItem.Outcome.Undefined", "ConfigurationItem.Role.Blank" }, result.Errors.Select(e => e.ErrorCode).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Commands_InvalidCommand_ThrowValidationExceptionAndChangeNothing()
    {
        ConfigurationItem item = ConfigurationItem.Record(new RecordConfigurationItem(Server()), Ops, T0, Rules);

        ValidationException rename = Assert.Throws<ValidationException>(() => item.Rename(new RenameConfigurationItem(" Web"), Ops, T0));
        ValidationException declare = Assert.Throws<ValidationException>(() => item.DeclareGroup(new DeclareConfigurationItemGroup(null!), Ops, T0));
        ValidationException verify = Assert.Throws<ValidationException>(() => item.VerifyContact(new VerifyConfigurationItemContact("owner", VerificationOutcome.Reachable, CorrectedName: "New"), Ops, T0));
        ValidationException record = Assert.Throws<ValidationException>(() => ConfigurationItem.Record(new RecordConfigurationItem(null!), Ops, T0, Rules));

        Assert.Equal("ConfigurationItem.Name.Padded", Assert.Single(rename.Errors).ErrorCode);
        Assert.Equal("ConfigurationItem.Quorum.Required", Assert.Single(declare.Errors).ErrorCode);
        Assert.Equal("ConfigurationItem.CorrectedName.NotCorrected", Assert.Single(verify.Errors).ErrorCode);
        Assert.Equal("ConfigurationItem.Record.Required", Assert.Single(record.Errors).ErrorCode);
        Assert.Equal(1, item.Version);
        Assert.Equal("Web 1", item.Current.Name);
    }

    [Fact]
    public void Commands_ValidatorRunsBeforeTheInstantCheck_ValidationExceptionFirst() =>
        Assert.Throws<ValidationException>(() =>
            ConfigurationItem.Record(new RecordConfigurationItem(Server()), Ops, T0, Rules)
                .Rename(new RenameConfigurationItem(""), Ops, T0 - Duration.FromHours(1)));

    [Fact]
    public void AddItsmCoreCmdb_RegistersEachValidatorOnce_TheInstancesTheAggregateRuns()
    {
        var services = new ServiceCollection();
        services.AddItsmCoreCmdb(o => o.Classes = Rules.Classes);
        services.AddItsmCoreCmdb();
        using ServiceProvider provider = services.BuildServiceProvider();
        ConfigurationItemRules rules = provider.GetRequiredService<ConfigurationItemRules>();

        Assert.Same(rules.Validators.RecordConfigurationItem, provider.GetRequiredService<IValidator<RecordConfigurationItem>>());
        Assert.Same(rules.Validators.RenameConfigurationItem, provider.GetRequiredService<IValidator<RenameConfigurationItem>>());
        Assert.Same(rules.Validators.UpdateConfigurationItemAttributes, provider.GetRequiredService<IValidator<UpdateConfigurationItemAttributes>>());
        Assert.Same(rules.Validators.ChangeConfigurationItemClass, provider.GetRequiredService<IValidator<ChangeConfigurationItemClass>>());
        Assert.Same(rules.Validators.DeclareConfigurationItemGroup, provider.GetRequiredService<IValidator<DeclareConfigurationItemGroup>>());
        Assert.Same(rules.Validators.UndeclareConfigurationItemGroup, provider.GetRequiredService<IValidator<UndeclareConfigurationItemGroup>>());
        Assert.Same(rules.Validators.ChangeConfigurationItemStatus, provider.GetRequiredService<IValidator<ChangeConfigurationItemStatus>>());
        Assert.Same(rules.Validators.AddConfigurationItemRelationship, provider.GetRequiredService<IValidator<AddConfigurationItemRelationship>>());
        Assert.Same(rules.Validators.RemoveConfigurationItemRelationship, provider.GetRequiredService<IValidator<RemoveConfigurationItemRelationship>>());
        Assert.Same(rules.Validators.AddConfigurationItemContact, provider.GetRequiredService<IValidator<AddConfigurationItemContact>>());
        Assert.Same(rules.Validators.VerifyConfigurationItemContact, provider.GetRequiredService<IValidator<VerifyConfigurationItemContact>>());
        Assert.Same(rules.Validators.AddConfigurationItemDocument, provider.GetRequiredService<IValidator<AddConfigurationItemDocument>>());
        Assert.Single(services, d => d.ServiceType == typeof(IValidator<RenameConfigurationItem>));
    }
}
