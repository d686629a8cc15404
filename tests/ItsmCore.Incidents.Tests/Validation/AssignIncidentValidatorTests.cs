
namespace ItsmCore.Incidents.Tests.Validation;

public sealed class AssignIncidentValidatorTests
{
    private readonly AssignIncidentValidator validator = new();

    [Fact]
    public void Validate_ValidCommand_Passes() =>
        ValidationAssert.Passes(validator.Validate(ValidCommands.AssignIncident));

    [Fact]
    public void Validate_NullAssignmentGroup_FailsAsRequired() =>
        ValidationAssert.Fails(validator.Validate(ValidCommands.AssignIncident with { AssignmentGroup = null! }), "AssignmentGroup", "Incident.AssignmentGroup.Required", "must not be null");

    [Theory]
    [MemberData(nameof(IdCases.Refused), MemberType = typeof(IdCases), DisableDiscoveryEnumeration = true)]
    public void Validate_InvalidAssignmentGroup_FailsAsInvalidId(string value) =>
        ValidationAssert.Fails(validator.Validate(ValidCommands.AssignIncident with { AssignmentGroup = value }), "AssignmentGroup", "Incident.AssignmentGroup.InvalidId", "not a valid id", "no white space");

    [Theory]
    [MemberData(nameof(IdCases.Accepted), MemberType = typeof(IdCases), DisableDiscoveryEnumeration = true)]
    public void Validate_ValidAssignmentGroup_Passes(string value) =>
        ValidationAssert.Passes(validator.Validate(ValidCommands.AssignIncident with { AssignmentGroup = value }));

    [Fact]
    public void Validate_NullAssignee_Passes() =>
        ValidationAssert.Passes(validator.Validate(ValidCommands.AssignIncident with { Assignee = null }));
}
