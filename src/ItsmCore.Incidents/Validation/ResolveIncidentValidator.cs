using FluentValidation;

namespace ItsmCore.Incidents;

/// <summary>Checks a <see cref="ResolveIncident"/> command (TODO: rules being written).</summary>
public sealed class ResolveIncidentValidator : AbstractValidator<ResolveIncident>
{
    /// <summary>Creates the validator.</summary>
    public ResolveIncidentValidator()
    {
    }
}
