using FluentValidation;
using ItsmCore.Incidents;
using ItsmCore.Primitives;

namespace ItsmCore.ServiceRequests;

/// <summary>
/// Checks an <see cref="ApproveServiceRequest"/> command: the comment, when given, is not blank and at most 1,000
/// characters, not padded; the group, when given, is not blank, not padded and at most 200 characters. Whether the
/// approver may approve is the aggregate's rule. Thread-safe once built.
/// </summary>
/// <remarks>Every failure names the property and the reason and carries an error code <c>ServiceRequest.{Field}.{Reason}</c>.</remarks>
internal sealed class ApproveServiceRequestValidator : AbstractValidator<ApproveServiceRequest>
{
    /// <summary>Creates the validator.</summary>
    public ApproveServiceRequestValidator()
    {
        RuleFor(c => c.Comment).ValidText(1000, TextAllows.Null);
        RuleFor(c => c.OnBehalfOf).ValidText(Actor.MaxLength, TextAllows.Null);
    }
}
