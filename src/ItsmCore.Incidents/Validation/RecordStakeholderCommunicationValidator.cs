using FluentValidation;

namespace ItsmCore.Incidents;

/// <summary>Checks a <see cref="RecordStakeholderCommunication"/> command (TODO: rules being written).</summary>
public sealed class RecordStakeholderCommunicationValidator : AbstractValidator<RecordStakeholderCommunication>
{
    /// <summary>Creates the validator.</summary>
    public RecordStakeholderCommunicationValidator()
    {
    }
}
