using FluentValidation;

namespace ItsmCore.ServiceRequests;

/// <summary>
/// Checks a <see cref="PutServiceRequestOnHold"/> command: a defined hold reason; the note, when given, not blank, not
/// padded, at most 1,000 characters. Thread-safe once built.
/// </summary>
internal sealed class PutServiceRequestOnHoldValidator : AbstractValidator<PutServiceRequestOnHold>
{
    /// <summary>Creates the validator.</summary>
    public PutServiceRequestOnHoldValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(c => c.Reason).IsInEnum().WithMessage("'{PropertyName}' must be AwaitingRequester or AwaitingSupplier.");
        RuleFor(c => c.Note).OptionalLine(1000);
    }
}
