using System;
using System.Linq;
using ItsmCore.Classification;

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

    [Fact]
    public void Validate_PriorityNotOnTheScale_FailsAsUnknown() =>
        ValidationAssert.Fails(
            validator.Validate(ValidCommands.OpenMajorIncidentTask with { Priority = new Priority(9, "P1") }),
            "Priority", "Incident.Priority.Unknown", "is '9 (P1)', which is not a priority of the scale (Critical, High, Medium, Low, Planning)");

    [Fact]
    public void Validate_PriorityWithTheRightNameButAnotherNumber_FailsAsUnknown() =>
        ValidationAssert.Fails(
            validator.Validate(ValidCommands.OpenMajorIncidentTask with { Priority = new Priority(4, "High") }),
            "Priority", "Incident.Priority.Unknown", "is '4 (High)'");

    [Fact]
    public void Validate_PriorityOfTheScale_Passes() =>
        ValidationAssert.Passes(validator.Validate(ValidCommands.OpenMajorIncidentTask with { Priority = PriorityScale.Default.Get("Planning") }));

    [Fact]
    public void Validate_NoTargetWithoutTaskTargets_FailsAsTargetRequired() =>
        ValidationAssert.Fails(
            validator.Validate(ValidCommands.OpenMajorIncidentTask with { Target = null }),
            "Target", "Incident.Target.Required", "is required because the rules have no MajorIncidentTaskTargets");

    [Fact]
    public void Validate_NoTargetAndUnknownPriorityWithoutTaskTargets_FailsOnBoth()
    {
        var result = validator.Validate(ValidCommands.OpenMajorIncidentTask with { Priority = new Priority(9, "P1"), Target = null });

        Assert.Equal(["Priority: Incident.Priority.Unknown", "Target: Incident.Target.Required"], result.Errors.Select(e => $"{e.PropertyName}: {e.ErrorCode}"));
    }

    [Fact]
    public void Validate_NoTargetForAPriorityWithTaskTargets_Passes() =>
        ValidationAssert.Passes(new OpenMajorIncidentTaskValidator(TestRules.WithCriticalTaskTargets).Validate(ValidCommands.OpenMajorIncidentTask with { Priority = PriorityScale.Default.Get("Critical"), Target = null }));

    [Fact]
    public void Validate_NoTargetForAPriorityWithoutTaskTargets_FailsAsTargetRequired() =>
        ValidationAssert.Fails(
            new OpenMajorIncidentTaskValidator(TestRules.WithCriticalTaskTargets).Validate(ValidCommands.OpenMajorIncidentTask with { Priority = PriorityScale.Default.Get("High"), Target = null }),
            "Target", "Incident.Target.Required", "is required because the rules' MajorIncidentTaskTargets have no target for the task's priority");

    [Fact]
    public void Validate_NoTargetAndUnknownPriorityWithTaskTargets_FailsOnPriorityOnly() =>
        ValidationAssert.Fails(
            new OpenMajorIncidentTaskValidator(TestRules.WithCriticalTaskTargets).Validate(ValidCommands.OpenMajorIncidentTask with { Priority = new Priority(9, "P1"), Target = null }),
            "Priority", "Incident.Priority.Unknown", "is '9 (P1)'");

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
