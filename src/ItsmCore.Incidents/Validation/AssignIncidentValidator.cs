using FluentValidation;

namespace ItsmCore.Incidents;

/// <summary>Checks a <see cref="AssignIncident"/> command (TODO: rules being written).</summary>
public sealed class AssignIncidentValidator : AbstractValidator<AssignIncident>
{
    /// <summary>Creates the validator.</summary>
    public AssignIncidentValidator()
    {
    }
}
