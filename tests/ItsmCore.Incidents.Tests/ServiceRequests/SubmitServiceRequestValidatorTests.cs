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

    public static TheoryData<string, SubmitServiceRequest, string> Invalid => new()
    {
        { "TypeId", SubmitCommand(AccountChange) with { TypeId = null! }, "ServiceRequest.TypeId.Required" },
        { "TypeId", SubmitCommand(AccountChange) with { TypeId = "ACCOUNT-CHANGE" }, "ServiceRequest.TypeId.Unknown" },
        { "Title", SubmitCommand(AccountChange) with { Title = null! }, "ServiceRequest.Title.Required" },
        { "Title", SubmitCommand(AccountChange) with { Title = "" }, "ServiceRequest.Title.Blank" },
        { "Title", SubmitCommand(AccountChange) with { Title = "Padded " }, "ServiceRequest.Title.Padded" },
        { "Title", SubmitCommand(AccountChange) with { Title = new string('t', 201) }, "ServiceRequest.Title.TooLong" },
        { "Details", SubmitCommand(AccountChange) with { Details = null! }, "ServiceRequest.Details.Required" },
        { "Details", SubmitCommand(AccountChange) with { Details = new string('d', 10_001) }, "ServiceRequest.Details.TooLong" },
        { "RequestedBy", SubmitCommand(AccountChange) with { RequestedBy = null! }, "ServiceRequest.RequestedBy.Required" },
        { "RequestedAt", SubmitCommand(AccountChange) with { RequestedAt = BusinessCalendar.MaxSupportedInstant }, "ServiceRequest.RequestedAt.OutOfRange" },
        { "Service", SubmitCommand(AccountChange) with { Service = default(ServiceId) }, "ServiceRequest.Service.DefaultId" },
        { "ConfigurationItems", SubmitCommand(AccountChange) with { ConfigurationItems = null! }, "ServiceRequest.ConfigurationItems.Required" },
        { "ConfigurationItems", SubmitCommand(AccountChange) with { ConfigurationItems = [default] }, "ServiceRequest.ConfigurationItems.DefaultId" },
        { "ConfigurationItems", SubmitCommand(AccountChange) with { ConfigurationItems = [new("a"), new("a")] }, "ServiceRequest.ConfigurationItems.Duplicate" },
        {
            "ConfigurationItems", SubmitCommand(AccountChange) with
            {
                ConfigurationItems = Enumerable.Range(0, 101).Select(i => new ConfigurationItemId("ci-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToArray(),
            },
            "ServiceRequest.ConfigurationItems.TooMany"
        },
        { "Details", SubmitCommand(AccountChange) with { Details = " \n " }, "ServiceRequest.Details.Blank" },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Validate_OneInvalidField_ReportsThatPropertyOnlyWithItsCode(string property, SubmitServiceRequest command, string code)
    {
        ValidationResult result = Validator.Validate(command);
        ValidationFailure failure = Assert.Single(result.Errors);
        Assert.Equal(property, failure.PropertyName);
        Assert.Equal(code, failure.ErrorCode);
        Assert.False(string.IsNullOrWhiteSpace(failure.ErrorMessage));
    }

    [Fact]
    public void Validate_UnknownType_ReportsTheRefusalCodeConstant()
    {
        ValidationFailure failure = Assert.Single(Validator.Validate(SubmitCommand(AccountChange) with { TypeId = "laptop" }).Errors);
        Assert.Equal(ServiceRequestRefusalCodes.TypeUnknown, failure.ErrorCode);
    }

    [Fact]
    public void Validate_PaddedDetails_AreKeptAsWritten()
    {
        Assert.True(Validator.Validate(SubmitCommand(AccountChange) with { Details = "  indented\nlines\n" }).IsValid);
    }

    [Fact]
    public void Validate_SeveralInvalidFields_ReportsEveryOneWithItsReason()
    {
        ValidationResult result = Validator.Validate(new SubmitServiceRequest("x", "", new string('d', 10_001), null!));
        Assert.Equal(
            [
                ("TypeId", "The service catalogue has no request type 'x'. Known ids: account-change, os-config."),
                ("Title", "'Title' must not be empty or only white space."),
                ("Details", "'Details' is 10001 characters long; at most 10000 are allowed."),
                ("RequestedBy", "'RequestedBy' is required; it must not be null."),
            ],
            result.Errors.Select(e => (e.PropertyName, e.ErrorMessage)));
    }

    [Fact]
    public void Constructor_NullCatalog_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => new SubmitServiceRequestValidator(null!));
    }
}
