using FluentValidation;
using ItsmCore.Primitives;

namespace ItsmCore.ServiceRequests;

/// <summary>Checks an <see cref="AssignServiceRequest"/> command: the group is a valid id (1 to 100 characters, no white space). Thread-safe once built.</summary>
internal sealed class AssignServiceRequestValidator : AbstractValidator<AssignServiceRequest>
{
    /// <summary>Creates the validator.</summary>
    public AssignServiceRequestValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(c => c.AssignmentGroup)
            .NotNull().WithMessage("'{PropertyName}' is required.")
            .Must(RecordIdText.IsValid).WithMessage("'{PropertyName}' must be an id of 1 to 100 characters without white space.");
    }
}
