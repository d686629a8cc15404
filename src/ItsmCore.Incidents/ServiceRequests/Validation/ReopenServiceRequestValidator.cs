using FluentValidation;

namespace ItsmCore.ServiceRequests;

/// <summary>Checks a <see cref="ReopenServiceRequest"/> command: a reason of 1 to 1,000 characters, not padded. Thread-safe once built.</summary>
internal sealed class ReopenServiceRequestValidator : AbstractValidator<ReopenServiceRequest>
{
    /// <summary>Creates the validator.</summary>
    public ReopenServiceRequestValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(c => c.Reason).RequiredLine(1000);
    }
}
