using System;
using ItsmCore.Classification;
using ItsmCore.Primitives;

namespace ItsmCore.Problems;

/// <summary>
/// What a <see cref="ProblemCandidate"/>'s incidents share: a configuration item, a category, or both, as named by
/// <see cref="Kind"/>. Equality is by kind, item (ordinal) and category (ignoring case, as <see cref="CategoryPath"/>).
/// Immutable and thread-safe.
/// </summary>
public sealed record ProblemCandidateKey
{
    private ProblemCandidateKey(TrendGrouping kind, ConfigurationItemId? configurationItem, CategoryPath? category)
    {
        Kind = kind;
        ConfigurationItem = configurationItem;
        Category = category;
    }

    /// <summary>The kind of group: exactly one <see cref="TrendGrouping"/> flag.</summary>
    public TrendGrouping Kind { get; }

    /// <summary>The configuration item, for <see cref="TrendGrouping.ConfigurationItem"/> and <see cref="TrendGrouping.CategoryAndConfigurationItem"/>; otherwise null.</summary>
    public ConfigurationItemId? ConfigurationItem { get; }

    /// <summary>The (truncated) category, for <see cref="TrendGrouping.Category"/> and <see cref="TrendGrouping.CategoryAndConfigurationItem"/>; otherwise null.</summary>
    public CategoryPath? Category { get; }

    /// <summary>The key of a configuration-item group.</summary>
    /// <param name="configurationItem">The item; not the empty id.</param>
    /// <returns>The key.</returns>
    /// <exception cref="ArgumentException"><paramref name="configurationItem"/> is the empty id.</exception>
    public static ProblemCandidateKey ForConfigurationItem(ConfigurationItemId configurationItem) =>
        new(TrendGrouping.ConfigurationItem, RequireItem(configurationItem, nameof(configurationItem)), null);

    /// <summary>The key of a category group.</summary>
    /// <param name="category">The category; not empty.</param>
    /// <returns>The key.</returns>
    /// <exception cref="ArgumentException"><paramref name="category"/> is the empty path.</exception>
    public static ProblemCandidateKey ForCategory(CategoryPath category) =>
        new(TrendGrouping.Category, null, RequireCategory(category, nameof(category)));

    /// <summary>The key of a (category, configuration item) group.</summary>
    /// <param name="category">The category; not empty.</param>
    /// <param name="configurationItem">The item; not the empty id.</param>
    /// <returns>The key.</returns>
    /// <exception cref="ArgumentException"><paramref name="category"/> is the empty path or <paramref name="configurationItem"/> the empty id.</exception>
    public static ProblemCandidateKey ForCategoryAndConfigurationItem(CategoryPath category, ConfigurationItemId configurationItem) =>
        new(TrendGrouping.CategoryAndConfigurationItem, RequireItem(configurationItem, nameof(configurationItem)), RequireCategory(category, nameof(category)));

    /// <summary>E.g. <c>ConfigurationItem tape-lib-01</c>, <c>Category Hardware/Storage</c>, <c>Category Hardware/Storage, ConfigurationItem tape-lib-01</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Kind switch
    {
        TrendGrouping.ConfigurationItem => $"ConfigurationItem {ConfigurationItem}",
        TrendGrouping.Category => $"Category {Category}",
        _ => $"Category {Category}, ConfigurationItem {ConfigurationItem}",
    };

    /// <summary>The deterministic key order used to sort candidates: kind, then item (ordinal), then category (ignoring case).</summary>
    internal static int Compare(ProblemCandidateKey a, ProblemCandidateKey b)
    {
        int byKind = a.Kind.CompareTo(b.Kind);
        if (byKind != 0)
        {
            return byKind;
        }

        int byItem = string.CompareOrdinal(a.ConfigurationItem?.Value, b.ConfigurationItem?.Value);
        return byItem != 0 ? byItem : string.Compare(a.Category?.ToString(), b.Category?.ToString(), StringComparison.OrdinalIgnoreCase);
    }

    private static ConfigurationItemId RequireItem(ConfigurationItemId item, string paramName) =>
        item.Value.Length == 0 ? throw new ArgumentException("The configuration item must not be the empty id (the default value).", paramName) : item;

    private static CategoryPath RequireCategory(CategoryPath category, string paramName) =>
        category.IsEmpty ? throw new ArgumentException("The category must not be the empty path.", paramName) : category;
}
