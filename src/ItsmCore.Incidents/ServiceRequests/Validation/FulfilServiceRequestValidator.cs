using FluentValidation;

namespace ItsmCore.ServiceRequests;

/// <summary>Checks a <see cref="FulfilServiceRequest"/> command: notes of 1 to 10,000 characters, not blank. Thread-safe once built.</summary>
internal sealed class FulfilServiceRequestValidator : AbstractValidator<FulfilServiceRequest>
{
    /// <summary>Creates the validator.</summary>
    public FulfilServiceRequestValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(c => c.Notes).RequiredText(10_000);
    }
}
