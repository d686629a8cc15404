using System.Linq;
using FluentValidation;
using FluentValidation.Results;
using ItsmCore.ServiceRequests;
using static ItsmCore.Incidents.Tests.ServiceRequests.ServiceRequestTestData;

namespace ItsmCore.Incidents.Tests.ServiceRequests;

/// <summary>The validators of the commands on an existing request (Submit has its own test class).</summary>
public sealed class ServiceRequestCommandValidatorTests
{
    public static TheoryData<IValidator, object> Valid => new()
    {
        { new ApproveServiceRequestValidator(), new ApproveServiceRequest() },
        { new ApproveServiceRequestValidator(), new ApproveServiceRequest { Comment = new string('c', 1000), OnBehalfOf = "change managers" } },
        { new RejectServiceRequestValidator(), new RejectServiceRequest("No budget") },
        { new AssignServiceRequestValidator(), new AssignServiceRequest("second-line") { Assignee = Engineer } },
        { new StartServiceRequestFulfilmentValidator(), new StartServiceRequestFulfilment() },
        { new PutServiceRequestOnHoldValidator(), new PutServiceRequestOnHold(ServiceRequestHoldReason.AwaitingSupplier) { Note = "Vendor quote" } },
        { new ResumeServiceRequestValidator(), new ResumeServiceRequest { Note = "Quote received" } },
        { new FulfilServiceRequestValidator(), new FulfilServiceRequest(" Multi-line\nnotes are kept as written.\n") },
        { new CloseServiceRequestValidator(), new CloseServiceRequest() },
        { new ReopenServiceRequestValidator(), new ReopenServiceRequest(new string('r', 1000)) },
        { new CancelServiceRequestValidator(), new CancelServiceRequest(new string('r', 500)) },
        { new AddServiceRequestCommentValidator(), new AddServiceRequestComment(CommentVisibility.CustomerVisible, new string('t', 10_000)) },
    };

    public static TheoryData<IValidator, object, string, string> Invalid => new()
    {
        { new ApproveServiceRequestValidator(), new ApproveServiceRequest { Comment = "" }, "Comment", "ServiceRequest.Comment.Blank" },
        { new ApproveServiceRequestValidator(), new ApproveServiceRequest { Comment = new string('c', 1001) }, "Comment", "ServiceRequest.Comment.TooLong" },
        { new ApproveServiceRequestValidator(), new ApproveServiceRequest { OnBehalfOf = " cab" }, "OnBehalfOf", "ServiceRequest.OnBehalfOf.Padded" },
        { new ApproveServiceRequestValidator(), new ApproveServiceRequest { OnBehalfOf = new string('g', 201) }, "OnBehalfOf", "ServiceRequest.OnBehalfOf.TooLong" },
        { new RejectServiceRequestValidator(), new RejectServiceRequest(null!), "Reason", "ServiceRequest.Reason.Required" },
        { new RejectServiceRequestValidator(), new RejectServiceRequest("Because "), "Reason", "ServiceRequest.Reason.Padded" },
        { new RejectServiceRequestValidator(), new RejectServiceRequest("No") { OnBehalfOf = "  " }, "OnBehalfOf", "ServiceRequest.OnBehalfOf.Blank" },
        { new AssignServiceRequestValidator(), new AssignServiceRequest(null!), "AssignmentGroup", "ServiceRequest.AssignmentGroup.Required" },
        { new AssignServiceRequestValidator(), new AssignServiceRequest(""), "AssignmentGroup", "ServiceRequest.AssignmentGroup.InvalidId" },
        { new AssignServiceRequestValidator(), new AssignServiceRequest(new string('g', 101)), "AssignmentGroup", "ServiceRequest.AssignmentGroup.InvalidId" },
        { new StartServiceRequestFulfilmentValidator(), new StartServiceRequestFulfilment { Note = " " }, "Note", "ServiceRequest.Note.Blank" },
        { new PutServiceRequestOnHoldValidator(), new PutServiceRequestOnHold((ServiceRequestHoldReason)2), "Reason", "ServiceRequest.Reason.Undefined" },
        { new PutServiceRequestOnHoldValidator(), new PutServiceRequestOnHold(ServiceRequestHoldReason.AwaitingRequester) { Note = new string('n', 1001) }, "Note", "ServiceRequest.Note.TooLong" },
        { new ResumeServiceRequestValidator(), new ResumeServiceRequest { Note = "padded\n" }, "Note", "ServiceRequest.Note.Padded" },
        { new FulfilServiceRequestValidator(), new FulfilServiceRequest("\n\t "), "Notes", "ServiceRequest.Notes.Blank" },
        { new FulfilServiceRequestValidator(), new FulfilServiceRequest(new string('n', 10_001)), "Notes", "ServiceRequest.Notes.TooLong" },
        { new CloseServiceRequestValidator(), new CloseServiceRequest { Note = "" }, "Note", "ServiceRequest.Note.Blank" },
        { new ReopenServiceRequestValidator(), new ReopenServiceRequest(new string('r', 1001)), "Reason", "ServiceRequest.Reason.TooLong" },
        { new CancelServiceRequestValidator(), new CancelServiceRequest(new string('r', 501)), "Reason", "ServiceRequest.Reason.TooLong" },
        { new CancelServiceRequestValidator(), new CancelServiceRequest(""), "Reason", "ServiceRequest.Reason.Blank" },
        { new AddServiceRequestCommentValidator(), new AddServiceRequestComment((CommentVisibility)5, "Hello"), "Visibility", "ServiceRequest.Visibility.Undefined" },
        { new AddServiceRequestCommentValidator(), new AddServiceRequestComment(CommentVisibility.Internal, null!), "Text", "ServiceRequest.Text.Required" },
        { new AddServiceRequestCommentValidator(), new AddServiceRequestComment(CommentVisibility.Internal, new string('t', 10_001)), "Text", "ServiceRequest.Text.TooLong" },
    };

    [Theory]
    [MemberData(nameof(Valid))]
    public void Validate_ValidCommand_IsValid(IValidator validator, object command)
    {
        ValidationResult result = validator.Validate(new ValidationContext<object>(command));
        Assert.True(result.IsValid, string.Join("; ", result.Errors));
    }

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Validate_InvalidCommand_ReportsThePropertyWithAReasonAndItsCode(IValidator validator, object command, string property, string code)
    {
        ValidationResult result = validator.Validate(new ValidationContext<object>(command));
        ValidationFailure failure = Assert.Single(result.Errors);
        Assert.Equal(property, failure.PropertyName);
        Assert.Equal(code, failure.ErrorCode);
        Assert.StartsWith($"'{property}'", failure.ErrorMessage, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_EveryCommandOfTheSet_ReportsServiceRequestCodes()
    {
        // Every validator the aggregate runs (and DI hands out) reports ServiceRequest.{Field}.{Reason}, never
        // FluentValidation's default codes (NotNullValidator, ...) or the incident prefix.
        var set = new ServiceRequestCommandValidators(Catalog);
        foreach ((IValidator validator, object command, string property, string code) in Invalid.Select(row => ((IValidator)row[0], row[1], (string)row[2], (string)row[3])))
        {
            IValidator fromSet = (IValidator)typeof(ServiceRequestCommandValidators).GetMethod(nameof(ServiceRequestCommandValidators.Get))!
                .MakeGenericMethod(command.GetType()).Invoke(set, null)!;
            Assert.Equal(validator.GetType(), fromSet.GetType());
            ValidationFailure failure = Assert.Single(fromSet.Validate(new ValidationContext<object>(command)).Errors);
            Assert.Equal(code, failure.ErrorCode);
            Assert.Matches(@"^ServiceRequest\.[A-Za-z]+\.[A-Za-z]+$", failure.ErrorCode);
            Assert.Equal($"ServiceRequest.{property}.", failure.ErrorCode[..(failure.ErrorCode.LastIndexOf('.') + 1)]);
        }
    }

    [Fact]
    public void Validate_Messages_SayWhatIsWrong()
    {
        Assert.Equal(
            "'AssignmentGroup' is 'second line', not a valid id: an id has 1 to 100 characters and no white space or control characters.",
            new AssignServiceRequestValidator().Validate(new AssignServiceRequest("second line")).Errors.Single().ErrorMessage);
        Assert.Equal(
            "'Reason' is 501 characters long; at most 500 are allowed.",
            new CancelServiceRequestValidator().Validate(new CancelServiceRequest(new string('r', 501))).Errors.Single().ErrorMessage);
        Assert.Equal(
            "'Note' must not start or end with white space.",
            new CloseServiceRequestValidator().Validate(new CloseServiceRequest { Note = "done " }).Errors.Single().ErrorMessage);
        Assert.Equal(
            "'Reason' is -1, not a defined ServiceRequestHoldReason value (AwaitingRequester, AwaitingSupplier).",
            new PutServiceRequestOnHoldValidator().Validate(new PutServiceRequestOnHold((ServiceRequestHoldReason)(-1))).Errors.Single().ErrorMessage);
    }
}
