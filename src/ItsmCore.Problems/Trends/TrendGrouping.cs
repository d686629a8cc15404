using System;

namespace ItsmCore.Problems;

/// <summary>
/// How <see cref="ProblemTrendDetector"/> groups incidents; combine flags to look for several kinds of trend at once
/// (each kind gives its own candidates).
/// </summary>
[Flags]
public enum TrendGrouping
{
    /// <summary>No grouping; not a valid setting on its own.</summary>
    None = 0,

    /// <summary>One group per configuration item: every incident that names the item.</summary>
    ConfigurationItem = 1,

    /// <summary>One group per category, truncated to <see cref="TrendDetectionOptions.CategoryDepth"/>.</summary>
    Category = 2,

    /// <summary>One group per (truncated category, configuration item) pair.</summary>
    CategoryAndConfigurationItem = 4,
}
