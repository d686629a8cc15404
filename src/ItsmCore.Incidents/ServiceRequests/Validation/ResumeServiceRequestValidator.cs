using FluentValidation;

namespace ItsmCore.ServiceRequests;

/// <summary>Checks a <see cref="ResumeServiceRequest"/> command: the note, when given, is not blank, not padded, at most 1,000 characters. Thread-safe once built.</summary>
internal sealed class ResumeServiceRequestValidator : AbstractValidator<ResumeServiceRequest>
{
    /// <summary>Creates the validator.</summary>
    public ResumeServiceRequestValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(c => c.Note).OptionalLine(1000);
    }
}
