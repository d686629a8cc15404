using FluentValidation;
using ItsmCore.Incidents;
using ItsmCore.Sla;

namespace ItsmCore.ServiceRequests;

/// <summary>
/// Checks a <see cref="CancelServiceRequest"/> command: a reason of 1 to 500 characters
/// (<see cref="SlaClockEvent.MaxReasonLength"/>, as it is also recorded on the fulfilment clock), not padded.
/// Thread-safe once built.
/// </summary>
/// <remarks>Every failure names the property and the reason and carries an error code <c>ServiceRequest.{Field}.{Reason}</c>.</remarks>
internal sealed class CancelServiceRequestValidator : AbstractValidator<CancelServiceRequest>
{
    /// <summary>Creates the validator.</summary>
    public CancelServiceRequestValidator()
    {
        RuleFor(c => c.Reason).ValidText(SlaClockEvent.MaxReasonLength);
    }
}
