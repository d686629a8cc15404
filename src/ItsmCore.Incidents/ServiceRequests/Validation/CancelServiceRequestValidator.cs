using FluentValidation;
using ItsmCore.Sla;

namespace ItsmCore.ServiceRequests;

/// <summary>
/// Checks a <see cref="CancelServiceRequest"/> command: a reason of 1 to 500 characters
/// (<see cref="SlaClockEvent.MaxReasonLength"/>, as it is also recorded on the fulfilment clock), not padded.
/// Thread-safe once built.
/// </summary>
internal sealed class CancelServiceRequestValidator : AbstractValidator<CancelServiceRequest>
{
    /// <summary>Creates the validator.</summary>
    public CancelServiceRequestValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(c => c.Reason).RequiredLine(SlaClockEvent.MaxReasonLength);
    }
}
