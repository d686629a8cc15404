using FluentValidation;

namespace ItsmCore.Incidents;

/// <summary>Checks a <see cref="ExpectStakeholderCommunication"/> command (TODO: rules being written).</summary>
public sealed class ExpectStakeholderCommunicationValidator : AbstractValidator<ExpectStakeholderCommunication>
{
    /// <summary>Creates the validator.</summary>
    public ExpectStakeholderCommunicationValidator()
    {
    }
}
