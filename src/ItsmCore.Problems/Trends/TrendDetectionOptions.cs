using ItsmCore.Classification;
using NodaTime;

namespace ItsmCore.Problems;

/// <summary>
/// Settings of <see cref="ProblemTrendDetector"/>: the window length, how many incidents in one window make a candidate,
/// how incidents are grouped and how deep categories are compared. Checked by
/// <see cref="TrendDetectionOptionsValidator"/> when a detector is created (every error at once). Immutable and thread-safe.
/// </summary>
public sealed record TrendDetectionOptions
{
    /// <summary>The longest window accepted: 3660 days (about ten years).</summary>
    public static readonly Duration MaxWindow = Duration.FromDays(3660);

    /// <summary>The defaults: a 7-day window, threshold 3, grouped by configuration item, category depth 2.</summary>
    public static TrendDetectionOptions Default { get; } = new();

    /// <summary>The length of a window: a candidate's incidents were reported within [start, start + Window).</summary>
    /// <value>The default value is 7 days. Must be positive and at most <see cref="MaxWindow"/>.</value>
    public Duration Window { get; init; } = Duration.FromDays(7);

    /// <summary>The fewest incidents in one window that make a candidate.</summary>
    /// <value>The default value is 3. Must be at least 2 (one incident is not a trend).</value>
    public int Threshold { get; init; } = 3;

    /// <summary>How incidents are grouped; several flags look for several kinds of trend.</summary>
    /// <value>The default value is <see cref="TrendGrouping.ConfigurationItem"/>. Must name at least one defined flag and no other bits.</value>
    public TrendGrouping GroupBy { get; init; } = TrendGrouping.ConfigurationItem;

    /// <summary>How many category segments are compared: categories are truncated to this depth before grouping.</summary>
    /// <value>The default value is 2 (e.g. <c>Hardware/Storage</c>). Must be 1 to <see cref="CategoryPath.MaxDepth"/>.</value>
    public int CategoryDepth { get; init; } = 2;
}
