using FluentValidation;

namespace ItsmCore.Incidents;

/// <summary>Checks a <see cref="PutIncidentOnHold"/> command (TODO: rules being written).</summary>
public sealed class PutIncidentOnHoldValidator : AbstractValidator<PutIncidentOnHold>
{
    /// <summary>Creates the validator.</summary>
    public PutIncidentOnHoldValidator()
    {
    }
}
