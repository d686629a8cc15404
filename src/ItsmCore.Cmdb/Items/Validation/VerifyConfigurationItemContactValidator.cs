using FluentValidation;

namespace ItsmCore.Cmdb;

/// <summary>
/// Checks <see cref="VerifyConfigurationItemContact"/>: the role follows the text rule, the outcome is defined, and a
/// corrected name or reach (text rule, at most <see cref="Contact.MaxLength"/> characters) comes only with
/// <see cref="VerificationOutcome.Corrected"/> (<c>ConfigurationItem.CorrectedName.NotCorrected</c>: a reachable contact
/// was not corrected). Stateless and thread-safe once constructed.
/// </summary>
internal sealed class VerifyConfigurationItemContactValidator : ConfigurationItemCommandValidator<VerifyConfigurationItemContact>
{
    public VerifyConfigurationItemContactValidator()
    {
        RuleFor(c => c.Role).Text(Contact.MaxLength);
        RuleFor(c => c.Outcome).Defined();
        RuleFor(c => c.CorrectedName).Text(Contact.MaxLength, optional: true);
        RuleFor(c => c.CorrectedReach).Text(Contact.MaxLength, optional: true);
        RuleFor(c => c).Custom((command, context) =>
        {
            if (command.Outcome is VerificationOutcome.Reachable or VerificationOutcome.Unreachable)
            {
                foreach ((string field, string? value) in new[] { (nameof(command.CorrectedName), command.CorrectedName), (nameof(command.CorrectedReach), command.CorrectedReach) })
                {
                    if (value is not null)
                    {
                        ItemValidationRules.Fail(context, field, field, ItemValidationRules.Reason.NotCorrected, $"is given with the outcome {command.Outcome}; a correction is recorded with the outcome Corrected");
                    }
                }
            }
        });
    }
}
