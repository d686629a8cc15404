using FluentValidation;

namespace ItsmCore.Incidents;

/// <summary>Checks a <see cref="EscalateIncident"/> command (TODO: rules being written).</summary>
public sealed class EscalateIncidentValidator : AbstractValidator<EscalateIncident>
{
    /// <summary>Creates the validator.</summary>
    public EscalateIncidentValidator()
    {
    }
}
