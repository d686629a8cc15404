using FluentValidation;

namespace ItsmCore.Incidents;

/// <summary>Checks a <see cref="ChangeIncidentSeverity"/> command (TODO: rules being written).</summary>
public sealed class ChangeIncidentSeverityValidator : AbstractValidator<ChangeIncidentSeverity>
{
    /// <summary>Creates the validator.</summary>
    /// <param name="rules">The rules the command is checked against.</param>
    public ChangeIncidentSeverityValidator(IncidentRules rules)
    {
        System.ArgumentNullException.ThrowIfNull(rules);
    }
}
