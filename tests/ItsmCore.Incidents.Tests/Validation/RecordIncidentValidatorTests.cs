using System;
using System.Globalization;
using System.Linq;
using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Incidents.Tests.Validation;

public sealed class RecordIncidentValidatorTests
{
    private readonly RecordIncidentValidator validator = new(TestRules.Default);

    [Fact]
    public void Validate_ValidCommand_Passes() =>
        ValidationAssert.Passes(validator.Validate(ValidCommands.RecordIncident));

    [Fact]
    public void Constructor_NullRules_Throws() =>
        Assert.Throws<ArgumentNullException>("rules", () => new RecordIncidentValidator(null!));

    [Fact]
    public void Validate_MinimalCommand_Passes() =>
        ValidationAssert.Passes(validator.Validate(new RecordIncident("VPN down", string.Empty, Actor.Of("bob"), ReportingChannel.Portal, "Low", "Low")));

    [Fact]
    public void Validate_NullReportedBy_FailsAsRequired() =>
        ValidationAssert.Fails(validator.Validate(ValidCommands.RecordIncident with { ReportedBy = null! }), "ReportedBy", "Incident.ReportedBy.Required", "must not be null");

    [Theory]
    [InlineData(null, "Required", "must not be null")]
    [InlineData("Severe", "Unknown", "is 'Severe', which is not an impact level of the priority matrix (High, Medium, Low)")]
    [InlineData("", "Unknown", "not an impact level")]
    [InlineData(" High", "Unknown", "not an impact level")]
    public void Validate_BadImpact_FailsOnImpact(string? impact, string reason, string message) =>
        ValidationAssert.Fails(validator.Validate(ValidCommands.RecordIncident with { Impact = impact! }), "Impact", "Incident.Impact." + reason, message);

    [Theory]
    [InlineData(null, "Required", "must not be null")]
    [InlineData("Whenever", "Unknown", "is 'Whenever', which is not an urgency level of the priority matrix (High, Medium, Low)")]
    public void Validate_BadUrgency_FailsOnUrgency(string? urgency, string reason, string message) =>
        ValidationAssert.Fails(validator.Validate(ValidCommands.RecordIncident with { Urgency = urgency! }), "Urgency", "Incident.Urgency." + reason, message);

    [Theory]
    [InlineData("high", "LOW")]
    [InlineData("Medium", "medium")]
    public void Validate_LevelsInAnyCase_Passes(string impact, string urgency) =>
        ValidationAssert.Passes(validator.Validate(ValidCommands.RecordIncident with { Impact = impact, Urgency = urgency }));

    [Theory]
    [InlineData(-1)]
    [InlineData(5)]
    public void Validate_SeverityOffTheScale_FailsAsUnknown(int severity) =>
        ValidationAssert.Fails(validator.Validate(ValidCommands.RecordIncident with { Severity = severity }), "Severity", "Incident.Severity.Unknown", "which is not a level of the severity scale (0 (Non-incident), 1 (Partial), 2 (Normal), 3 (Major), 4 (Security))");

    [Theory]
    [InlineData(null)]
    [InlineData(0)]
    [InlineData(4)]
    public void Validate_SeverityOnTheScaleOrNull_Passes(int? severity) =>
        ValidationAssert.Passes(validator.Validate(ValidCommands.RecordIncident with { Severity = severity }));

    [Fact]
    public void Validate_DefaultService_FailsAsDefaultId() =>
        ValidationAssert.Fails(validator.Validate(ValidCommands.RecordIncident with { Service = default(ServiceId) }), "Service", "Incident.Service.DefaultId", "default (empty) ServiceId");

    [Fact]
    public void Validate_NullServiceAndEmptyCategory_Passes() =>
        ValidationAssert.Passes(validator.Validate(ValidCommands.RecordIncident with { Service = null, Category = default }));

    [Fact]
    public void Validate_NullConfigurationItems_FailsAsRequired() =>
        ValidationAssert.Fails(validator.Validate(ValidCommands.RecordIncident with { ConfigurationItems = null! }), "ConfigurationItems", "Incident.ConfigurationItems.Required", "must not be null");

    [Fact]
    public void Validate_101ConfigurationItems_FailsAsTooMany() =>
        ValidationAssert.Fails(validator.Validate(ValidCommands.RecordIncident with { ConfigurationItems = Items(101) }), "ConfigurationItems", "Incident.ConfigurationItems.TooMany", "has 101 items; at most 100 are allowed");

    [Theory]
    [InlineData(0)]
    [InlineData(100)]
    public void Validate_UpTo100ConfigurationItems_Passes(int count) =>
        ValidationAssert.Passes(validator.Validate(ValidCommands.RecordIncident with { ConfigurationItems = Items(count) }));

    [Fact]
    public void Validate_DefaultConfigurationItem_FailsAsDefaultId() =>
        ValidationAssert.Fails(
            validator.Validate(ValidCommands.RecordIncident with { ConfigurationItems = [new ConfigurationItemId("ci-1"), default] }),
            "ConfigurationItems", "Incident.ConfigurationItems.DefaultId", "default (empty) ConfigurationItemId at index 1");

    [Fact]
    public void Validate_DuplicateConfigurationItem_FailsAsDuplicate() =>
        ValidationAssert.Fails(
            validator.Validate(ValidCommands.RecordIncident with { ConfigurationItems = [new ConfigurationItemId("ci-1"), new ConfigurationItemId("ci-2"), new ConfigurationItemId("ci-1")] }),
            "ConfigurationItems", "Incident.ConfigurationItems.Duplicate", "lists 'ci-1' more than once");

    [Fact]
    public void Validate_ConfigurationItemsDifferingInCase_Passes() =>
        ValidationAssert.Passes(validator.Validate(ValidCommands.RecordIncident with { ConfigurationItems = [new ConfigurationItemId("ci-1"), new ConfigurationItemId("CI-1")] }));

    [Theory]
    [InlineData(long.MinValue / 4)]
    [InlineData(long.MaxValue / 4)]
    public void Validate_AnyReportedAt_Passes(long ticks) =>
        ValidationAssert.Passes(validator.Validate(ValidCommands.RecordIncident with { ReportedAt = Instant.FromUnixTimeTicks(ticks) }));

    [Fact]
    public void Validate_UndefinedChannel_FailsAsUndefined() =>
        ValidationAssert.Fails(validator.Validate(ValidCommands.RecordIncident with { Channel = (ReportingChannel)42 }), "Channel", "Incident.Channel.Undefined", "is 42", "not a defined ReportingChannel value");

    [Theory]
    [MemberData(nameof(TextCases.Refused), 200, MemberType = typeof(TextCases), DisableDiscoveryEnumeration = true)]
    public void Validate_BadTitle_FailsOnTitle(string? value, string reason, string message) =>
        ValidationAssert.Fails(validator.Validate(ValidCommands.RecordIncident with { Title = value! }), "Title", "Incident.Title." + reason, message);

    [Theory]
    [MemberData(nameof(TextCases.Accepted), 200, MemberType = typeof(TextCases), DisableDiscoveryEnumeration = true)]
    public void Validate_GoodTitle_Passes(string value) =>
        ValidationAssert.Passes(validator.Validate(ValidCommands.RecordIncident with { Title = value }));

    [Theory]
    [MemberData(nameof(TextCases.RefusedMayBeEmpty), 10000, MemberType = typeof(TextCases), DisableDiscoveryEnumeration = true)]
    public void Validate_BadDescription_FailsOnDescription(string? value, string reason, string message) =>
        ValidationAssert.Fails(validator.Validate(ValidCommands.RecordIncident with { Description = value! }), "Description", "Incident.Description." + reason, message);

    [Theory]
    [MemberData(nameof(TextCases.Accepted), 10000, MemberType = typeof(TextCases), DisableDiscoveryEnumeration = true)]
    public void Validate_GoodDescription_Passes(string value) =>
        ValidationAssert.Passes(validator.Validate(ValidCommands.RecordIncident with { Description = value }));

    private static ConfigurationItemId[] Items(int count) =>
        Enumerable.Range(1, count).Select(i => new ConfigurationItemId(string.Create(CultureInfo.InvariantCulture, $"ci-{i}"))).ToArray();
}
