using System.Globalization;
using System.Linq;

namespace ItsmCore.Incidents.Tests.Validation;

public sealed class PrepareIncidentActionValidatorTests
{
    private readonly PrepareIncidentActionValidator validator = new();

    [Fact]
    public void Validate_ValidCommand_Passes() =>
        ValidationAssert.Passes(validator.Validate(ValidCommands.PrepareIncidentAction));

    [Fact]
    public void Validate_NullDecidingInformation_FailsAsRequired() =>
        ValidationAssert.Fails(validator.Validate(ValidCommands.PrepareIncidentAction with { DecidingInformation = null! }), "DecidingInformation", "Incident.DecidingInformation.Required", "must not be null");

    [Fact]
    public void Validate_NoDecidingInformation_FailsAsTooFew() =>
        ValidationAssert.Fails(validator.Validate(ValidCommands.PrepareIncidentAction with { DecidingInformation = [] }), "DecidingInformation", "Incident.DecidingInformation.TooFew", "has 0 items; at least 1 are required");

    [Fact]
    public void Validate_TwentyOneItems_FailsAsTooMany() =>
        ValidationAssert.Fails(validator.Validate(ValidCommands.PrepareIncidentAction with { DecidingInformation = Items(21) }), "DecidingInformation", "Incident.DecidingInformation.TooMany", "has 21 items; at most 20 are allowed");

    [Theory]
    [InlineData(1)]
    [InlineData(20)]
    public void Validate_OneToTwentyItems_Passes(int count) =>
        ValidationAssert.Passes(validator.Validate(ValidCommands.PrepareIncidentAction with { DecidingInformation = Items(count) }));

    [Fact]
    public void Validate_SeveralBadItems_FailsOnEachItemByIndex()
    {
        var result = validator.Validate(ValidCommands.PrepareIncidentAction with { DecidingInformation = ["ok", " padded", null!, "ok", ""] });

        Assert.Equal(
            ["DecidingInformation[1]: Incident.DecidingInformation.Padded", "DecidingInformation[2]: Incident.DecidingInformation.Required", "DecidingInformation[4]: Incident.DecidingInformation.Blank"],
            result.Errors.Select(e => $"{e.PropertyName}: {e.ErrorCode}"));
    }

    [Theory]
    [MemberData(nameof(TextCases.Refused), 200, MemberType = typeof(TextCases), DisableDiscoveryEnumeration = true)]
    public void Validate_BadName_FailsOnName(string? value, string reason, string message) =>
        ValidationAssert.Fails(validator.Validate(ValidCommands.PrepareIncidentAction with { Name = value! }), "Name", "Incident.Name." + reason, message);

    [Theory]
    [MemberData(nameof(TextCases.Accepted), 200, MemberType = typeof(TextCases), DisableDiscoveryEnumeration = true)]
    public void Validate_GoodName_Passes(string value) =>
        ValidationAssert.Passes(validator.Validate(ValidCommands.PrepareIncidentAction with { Name = value }));

    [Theory]
    [MemberData(nameof(TextCases.Refused), 500, MemberType = typeof(TextCases), DisableDiscoveryEnumeration = true)]
    public void Validate_BadDecidingInformationItem_FailsOnTheItem(string? value, string reason, string message) =>
        ValidationAssert.Fails(validator.Validate(ValidCommands.PrepareIncidentAction with { DecidingInformation = ["Number of customers affected", value!] }), "DecidingInformation[1]", "Incident.DecidingInformation." + reason, message);

    [Theory]
    [MemberData(nameof(TextCases.Accepted), 500, MemberType = typeof(TextCases), DisableDiscoveryEnumeration = true)]
    public void Validate_GoodDecidingInformationItem_Passes(string value) =>
        ValidationAssert.Passes(validator.Validate(ValidCommands.PrepareIncidentAction with { DecidingInformation = ["Number of customers affected", value] }));

    [Theory]
    [MemberData(nameof(TextCases.Refused), 1000, MemberType = typeof(TextCases), DisableDiscoveryEnumeration = true)]
    public void Validate_BadCriterion_FailsOnCriterion(string? value, string reason, string message) =>
        ValidationAssert.Fails(validator.Validate(ValidCommands.PrepareIncidentAction with { Criterion = value! }), "Criterion", "Incident.Criterion." + reason, message);

    [Theory]
    [MemberData(nameof(TextCases.Accepted), 1000, MemberType = typeof(TextCases), DisableDiscoveryEnumeration = true)]
    public void Validate_GoodCriterion_Passes(string value) =>
        ValidationAssert.Passes(validator.Validate(ValidCommands.PrepareIncidentAction with { Criterion = value }));

    private static string[] Items(int count) =>
        Enumerable.Range(1, count).Select(i => string.Create(CultureInfo.InvariantCulture, $"Fact {i}")).ToArray();
}
