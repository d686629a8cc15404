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

    public static TheoryData<IValidator, object, string> Invalid => new()
    {
        { new ApproveServiceRequestValidator(), new ApproveServiceRequest { Comment = "" }, "Comment" },
        { new ApproveServiceRequestValidator(), new ApproveServiceRequest { Comment = new string('c', 1001) }, "Comment" },
        { new ApproveServiceRequestValidator(), new ApproveServiceRequest { OnBehalfOf = " cab" }, "OnBehalfOf" },
        { new ApproveServiceRequestValidator(), new ApproveServiceRequest { OnBehalfOf = new string('g', 201) }, "OnBehalfOf" },
        { new RejectServiceRequestValidator(), new RejectServiceRequest(null!), "Reason" },
        { new RejectServiceRequestValidator(), new RejectServiceRequest("Because "), "Reason" },
        { new RejectServiceRequestValidator(), new RejectServiceRequest("No") { OnBehalfOf = "  " }, "OnBehalfOf" },
        { new AssignServiceRequestValidator(), new AssignServiceRequest(null!), "AssignmentGroup" },
        { new AssignServiceRequestValidator(), new AssignServiceRequest(""), "AssignmentGroup" },
        { new AssignServiceRequestValidator(), new AssignServiceRequest(new string('g', 101)), "AssignmentGroup" },
        { new StartServiceRequestFulfilmentValidator(), new StartServiceRequestFulfilment { Note = " " }, "Note" },
        { new PutServiceRequestOnHoldValidator(), new PutServiceRequestOnHold((ServiceRequestHoldReason)2), "Reason" },
        { new PutServiceRequestOnHoldValidator(), new PutServiceRequestOnHold(ServiceRequestHoldReason.AwaitingRequester) { Note = new string('n', 1001) }, "Note" },
        { new ResumeServiceRequestValidator(), new ResumeServiceRequest { Note = "padded\n" }, "Note" },
        { new FulfilServiceRequestValidator(), new FulfilServiceRequest("\n\t "), "Notes" },
        { new FulfilServiceRequestValidator(), new FulfilServiceRequest(new string('n', 10_001)), "Notes" },
        { new CloseServiceRequestValidator(), new CloseServiceRequest { Note = "" }, "Note" },
        { new ReopenServiceRequestValidator(), new ReopenServiceRequest(new string('r', 1001)), "Reason" },
        { new CancelServiceRequestValidator(), new CancelServiceRequest(new string('r', 501)), "Reason" },
        { new CancelServiceRequestValidator(), new CancelServiceRequest(""), "Reason" },
        { new AddServiceRequestCommentValidator(), new AddServiceRequestComment((CommentVisibility)5, "Hello"), "Visibility" },
        { new AddServiceRequestCommentValidator(), new AddServiceRequestComment(CommentVisibility.Internal, null!), "Text" },
        { new AddServiceRequestCommentValidator(), new AddServiceRequestComment(CommentVisibility.Internal, new string('t', 10_001)), "Text" },
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
    public void Validate_InvalidCommand_ReportsThePropertyWithAReason(IValidator validator, object command, string property)
    {
        ValidationResult result = validator.Validate(new ValidationContext<object>(command));
        ValidationFailure failure = Assert.Single(result.Errors);
        Assert.Equal(property, failure.PropertyName);
        Assert.False(string.IsNullOrWhiteSpace(failure.ErrorMessage));
    }

    [Fact]
    public void Validate_Messages_SayWhatIsWrong()
    {
        Assert.Equal(
            "'Assignment Group' must be an id of 1 to 100 characters without white space.",
            new AssignServiceRequestValidator().Validate(new AssignServiceRequest("second line")).Errors.Single().ErrorMessage);
        Assert.Equal(
            "'Reason' must be at most 500 characters long.",
            new CancelServiceRequestValidator().Validate(new CancelServiceRequest(new string('r', 501))).Errors.Single().ErrorMessage);
        Assert.Equal(
            "'Note' must not start or end with white space.",
            new CloseServiceRequestValidator().Validate(new CloseServiceRequest { Note = "done " }).Errors.Single().ErrorMessage);
        Assert.Equal(
            "'Reason' must be AwaitingRequester or AwaitingSupplier.",
            new PutServiceRequestOnHoldValidator().Validate(new PutServiceRequestOnHold((ServiceRequestHoldReason)(-1))).Errors.Single().ErrorMessage);
    }
}
