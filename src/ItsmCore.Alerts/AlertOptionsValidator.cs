using FluentValidation;

namespace ItsmCore.Alerts;

/// <summary>Checks <see cref="AlertOptions"/>: a rule set and a clock policy are set. Stateless and thread-safe once constructed.</summary>
internal sealed class AlertOptionsValidator : AbstractValidator<AlertOptions>
{
    /// <summary>Creates the validator.</summary>
    public AlertOptionsValidator()
    {
        RuleFor(o => o.RuleSet).NotNull().WithMessage("RuleSet is required.");
        RuleFor(o => o.ClockPolicy).NotNull().WithMessage("ClockPolicy is required.");
    }
}
