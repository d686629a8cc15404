using FluentValidation;

namespace ItsmCore.Incidents;

/// <summary>Checks a <see cref="PrepareIncidentAction"/> command (TODO: rules being written).</summary>
public sealed class PrepareIncidentActionValidator : AbstractValidator<PrepareIncidentAction>
{
    /// <summary>Creates the validator.</summary>
    public PrepareIncidentActionValidator()
    {
    }
}
