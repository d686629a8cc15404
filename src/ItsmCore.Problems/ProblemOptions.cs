using ItsmCore.Classification;

namespace ItsmCore.Problems;

/// <summary>
/// Options of the Problems package: the priority matrix problems are prioritised with and the trend detection the DI
/// registration's <see cref="ProblemTrendDetector"/> uses. Frozen and checked by <see cref="ProblemRules.Create"/> (every error
/// at once) when registered with <c>AddItsmCoreProblems</c>.
/// </summary>
/// <remarks>
/// Configure an instance before use and do not change it afterwards; it is not thread-safe while being changed, and
/// safe to read from several threads once configured.
/// </remarks>
public sealed class ProblemOptions
{
    /// <summary>The impact x urgency matrix that gives problems their priority.</summary>
    /// <value>The default value is <see cref="PriorityMatrix.Default"/> (3 x 3 onto 1 Critical ... 5 Planning).</value>
    public PriorityMatrix PriorityMatrix { get; set; } = PriorityMatrix.Default;

    /// <summary>The trend detection settings of the registered <see cref="ProblemTrendDetector"/>.</summary>
    /// <value>The default value is <see cref="TrendDetectionOptions.Default"/> (7-day window, threshold 3, by configuration item, category depth 2).</value>
    public TrendDetectionOptions TrendDetection { get; set; } = TrendDetectionOptions.Default;
}
