using FluentValidation;

namespace ItsmCore.Incidents;

/// <summary>Checks a <see cref="UpdateIncidentDetails"/> command (TODO: rules being written).</summary>
public sealed class UpdateIncidentDetailsValidator : AbstractValidator<UpdateIncidentDetails>
{
    /// <summary>Creates the validator.</summary>
    public UpdateIncidentDetailsValidator()
    {
    }
}
