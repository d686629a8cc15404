using System;
using ItsmCore.Classification;

namespace ItsmCore.Incidents.Tests.Validation;

public sealed class ChangeIncidentSeverityValidatorTests
{
    private readonly ChangeIncidentSeverityValidator validator = new(TestRules.Default);

    [Fact]
    public void Validate_ValidCommand_Passes() =>
        ValidationAssert.Passes(validator.Validate(ValidCommands.ChangeIncidentSeverity));

    [Fact]
    public void Constructor_NullRules_Throws() =>
        Assert.Throws<ArgumentNullException>("rules", () => new ChangeIncidentSeverityValidator(null!));

    [Theory]
    [InlineData(-1)]
    [InlineData(5)]
    [InlineData(int.MaxValue)]
    public void Validate_SeverityOffTheScale_FailsAsUnknown(int severity) =>
        ValidationAssert.Fails(
            validator.Validate(ValidCommands.ChangeIncidentSeverity with { Severity = severity }),
            "Severity", "Incident.Severity.Unknown", "which is not a level of the severity scale (0 (Non-incident), 1 (Partial), 2 (Normal), 3 (Major), 4 (Security))");

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    public void Validate_SeverityOnTheScale_Passes(int severity) =>
        ValidationAssert.Passes(validator.Validate(ValidCommands.ChangeIncidentSeverity with { Severity = severity }));

    [Fact]
    public void Validate_SeverityOfACustomScale_IsCheckedAgainstThatScale()
    {
        var rules = IncidentRules.Create(new IncidentOptions { SeverityScale = SeverityScale.Create("Low", "High"), DefaultSeverity = 0 }, TestRules.Calendars);
        var custom = new ChangeIncidentSeverityValidator(rules);

        ValidationAssert.Passes(custom.Validate(new ChangeIncidentSeverity(1)));
        ValidationAssert.Fails(custom.Validate(new ChangeIncidentSeverity(2)), "Severity", "Incident.Severity.Unknown", "(0 (Low), 1 (High))");
    }

    [Fact]
    public void Validate_NullReason_Passes() =>
        ValidationAssert.Passes(validator.Validate(ValidCommands.ChangeIncidentSeverity with { Reason = null }));

    [Theory]
    [MemberData(nameof(TextCases.RefusedOptional), 1000, MemberType = typeof(TextCases), DisableDiscoveryEnumeration = true)]
    public void Validate_BadReason_FailsOnReason(string? value, string reason, string message) =>
        ValidationAssert.Fails(validator.Validate(ValidCommands.ChangeIncidentSeverity with { Reason = value }), "Reason", "Incident.Reason." + reason, message);

    [Theory]
    [MemberData(nameof(TextCases.Accepted), 1000, MemberType = typeof(TextCases), DisableDiscoveryEnumeration = true)]
    public void Validate_GoodReason_Passes(string value) =>
        ValidationAssert.Passes(validator.Validate(ValidCommands.ChangeIncidentSeverity with { Reason = value }));
}
