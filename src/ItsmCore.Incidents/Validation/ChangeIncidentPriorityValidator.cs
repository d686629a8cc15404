using FluentValidation;

namespace ItsmCore.Incidents;

/// <summary>Checks a <see cref="ChangeIncidentPriority"/> command (TODO: rules being written).</summary>
public sealed class ChangeIncidentPriorityValidator : AbstractValidator<ChangeIncidentPriority>
{
    /// <summary>Creates the validator.</summary>
    /// <param name="rules">The rules the command is checked against.</param>
    public ChangeIncidentPriorityValidator(IncidentRules rules)
    {
        System.ArgumentNullException.ThrowIfNull(rules);
    }
}
