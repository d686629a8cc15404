using FluentValidation;

namespace ItsmCore.Incidents;

/// <summary>
/// Checks the <see cref="ExpectStakeholderCommunication"/> command:
/// <list type="bullet">
/// <item><see cref="ExpectStakeholderCommunication.Name"/>: not null, not blank, not padded with white space, at most 100 characters.</item>
/// <item><see cref="ExpectStakeholderCommunication.Audience"/>: a defined <see cref="StakeholderAudience"/>.</item>
/// <item><see cref="ExpectStakeholderCommunication.Direction"/>: a defined <see cref="CommunicationDirection"/>.</item>
/// <item><see cref="ExpectStakeholderCommunication.Within"/>: not null.</item>
/// </list>
/// <see cref="ExpectStakeholderCommunication.From"/> and the name's uniqueness are checked by the incident (against its clock and history).
/// Immutable after construction and thread-safe: share one instance.
/// </summary>
/// <remarks>Every failure names the property and the reason and carries an error code <c>Incident.{Field}.{Reason}</c>.</remarks>
internal sealed class ExpectStakeholderCommunicationValidator : AbstractValidator<ExpectStakeholderCommunication>
{
    /// <summary>Creates the validator.</summary>
    public ExpectStakeholderCommunicationValidator()
    {
        RuleFor(c => c.Name).ValidText(100);
        RuleFor(c => c.Audience).Defined();
        RuleFor(c => c.Direction).Defined();
        RuleFor(c => c.Within).Required();
    }
}
