using FluentValidation;

namespace ItsmCore.Incidents;

/// <summary>Checks a <see cref="CompleteMajorIncidentTask"/> command (TODO: rules being written).</summary>
public sealed class CompleteMajorIncidentTaskValidator : AbstractValidator<CompleteMajorIncidentTask>
{
    /// <summary>Creates the validator.</summary>
    public CompleteMajorIncidentTaskValidator()
    {
    }
}
