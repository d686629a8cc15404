
namespace ItsmCore.Incidents.Tests.Validation;

public sealed class AddIncidentCommentValidatorTests
{
    private readonly AddIncidentCommentValidator validator = new();

    [Fact]
    public void Validate_ValidCommand_Passes() =>
        ValidationAssert.Passes(validator.Validate(ValidCommands.AddIncidentComment));

    [Fact]
    public void Validate_UndefinedVisibility_FailsAsUndefined() =>
        ValidationAssert.Fails(validator.Validate(ValidCommands.AddIncidentComment with { Visibility = (CommentVisibility)42 }), "Visibility", "Incident.Visibility.Undefined", "is 42", "not a defined CommentVisibility value");

    [Theory]
    [MemberData(nameof(TextCases.Refused), 10000, MemberType = typeof(TextCases), DisableDiscoveryEnumeration = true)]
    public void Validate_BadText_FailsOnText(string? value, string reason, string message) =>
        ValidationAssert.Fails(validator.Validate(ValidCommands.AddIncidentComment with { Text = value! }), "Text", "Incident.Text." + reason, message);

    [Theory]
    [MemberData(nameof(TextCases.Accepted), 10000, MemberType = typeof(TextCases), DisableDiscoveryEnumeration = true)]
    public void Validate_GoodText_Passes(string value) =>
        ValidationAssert.Passes(validator.Validate(ValidCommands.AddIncidentComment with { Text = value }));
}
