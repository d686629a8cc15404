using FluentValidation;

namespace ItsmCore.Incidents;

/// <summary>
/// Checks the <see cref="DeclareMajorIncident"/> command:
/// <list type="bullet">
/// <item><see cref="DeclareMajorIncident.Decision"/>: not null, not blank, not padded with white space, at most 2,000 characters.</item>
/// <item><see cref="DeclareMajorIncident.Criterion"/>: optional; when given, not blank, not padded with white space, at most 1,000 characters.</item>
/// </list>
/// Whether a null criterion is allowed (the severity meets the policy) is the incident's check.
/// Immutable after construction and thread-safe: share one instance.
/// </summary>
/// <remarks>Every failure names the property and the reason and carries an error code <c>Incident.{Field}.{Reason}</c>.</remarks>
internal sealed class DeclareMajorIncidentValidator : AbstractValidator<DeclareMajorIncident>
{
    /// <summary>Creates the validator.</summary>
    public DeclareMajorIncidentValidator()
    {
        RuleFor(c => c.Decision).ValidText(2_000);
        RuleFor(c => c.Criterion).ValidText(1_000, TextAllows.Null);
    }
}
