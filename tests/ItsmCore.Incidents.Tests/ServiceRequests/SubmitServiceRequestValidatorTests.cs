using System;
using System.Linq;
using FluentValidation.Results;
using ItsmCore.Calendars;
using ItsmCore.ServiceRequests;
using ItsmCore.Primitives;
using NodaTime;
using static ItsmCore.Incidents.Tests.ServiceRequests.ServiceRequestTestData;

namespace ItsmCore.Incidents.Tests.ServiceRequests;

public sealed class SubmitServiceRequestValidatorTests
{
    private static readonly SubmitServiceRequestValidator Validator = new(Catalog);

    [Fact]
    public void Validate_CompleteCommand_IsValid()
    {
        var command = SubmitCommand(OsConfiguration) with
        {
            RequestedAt = MondayMorning,
            Service = new ServiceId("erp"),
            ConfigurationItems = Enumerable.Range(0, 100).Select(i => new ConfigurationItemId("ci-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToArray(),
        };
        Assert.True(Validator.Validate(command).IsValid);
        Assert.True(Validator.Validate(new SubmitServiceRequest("account-change", "T", "", Requester)).IsValid);
    }

    public static TheoryData<string, SubmitServiceRequest> Invalid => new()
    {
        { "TypeId", SubmitCommand(AccountChange) with { TypeId = null! } },
        { "TypeId", SubmitCommand(AccountChange) with { TypeId = "ACCOUNT-CHANGE" } },
        { "Title", SubmitCommand(AccountChange) with { Title = null! } },
        { "Title", SubmitCommand(AccountChange) with { Title = "" } },
        { "Title", SubmitCommand(AccountChange) with { Title = "Padded " } },
        { "Title", SubmitCommand(AccountChange) with { Title = new string('t', 201) } },
        { "Details", SubmitCommand(AccountChange) with { Details = null! } },
        { "Details", SubmitCommand(AccountChange) with { Details = new string('d', 10_001) } },
        { "RequestedBy", SubmitCommand(AccountChange) with { RequestedBy = null! } },
        { "RequestedAt", SubmitCommand(AccountChange) with { RequestedAt = BusinessCalendar.MaxSupportedInstant } },
        { "Service", SubmitCommand(AccountChange) with { Service = default(ServiceId) } },
        { "ConfigurationItems", SubmitCommand(AccountChange) with { ConfigurationItems = null! } },
        { "ConfigurationItems", SubmitCommand(AccountChange) with { ConfigurationItems = [default] } },
        { "ConfigurationItems", SubmitCommand(AccountChange) with { ConfigurationItems = [new("a"), new("a")] } },
        {
            "ConfigurationItems", SubmitCommand(AccountChange) with
            {
                ConfigurationItems = Enumerable.Range(0, 101).Select(i => new ConfigurationItemId("ci-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToArray(),
            }
        },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Validate_OneInvalidField_ReportsThatPropertyOnly(string property, SubmitServiceRequest command)
    {
        ValidationResult result = Validator.Validate(command);
        ValidationFailure failure = Assert.Single(result.Errors);
        Assert.Equal(property, failure.PropertyName);
        Assert.False(string.IsNullOrWhiteSpace(failure.ErrorMessage));
    }

    [Fact]
    public void Validate_SeveralInvalidFields_ReportsEveryOneWithItsReason()
    {
        ValidationResult result = Validator.Validate(new SubmitServiceRequest("x", "", new string('d', 10_001), null!));
        Assert.Equal(
            [
                ("TypeId", "The service catalogue has no request type 'x'. Known ids: account-change, os-config."),
                ("Title", "'Title' must not be empty or white space."),
                ("Details", "'Details' must be at most 10000 characters long."),
                ("RequestedBy", "'Requested By' is required."),
            ],
            result.Errors.Select(e => (e.PropertyName, e.ErrorMessage)));
    }

    [Fact]
    public void Constructor_NullCatalog_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => new SubmitServiceRequestValidator(null!));
    }
}
