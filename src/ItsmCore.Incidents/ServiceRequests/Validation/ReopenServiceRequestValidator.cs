using FluentValidation;
using ItsmCore.Incidents;

namespace ItsmCore.ServiceRequests;

/// <summary>Checks a <see cref="ReopenServiceRequest"/> command: a reason of 1 to 1,000 characters, not padded. Thread-safe once built.</summary>
/// <remarks>Every failure names the property and the reason and carries an error code <c>ServiceRequest.{Field}.{Reason}</c>.</remarks>
internal sealed class ReopenServiceRequestValidator : AbstractValidator<ReopenServiceRequest>
{
    /// <summary>Creates the validator.</summary>
    public ReopenServiceRequestValidator()
    {
        RuleFor(c => c.Reason).ValidText(1000);
    }
}
