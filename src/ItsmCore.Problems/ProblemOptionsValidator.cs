using FluentValidation;
using ItsmCore.Classification;

namespace ItsmCore.Problems;

/// <summary>
/// Checks <see cref="ProblemOptions"/>: a priority matrix is set, and the trend detection settings are present and valid
/// (<see cref="TrendDetectionOptionsValidator"/>). Stateless and thread-safe once constructed.
/// </summary>
internal sealed class ProblemOptionsValidator : AbstractValidator<ProblemOptions>
{
    /// <summary>Creates the validator.</summary>
    public ProblemOptionsValidator()
    {
        RuleFor(o => o.PriorityMatrix).NotNull().WithMessage("PriorityMatrix is required.");
        RuleFor(o => o.TrendDetection).NotNull().WithMessage("TrendDetection is required.")
            .SetValidator(new TrendDetectionOptionsValidator());
    }
}
