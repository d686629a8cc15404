using FluentValidation;

namespace ItsmCore.Incidents;

/// <summary>
/// Checks the <see cref="EscalateMajorIncidentTask"/> command:
/// <list type="bullet">
/// <item><see cref="EscalateMajorIncidentTask.Task"/>: 1 or more.</item>
/// <item><see cref="EscalateMajorIncidentTask.Reason"/>: not null, not blank, not padded with white space, at most 1,000 characters.</item>
/// </list>
/// Whether the task exists and is still open, and whether a reply deadline is given or configured, is the incident's check.
/// Immutable after construction and thread-safe: share one instance.
/// </summary>
/// <remarks>Every failure names the property and the reason and carries an error code <c>Incident.{Field}.{Reason}</c>.</remarks>
internal sealed class EscalateMajorIncidentTaskValidator : AbstractValidator<EscalateMajorIncidentTask>
{
    /// <summary>Creates the validator.</summary>
    public EscalateMajorIncidentTaskValidator()
    {
        RuleFor(c => c.Task).AtLeast(1);
        RuleFor(c => c.Reason).ValidText(1_000);
    }
}
