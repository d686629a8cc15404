using FluentValidation;

namespace ItsmCore.Incidents;

/// <summary>
/// Checks the <see cref="CompleteMajorIncidentTask"/> command:
/// <list type="bullet">
/// <item><see cref="CompleteMajorIncidentTask.Task"/>: 1 or more.</item>
/// <item><see cref="CompleteMajorIncidentTask.Outcome"/>: not null, not blank, not padded with white space, at most 2,000 characters.</item>
/// </list>
/// Whether the task exists and is still open is the incident's check.
/// Immutable after construction and thread-safe: share one instance.
/// </summary>
/// <remarks>Every failure names the property and the reason and carries an error code <c>Incident.{Field}.{Reason}</c>.</remarks>
internal sealed class CompleteMajorIncidentTaskValidator : AbstractValidator<CompleteMajorIncidentTask>
{
    /// <summary>Creates the validator.</summary>
    public CompleteMajorIncidentTaskValidator()
    {
        RuleFor(c => c.Task).AtLeast(1);
        RuleFor(c => c.Outcome).ValidText(2_000);
    }
}
