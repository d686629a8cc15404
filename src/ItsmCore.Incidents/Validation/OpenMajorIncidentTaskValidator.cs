using FluentValidation;

namespace ItsmCore.Incidents;

/// <summary>Checks a <see cref="OpenMajorIncidentTask"/> command (TODO: rules being written).</summary>
public sealed class OpenMajorIncidentTaskValidator : AbstractValidator<OpenMajorIncidentTask>
{
    /// <summary>Creates the validator.</summary>
    /// <param name="rules">The rules the command is checked against.</param>
    public OpenMajorIncidentTaskValidator(IncidentRules rules)
    {
        System.ArgumentNullException.ThrowIfNull(rules);
    }
}
