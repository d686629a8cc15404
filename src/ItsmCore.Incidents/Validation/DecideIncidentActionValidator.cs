using FluentValidation;

namespace ItsmCore.Incidents;

/// <summary>Checks a <see cref="DecideIncidentAction"/> command (TODO: rules being written).</summary>
public sealed class DecideIncidentActionValidator : AbstractValidator<DecideIncidentAction>
{
    /// <summary>Creates the validator.</summary>
    public DecideIncidentActionValidator()
    {
    }
}
