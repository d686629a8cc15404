using System.Globalization;
using FluentValidation;
using ItsmCore.Classification;
using NodaTime;

namespace ItsmCore.Problems;

/// <summary>
/// Checks <see cref="TrendDetectionOptions"/>: the window is positive and at most
/// <see cref="TrendDetectionOptions.MaxWindow"/>, the threshold at least 2, the grouping names at least one defined flag
/// and the category depth is 1 to <see cref="CategoryPath.MaxDepth"/>. Stateless and thread-safe once constructed.
/// </summary>
internal sealed class TrendDetectionOptionsValidator : AbstractValidator<TrendDetectionOptions>
{
    private const TrendGrouping AllFlags = TrendGrouping.ConfigurationItem | TrendGrouping.Category | TrendGrouping.CategoryAndConfigurationItem;

    /// <summary>Creates the validator.</summary>
    public TrendDetectionOptionsValidator()
    {
        RuleFor(o => o.Window)
            .Must(w => w > Duration.Zero && w <= TrendDetectionOptions.MaxWindow)
            .WithMessage(o => string.Create(CultureInfo.InvariantCulture, $"Window is {o.Window}; it must be positive and at most {TrendDetectionOptions.MaxWindow.Days} days."));
        RuleFor(o => o.Threshold)
            .GreaterThanOrEqualTo(2)
            .WithMessage(o => string.Create(CultureInfo.InvariantCulture, $"Threshold is {o.Threshold}; it must be at least 2 (one incident is not a trend)."));
        RuleFor(o => o.GroupBy)
            .Must(g => g != TrendGrouping.None && (g & ~AllFlags) == 0)
            .WithMessage(o => string.Create(CultureInfo.InvariantCulture, $"GroupBy is {o.GroupBy}; it must combine {TrendGrouping.ConfigurationItem}, {TrendGrouping.Category} and {TrendGrouping.CategoryAndConfigurationItem} (at least one, nothing else)."));
        RuleFor(o => o.CategoryDepth)
            .InclusiveBetween(1, CategoryPath.MaxDepth)
            .WithMessage(o => string.Create(CultureInfo.InvariantCulture, $"CategoryDepth is {o.CategoryDepth}; it must be 1 to {CategoryPath.MaxDepth}."));
    }
}
