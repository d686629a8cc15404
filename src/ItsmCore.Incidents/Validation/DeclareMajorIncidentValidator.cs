using FluentValidation;

namespace ItsmCore.Incidents;

/// <summary>Checks a <see cref="DeclareMajorIncident"/> command (TODO: rules being written).</summary>
public sealed class DeclareMajorIncidentValidator : AbstractValidator<DeclareMajorIncident>
{
    /// <summary>Creates the validator.</summary>
    public DeclareMajorIncidentValidator()
    {
    }
}
