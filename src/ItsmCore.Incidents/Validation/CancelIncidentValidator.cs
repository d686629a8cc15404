using FluentValidation;

namespace ItsmCore.Incidents;

/// <summary>Checks a <see cref="CancelIncident"/> command (TODO: rules being written).</summary>
public sealed class CancelIncidentValidator : AbstractValidator<CancelIncident>
{
    /// <summary>Creates the validator.</summary>
    public CancelIncidentValidator()
    {
    }
}
