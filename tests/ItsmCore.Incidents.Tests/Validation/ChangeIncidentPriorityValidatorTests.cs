using System;

namespace ItsmCore.Incidents.Tests.Validation;

public sealed class ChangeIncidentPriorityValidatorTests
{
    private readonly ChangeIncidentPriorityValidator validator = new(TestRules.Default);

    [Fact]
    public void Validate_ValidCommand_Passes() =>
        ValidationAssert.Passes(validator.Validate(ValidCommands.ChangeIncidentPriority));

    [Fact]
    public void Constructor_NullRules_Throws() =>
        Assert.Throws<ArgumentNullException>("rules", () => new ChangeIncidentPriorityValidator(null!));

    [Fact]
    public void Validate_NothingGiven_FailsOnTheCommand() =>
        ValidationAssert.Fails(validator.Validate(new ChangeIncidentPriority()), string.Empty, "Incident.ChangeIncidentPriority.NothingToChange", "changes nothing", "at least one of Impact, Urgency, OverridePriority");

    [Fact]
    public void Validate_OnlyReasonGiven_FailsOnTheCommand() =>
        ValidationAssert.Fails(validator.Validate(new ChangeIncidentPriority { Reason = "Why not" }), string.Empty, "Incident.ChangeIncidentPriority.NothingToChange", "at least one of Impact, Urgency, OverridePriority");

    [Theory]
    [InlineData("high", null, null)]
    [InlineData(null, "Low", null)]
    [InlineData(null, null, "critical")]
    [InlineData("Low", "High", "Planning")]
    public void Validate_AnyOneGiven_Passes(string? impact, string? urgency, string? overridePriority) =>
        ValidationAssert.Passes(validator.Validate(new ChangeIncidentPriority { Impact = impact, Urgency = urgency, OverridePriority = overridePriority, Reason = "Agreed with the customer" }));

    [Fact]
    public void Validate_UnknownImpact_FailsAsUnknown() =>
        ValidationAssert.Fails(validator.Validate(new ChangeIncidentPriority { Impact = "Severe" }), "Impact", "Incident.Impact.Unknown", "is 'Severe', which is not an impact level of the priority matrix (High, Medium, Low)");

    [Fact]
    public void Validate_UnknownUrgency_FailsAsUnknown() =>
        ValidationAssert.Fails(validator.Validate(new ChangeIncidentPriority { Urgency = "Now" }), "Urgency", "Incident.Urgency.Unknown", "is 'Now', which is not an urgency level of the priority matrix (High, Medium, Low)");

    [Theory]
    [InlineData("P1")]
    [InlineData("")]
    [InlineData("Critical ")]
    public void Validate_UnknownOverridePriority_FailsAsUnknown(string overridePriority) =>
        ValidationAssert.Fails(
            validator.Validate(new ChangeIncidentPriority { OverridePriority = overridePriority, Reason = "Board decision" }),
            "OverridePriority", "Incident.OverridePriority.Unknown", "which is not a priority of the scale (Critical, High, Medium, Low, Planning)");

    [Fact]
    public void Validate_OverrideWithoutReason_FailsAsReasonRequired() =>
        ValidationAssert.Fails(validator.Validate(new ChangeIncidentPriority { OverridePriority = "High" }), "Reason", "Incident.Reason.Required", "is required when OverridePriority is given");

    [Fact]
    public void Validate_MatrixChangeWithoutReason_Passes() =>
        ValidationAssert.Passes(validator.Validate(new ChangeIncidentPriority { Impact = "Low" }));

    [Theory]
    [MemberData(nameof(TextCases.RefusedOptional), 1000, MemberType = typeof(TextCases), DisableDiscoveryEnumeration = true)]
    public void Validate_BadReason_FailsOnReason(string? value, string reason, string message) =>
        ValidationAssert.Fails(validator.Validate(new ChangeIncidentPriority { OverridePriority = "High", Reason = value }), "Reason", "Incident.Reason." + reason, message);

    [Theory]
    [MemberData(nameof(TextCases.Accepted), 1000, MemberType = typeof(TextCases), DisableDiscoveryEnumeration = true)]
    public void Validate_GoodReason_Passes(string value) =>
        ValidationAssert.Passes(validator.Validate(new ChangeIncidentPriority { OverridePriority = "High", Reason = value }));
}
