using FluentValidation;

namespace ItsmCore.Incidents;

/// <summary>Checks a <see cref="CloseIncident"/> command (TODO: rules being written).</summary>
public sealed class CloseIncidentValidator : AbstractValidator<CloseIncident>
{
    /// <summary>Creates the validator.</summary>
    public CloseIncidentValidator()
    {
    }
}
