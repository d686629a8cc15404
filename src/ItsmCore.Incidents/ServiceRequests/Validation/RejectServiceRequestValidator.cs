using FluentValidation;
using ItsmCore.Primitives;

namespace ItsmCore.ServiceRequests;

/// <summary>
/// Checks a <see cref="RejectServiceRequest"/> command: a reason of 1 to 1,000 characters, not padded; the group, when
/// given, not blank, not padded and at most 200 characters. Thread-safe once built.
/// </summary>
internal sealed class RejectServiceRequestValidator : AbstractValidator<RejectServiceRequest>
{
    /// <summary>Creates the validator.</summary>
    public RejectServiceRequestValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(c => c.Reason).RequiredLine(1000);
        RuleFor(c => c.OnBehalfOf).OptionalLine(Actor.MaxLength);
    }
}
