using FluentValidation;

namespace ItsmCore.ServiceRequests;

/// <summary>Checks an <see cref="AddServiceRequestComment"/> command: a defined visibility and a text of 1 to 10,000 characters, not blank. Thread-safe once built.</summary>
internal sealed class AddServiceRequestCommentValidator : AbstractValidator<AddServiceRequestComment>
{
    /// <summary>Creates the validator.</summary>
    public AddServiceRequestCommentValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(c => c.Visibility).IsInEnum().WithMessage("'{PropertyName}' must be CustomerVisible or Internal.");
        RuleFor(c => c.Text).RequiredText(10_000);
    }
}
