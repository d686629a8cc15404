using FluentValidation;

namespace ItsmCore.ServiceRequests;

/// <summary>Checks a <see cref="CloseServiceRequest"/> command: the note, when given, is not blank, not padded, at most 1,000 characters. Thread-safe once built.</summary>
internal sealed class CloseServiceRequestValidator : AbstractValidator<CloseServiceRequest>
{
    /// <summary>Creates the validator.</summary>
    public CloseServiceRequestValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(c => c.Note).OptionalLine(1000);
    }
}
