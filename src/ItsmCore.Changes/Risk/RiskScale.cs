using System;
using System.Collections.Generic;
using System.Linq;
using ItsmCore.Primitives;

namespace ItsmCore.Changes;

/// <summary>
/// The named risk levels of a change, lowest risk first (rank 0). 2 to 10 levels; names not blank, not padded, at most
/// 100 characters, distinct ignoring case. Immutable and thread-safe; equal scales have the same names in order.
/// </summary>
/// <remarks>
/// ItsmCore.Classification's scales are priority (urgency) and severity scales and keep their ordered-scale engine
/// internal, so the risk vocabulary has its own small scale here rather than borrowing a priority or severity meaning.
/// </remarks>
public sealed class RiskScale : IEquatable<RiskScale>
{
    /// <summary>The most levels a scale may have.</summary>
    public const int MaxLevels = 10;

    private readonly RiskLevel[] levels;

    private RiskScale(RiskLevel[] levels) => this.levels = levels;

    /// <summary>Low, Medium, High, Very high.</summary>
    public static RiskScale Default { get; } = Create("Low", "Medium", "High", "Very high");

    /// <summary>The levels, lowest risk first.</summary>
    public IReadOnlyList<RiskLevel> Levels => levels;

    /// <summary>The lowest risk level.</summary>
    public RiskLevel Lowest => levels[0];

    /// <summary>The highest risk level.</summary>
    public RiskLevel Highest => levels[^1];

    /// <summary>Creates a scale.</summary>
    /// <param name="namesFromLowestRisk">The level names, lowest risk first.</param>
    /// <returns>The scale.</returns>
    /// <exception cref="ArgumentNullException">The array or a name is null.</exception>
    /// <exception cref="ArgumentException">Fewer than 2 or more than 10 names, or a name is blank, padded, too long or given twice.</exception>
    public static RiskScale Create(params string[] namesFromLowestRisk)
    {
        ArgumentNullException.ThrowIfNull(namesFromLowestRisk);
        if (namesFromLowestRisk.Length is < 2 or > MaxLevels)
        {
            throw new ArgumentException($"A risk scale has 2 to {MaxLevels} levels.", nameof(namesFromLowestRisk));
        }

        var levels = new RiskLevel[namesFromLowestRisk.Length];
        for (int i = 0; i < levels.Length; i++)
        {
            string name = TextGuard.Check(namesFromLowestRisk[i], nameof(namesFromLowestRisk), 100);
            if (levels.Take(i).Any(l => string.Equals(l.Name, name, StringComparison.OrdinalIgnoreCase)))
            {
                throw new ArgumentException($"The risk level '{name}' is given twice.", nameof(namesFromLowestRisk));
            }

            levels[i] = new RiskLevel(i, name);
        }

        return new RiskScale(levels);
    }

    /// <summary>The level named <paramref name="name"/> (ignoring case).</summary>
    /// <param name="name">The name.</param>
    /// <returns>The level.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException">No level has that name; the message lists the names.</exception>
    public RiskLevel Get(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        foreach (RiskLevel level in levels)
        {
            if (string.Equals(level.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return level;
            }
        }

        throw new ArgumentException($"No risk level is named '{name}'; the scale has {this}.", nameof(name));
    }

    /// <summary>Whether <paramref name="level"/> belongs to this scale (same rank and name).</summary>
    /// <param name="level">The level.</param>
    /// <returns>True when it belongs.</returns>
    public bool Contains(RiskLevel level) => level.Rank >= 0 && level.Rank < levels.Length && levels[level.Rank] == level;

    /// <inheritdoc />
    public bool Equals(RiskScale? other) => other is not null && levels.SequenceEqual(other.levels);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as RiskScale);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(levels.Length, levels[0], levels[^1]);

    /// <summary>The names, lowest first: <c>Low &lt; Medium &lt; High</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Join(" < ", levels.Select(l => l.Name));
}
