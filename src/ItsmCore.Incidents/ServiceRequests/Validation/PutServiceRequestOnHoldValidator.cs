using FluentValidation;
using ItsmCore.Incidents;

namespace ItsmCore.ServiceRequests;

/// <summary>
/// Checks a <see cref="PutServiceRequestOnHold"/> command: a defined hold reason; the note, when given, not blank, not
/// padded, at most 1,000 characters. Thread-safe once built.
/// </summary>
/// <remarks>Every failure names the property and the reason and carries an error code <c>ServiceRequest.{Field}.{Reason}</c>.</remarks>
internal sealed class PutServiceRequestOnHoldValidator : AbstractValidator<PutServiceRequestOnHold>
{
    /// <summary>Creates the validator.</summary>
    public PutServiceRequestOnHoldValidator()
    {
        RuleFor(c => c.Reason).Defined();
        RuleFor(c => c.Note).ValidText(1000, TextAllows.Null);
    }
}
