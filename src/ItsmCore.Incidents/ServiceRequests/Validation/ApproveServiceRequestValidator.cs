using FluentValidation;
using ItsmCore.Primitives;

namespace ItsmCore.ServiceRequests;

/// <summary>
/// Checks an <see cref="ApproveServiceRequest"/> command: the comment, when given, is not blank and at most 1,000
/// characters, not padded; the group, when given, is not blank, not padded and at most 200 characters. Whether the
/// approver may approve is the aggregate's rule. Thread-safe once built.
/// </summary>
internal sealed class ApproveServiceRequestValidator : AbstractValidator<ApproveServiceRequest>
{
    /// <summary>Creates the validator.</summary>
    public ApproveServiceRequestValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(c => c.Comment).OptionalLine(1000);
        RuleFor(c => c.OnBehalfOf).OptionalLine(Actor.MaxLength);
    }
}
