using FluentValidation;

namespace ItsmCore.Incidents;

/// <summary>
/// Checks the <see cref="PutIncidentOnHold"/> command:
/// <list type="bullet">
/// <item><see cref="PutIncidentOnHold.Reason"/>: a defined <see cref="HoldReason"/>.</item>
/// <item><see cref="PutIncidentOnHold.Note"/>: optional; when given, not blank, not padded with white space, at most 1,000 characters.</item>
/// </list>
/// Immutable after construction and thread-safe: share one instance.
/// </summary>
/// <remarks>Every failure names the property and the reason and carries an error code <c>Incident.{Field}.{Reason}</c>.</remarks>
internal sealed class PutIncidentOnHoldValidator : AbstractValidator<PutIncidentOnHold>
{
    /// <summary>Creates the validator.</summary>
    public PutIncidentOnHoldValidator()
    {
        RuleFor(c => c.Reason).Defined();
        RuleFor(c => c.Note).ValidText(1_000, TextAllows.Null);
    }
}
