using System;
using System.Linq;

namespace ItsmCore.Incidents.Tests.Validation;

public sealed class OpenMajorIncidentTaskValidatorTests
{
    private readonly OpenMajorIncidentTaskValidator validator = new(TestRules.Default);

    [Fact]
    public void Validate_ValidCommand_Passes() =>
        ValidationAssert.Passes(validator.Validate(ValidCommands.OpenMajorIncidentTask));

    [Fact]
    public void Constructor_NullRules_Throws() =>
        Assert.Throws<ArgumentNullException>("rules", () => new OpenMajorIncidentTaskValidator(null!));

    [Theory]
    [InlineData(null, "Required", "must not be null")]
    [InlineData("P1", "Unknown", "is 'P1', which is not a priority of the scale (Critical, High, Medium, Low, Planning)")]
    public void Validate_BadPriority_FailsOnPriority(string? priority, string reason, string message) =>
        ValidationAssert.Fails(validator.Validate(ValidCommands.OpenMajorIncidentTask with { Priority = priority! }), "Priority", "Incident.Priority." + reason, message);

    [Theory]
    [InlineData("high")]
    [InlineData("PLANNING")]
    public void Validate_PriorityInAnyCase_Passes(string priority) =>
        ValidationAssert.Passes(validator.Validate(ValidCommands.OpenMajorIncidentTask with { Priority = priority }));

    [Fact]
    public void Validate_NoTargetWithoutTaskTargets_FailsAsTargetRequired() =>
        ValidationAssert.Fails(
            validator.Validate(ValidCommands.OpenMajorIncidentTask with { Target = null }),
            "Target", "Incident.Target.Required", "is required because the rules have no MajorIncidentTaskTargets");

    [Fact]
    public void Validate_NoTargetAndUnknownPriorityWithoutTaskTargets_FailsOnBoth()
    {
        var result = validator.Validate(ValidCommands.OpenMajorIncidentTask with { Priority = "P1", Target = null });

        Assert.Equal(["Priority: Incident.Priority.Unknown", "Target: Incident.Target.Required"], result.Errors.Select(e => $"{e.PropertyName}: {e.ErrorCode}"));
    }

    [Theory]
    [InlineData("Critical")]
    [InlineData("critical")]
    public void Validate_NoTargetForAPriorityWithTaskTargets_Passes(string priority) =>
        ValidationAssert.Passes(new OpenMajorIncidentTaskValidator(TestRules.WithCriticalTaskTargets).Validate(ValidCommands.OpenMajorIncidentTask with { Priority = priority, Target = null }));

    [Fact]
    public void Validate_NoTargetForAPriorityWithoutTaskTargets_FailsAsTargetRequired() =>
        ValidationAssert.Fails(
            new OpenMajorIncidentTaskValidator(TestRules.WithCriticalTaskTargets).Validate(ValidCommands.OpenMajorIncidentTask with { Priority = "High", Target = null }),
            "Target", "Incident.Target.Required", "is required because the rules' MajorIncidentTaskTargets have no target for the task's priority");

    [Fact]
    public void Validate_NoTargetAndUnknownPriorityWithTaskTargets_FailsOnPriorityOnly() =>
        ValidationAssert.Fails(
            new OpenMajorIncidentTaskValidator(TestRules.WithCriticalTaskTargets).Validate(ValidCommands.OpenMajorIncidentTask with { Priority = "P1", Target = null }),
            "Priority", "Incident.Priority.Unknown", "is 'P1'");

    [Fact]
    public void Validate_OwnTargetWithTaskTargets_Passes() =>
        ValidationAssert.Passes(new OpenMajorIncidentTaskValidator(TestRules.WithCriticalTaskTargets).Validate(ValidCommands.OpenMajorIncidentTask));

    [Theory]
    [MemberData(nameof(TextCases.Refused), 200, MemberType = typeof(TextCases), DisableDiscoveryEnumeration = true)]
    public void Validate_BadTitle_FailsOnTitle(string? value, string reason, string message) =>
        ValidationAssert.Fails(validator.Validate(ValidCommands.OpenMajorIncidentTask with { Title = value! }), "Title", "Incident.Title." + reason, message);

    [Theory]
    [MemberData(nameof(TextCases.Accepted), 200, MemberType = typeof(TextCases), DisableDiscoveryEnumeration = true)]
    public void Validate_GoodTitle_Passes(string value) =>
        ValidationAssert.Passes(validator.Validate(ValidCommands.OpenMajorIncidentTask with { Title = value }));

    [Fact]
    public void Validate_NullOwner_FailsAsRequired() =>
        ValidationAssert.Fails(validator.Validate(ValidCommands.OpenMajorIncidentTask with { Owner = null! }), "Owner", "Incident.Owner.Required", "must not be null");

    [Theory]
    [MemberData(nameof(IdCases.Refused), MemberType = typeof(IdCases), DisableDiscoveryEnumeration = true)]
    public void Validate_InvalidOwner_FailsAsInvalidId(string value) =>
        ValidationAssert.Fails(validator.Validate(ValidCommands.OpenMajorIncidentTask with { Owner = value }), "Owner", "Incident.Owner.InvalidId", "not a valid id", "no white space");

    [Theory]
    [MemberData(nameof(IdCases.Accepted), MemberType = typeof(IdCases), DisableDiscoveryEnumeration = true)]
    public void Validate_ValidOwner_Passes(string value) =>
        ValidationAssert.Passes(validator.Validate(ValidCommands.OpenMajorIncidentTask with { Owner = value }));

    [Fact]
    public void Validate_NullEscalationTarget_FailsAsRequired() =>
        ValidationAssert.Fails(validator.Validate(ValidCommands.OpenMajorIncidentTask with { EscalationTarget = null! }), "EscalationTarget", "Incident.EscalationTarget.Required", "must not be null");

    [Theory]
    [MemberData(nameof(IdCases.Refused), MemberType = typeof(IdCases), DisableDiscoveryEnumeration = true)]
    public void Validate_InvalidEscalationTarget_FailsAsInvalidId(string value) =>
        ValidationAssert.Fails(validator.Validate(ValidCommands.OpenMajorIncidentTask with { EscalationTarget = value }), "EscalationTarget", "Incident.EscalationTarget.InvalidId", "not a valid id", "no white space");

    [Theory]
    [MemberData(nameof(IdCases.Accepted), MemberType = typeof(IdCases), DisableDiscoveryEnumeration = true)]
    public void Validate_ValidEscalationTarget_Passes(string value) =>
        ValidationAssert.Passes(validator.Validate(ValidCommands.OpenMajorIncidentTask with { EscalationTarget = value }));
}
