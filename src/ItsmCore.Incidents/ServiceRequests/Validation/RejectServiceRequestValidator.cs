using FluentValidation;
using ItsmCore.Incidents;
using ItsmCore.Primitives;

namespace ItsmCore.ServiceRequests;

/// <summary>
/// Checks a <see cref="RejectServiceRequest"/> command: a reason of 1 to 1,000 characters, not padded; the group, when
/// given, not blank, not padded and at most 200 characters. Thread-safe once built.
/// </summary>
/// <remarks>Every failure names the property and the reason and carries an error code <c>ServiceRequest.{Field}.{Reason}</c>.</remarks>
internal sealed class RejectServiceRequestValidator : AbstractValidator<RejectServiceRequest>
{
    /// <summary>Creates the validator.</summary>
    public RejectServiceRequestValidator()
    {
        RuleFor(c => c.Reason).ValidText(1000);
        RuleFor(c => c.OnBehalfOf).ValidText(Actor.MaxLength, TextAllows.Null);
    }
}
