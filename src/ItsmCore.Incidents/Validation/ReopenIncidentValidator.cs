using FluentValidation;

namespace ItsmCore.Incidents;

/// <summary>Checks a <see cref="ReopenIncident"/> command (TODO: rules being written).</summary>
public sealed class ReopenIncidentValidator : AbstractValidator<ReopenIncident>
{
    /// <summary>Creates the validator.</summary>
    public ReopenIncidentValidator()
    {
    }
}
