using FluentValidation;

namespace ItsmCore.Incidents;

/// <summary>
/// Checks the <see cref="AssignIncident"/> command:
/// <list type="bullet">
/// <item><see cref="AssignIncident.AssignmentGroup"/>: not null, a valid record id (<see cref="ItsmCore.Primitives.RecordIdText.IsValid"/>: 1 to 100 characters, no white space).</item>
/// <item><see cref="AssignIncident.Assignee"/>: optional (null assigns to the group's queue); an <see cref="ItsmCore.Primitives.Actor"/> is valid by construction.</item>
/// </list>
/// Immutable after construction and thread-safe: share one instance.
/// </summary>
/// <remarks>Every failure names the property and the reason and carries an error code <c>Incident.{Field}.{Reason}</c>.</remarks>
internal sealed class AssignIncidentValidator : AbstractValidator<AssignIncident>
{
    /// <summary>Creates the validator.</summary>
    public AssignIncidentValidator()
    {
        RuleFor(c => c.AssignmentGroup).ValidId();
    }
}
