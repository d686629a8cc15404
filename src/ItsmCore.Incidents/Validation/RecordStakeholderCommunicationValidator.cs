using FluentValidation;

namespace ItsmCore.Incidents;

/// <summary>
/// Checks the <see cref="RecordStakeholderCommunication"/> command:
/// <list type="bullet">
/// <item><see cref="RecordStakeholderCommunication.Audience"/>: a defined <see cref="StakeholderAudience"/>.</item>
/// <item><see cref="RecordStakeholderCommunication.Direction"/>: a defined <see cref="CommunicationDirection"/>.</item>
/// <item><see cref="RecordStakeholderCommunication.Party"/>: not null, not blank, not padded with white space, at most 200 characters.</item>
/// <item><see cref="RecordStakeholderCommunication.Summary"/>: not null, not blank, not padded with white space, at most 2,000 characters.</item>
/// </list>
/// Immutable after construction and thread-safe: share one instance.
/// </summary>
/// <remarks>Every failure names the property and the reason and carries an error code <c>Incident.{Field}.{Reason}</c>.</remarks>
internal sealed class RecordStakeholderCommunicationValidator : AbstractValidator<RecordStakeholderCommunication>
{
    /// <summary>Creates the validator.</summary>
    public RecordStakeholderCommunicationValidator()
    {
        RuleFor(c => c.Audience).Defined();
        RuleFor(c => c.Direction).Defined();
        RuleFor(c => c.Party).ValidText(200);
        RuleFor(c => c.Summary).ValidText(2_000);
    }
}
