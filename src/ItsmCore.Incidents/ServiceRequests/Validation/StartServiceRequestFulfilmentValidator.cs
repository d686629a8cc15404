using FluentValidation;

namespace ItsmCore.ServiceRequests;

/// <summary>Checks a <see cref="StartServiceRequestFulfilment"/> command: the note, when given, is not blank, not padded, at most 1,000 characters. Thread-safe once built.</summary>
internal sealed class StartServiceRequestFulfilmentValidator : AbstractValidator<StartServiceRequestFulfilment>
{
    /// <summary>Creates the validator.</summary>
    public StartServiceRequestFulfilmentValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(c => c.Note).OptionalLine(1000);
    }
}
