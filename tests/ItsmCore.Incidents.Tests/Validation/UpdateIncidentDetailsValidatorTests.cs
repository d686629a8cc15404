using System.Globalization;
using System.Linq;
using ItsmCore.Classification;
using ItsmCore.Primitives;

namespace ItsmCore.Incidents.Tests.Validation;

public sealed class UpdateIncidentDetailsValidatorTests
{
    private readonly UpdateIncidentDetailsValidator validator = new();

    [Fact]
    public void Validate_ValidCommand_Passes() =>
        ValidationAssert.Passes(validator.Validate(ValidCommands.UpdateIncidentDetails));

    [Fact]
    public void Validate_NothingGiven_FailsOnTheCommand() =>
        ValidationAssert.Fails(
            validator.Validate(new UpdateIncidentDetails()),
            string.Empty, "Incident.UpdateIncidentDetails.NothingToChange", "changes nothing", "at least one of Title, Description, Service, ConfigurationItems, Category");

    public static TheoryData<UpdateIncidentDetails> SingleFields() => new()
    {
        new UpdateIncidentDetails { Title = "New title" },
        new UpdateIncidentDetails { Description = string.Empty },
        new UpdateIncidentDetails { Service = new ServiceId("mail") },
        new UpdateIncidentDetails { ConfigurationItems = [] },
        new UpdateIncidentDetails { Category = default(CategoryPath) },
        new UpdateIncidentDetails { Category = CategoryPath.Parse("Network/VPN") },
    };

    [Theory]
    [MemberData(nameof(SingleFields), DisableDiscoveryEnumeration = true)]
    public void Validate_AnySingleFieldGiven_Passes(UpdateIncidentDetails command) =>
        ValidationAssert.Passes(validator.Validate(command));

    [Fact]
    public void Validate_DefaultService_FailsAsDefaultId() =>
        ValidationAssert.Fails(validator.Validate(new UpdateIncidentDetails { Service = default(ServiceId) }), "Service", "Incident.Service.DefaultId", "default (empty) ServiceId");

    [Fact]
    public void Validate_101ConfigurationItems_FailsAsTooMany() =>
        ValidationAssert.Fails(
            validator.Validate(new UpdateIncidentDetails { ConfigurationItems = Enumerable.Range(0, 101).Select(i => new ConfigurationItemId(string.Create(CultureInfo.InvariantCulture, $"ci-{i}"))).ToArray() }),
            "ConfigurationItems", "Incident.ConfigurationItems.TooMany", "has 101 items; at most 100 are allowed");

    [Fact]
    public void Validate_DefaultConfigurationItem_FailsAsDefaultId() =>
        ValidationAssert.Fails(
            validator.Validate(new UpdateIncidentDetails { ConfigurationItems = [default] }),
            "ConfigurationItems", "Incident.ConfigurationItems.DefaultId", "default (empty) ConfigurationItemId at index 0");

    [Fact]
    public void Validate_DuplicateConfigurationItem_FailsAsDuplicate() =>
        ValidationAssert.Fails(
            validator.Validate(new UpdateIncidentDetails { ConfigurationItems = [new ConfigurationItemId("ci-1"), new ConfigurationItemId("ci-1")] }),
            "ConfigurationItems", "Incident.ConfigurationItems.Duplicate", "lists 'ci-1' more than once");

    [Theory]
    [MemberData(nameof(TextCases.RefusedOptional), 200, MemberType = typeof(TextCases), DisableDiscoveryEnumeration = true)]
    public void Validate_BadTitle_FailsOnTitle(string? value, string reason, string message) =>
        ValidationAssert.Fails(validator.Validate(new UpdateIncidentDetails { Title = value }), "Title", "Incident.Title." + reason, message);

    [Theory]
    [MemberData(nameof(TextCases.Accepted), 200, MemberType = typeof(TextCases), DisableDiscoveryEnumeration = true)]
    public void Validate_GoodTitle_Passes(string value) =>
        ValidationAssert.Passes(validator.Validate(new UpdateIncidentDetails { Title = value }));

    [Theory]
    [MemberData(nameof(TextCases.RefusedOptionalMayBeEmpty), 10000, MemberType = typeof(TextCases), DisableDiscoveryEnumeration = true)]
    public void Validate_BadDescription_FailsOnDescription(string? value, string reason, string message) =>
        ValidationAssert.Fails(validator.Validate(new UpdateIncidentDetails { Description = value }), "Description", "Incident.Description." + reason, message);

    [Theory]
    [MemberData(nameof(TextCases.Accepted), 10000, MemberType = typeof(TextCases), DisableDiscoveryEnumeration = true)]
    public void Validate_GoodDescription_Passes(string value) =>
        ValidationAssert.Passes(validator.Validate(new UpdateIncidentDetails { Description = value }));
}
