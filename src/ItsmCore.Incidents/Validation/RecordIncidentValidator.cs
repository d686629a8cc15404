using FluentValidation;

namespace ItsmCore.Incidents;

/// <summary>Checks a <see cref="RecordIncident"/> command (TODO: rules being written).</summary>
public sealed class RecordIncidentValidator : AbstractValidator<RecordIncident>
{
    /// <summary>Creates the validator.</summary>
    /// <param name="rules">The rules the command is checked against.</param>
    public RecordIncidentValidator(IncidentRules rules)
    {
        System.ArgumentNullException.ThrowIfNull(rules);
    }
}
