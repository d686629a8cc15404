using System;
using System.Collections.Generic;
using System.Linq;
using ItsmCore.Primitives;

namespace ItsmCore.Incidents;

/// <summary>
/// A configurable severity scale: levels numbered from 0, each more severe than the one before. Which levels make
/// a major incident is the <see cref="MajorIncidentPolicy"/>'s decision. Immutable and thread-safe.
/// </summary>
public sealed class SeverityScale : IEquatable<SeverityScale>
{
    /// <summary>The most levels a scale may have.</summary>
    public const int MaxLevels = 10;

    private readonly SeverityLevel[] levels;

    private SeverityScale(SeverityLevel[] levels) => this.levels = levels;

    /// <summary>
    /// The domain brief's scale: 0 Non-incident (cosmetic), 1 Partial (inconvenient defect), 2 Normal (part of the
    /// service stopped), 3 Major (service stopped), 4 Security incident.
    /// </summary>
    public static SeverityScale Default { get; } = Create("Non-incident", "Partial", "Normal", "Major", "Security");

    /// <summary>The levels, level 0 first.</summary>
    public IReadOnlyList<SeverityLevel> Levels => levels;

    /// <summary>Creates a scale.</summary>
    /// <param name="namesFromLeastSevere">Level names, level 0 (least severe) first; 2 to <see cref="MaxLevels"/> distinct names.</param>
    /// <returns>The scale.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="namesFromLeastSevere"/> or a name is null.</exception>
    /// <exception cref="ArgumentException">Too few or too many names, a blank name, or a name given twice (ignoring case).</exception>
    public static SeverityScale Create(params string[] namesFromLeastSevere)
    {
        ArgumentNullException.ThrowIfNull(namesFromLeastSevere);
        if (namesFromLeastSevere.Length < 2 || namesFromLeastSevere.Length > MaxLevels)
        {
            throw new ArgumentException($"A severity scale has 2 to {MaxLevels} levels; {namesFromLeastSevere.Length} were given.", nameof(namesFromLeastSevere));
        }

        var result = new SeverityLevel[namesFromLeastSevere.Length];
        for (int i = 0; i < result.Length; i++)
        {
            string name = TextGuard.Check(namesFromLeastSevere[i], $"namesFromLeastSevere[{i}]", 100);
            if (result.Take(i).Any(l => string.Equals(l.Name, name, StringComparison.OrdinalIgnoreCase)))
            {
                throw new ArgumentException($"The level name '{name}' is given twice; every level needs its own name.", nameof(namesFromLeastSevere));
            }

            result[i] = new SeverityLevel(i, name);
        }

        return new SeverityScale(result);
    }

    /// <summary>The level with number <paramref name="level"/>.</summary>
    /// <param name="level">0 to the highest level.</param>
    /// <returns>The level.</returns>
    /// <exception cref="ArgumentOutOfRangeException">There is no such level.</exception>
    public SeverityLevel Get(int level)
    {
        if (level < 0 || level >= levels.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, $"The severity scale has levels 0 to {levels.Length - 1}.");
        }

        return levels[level];
    }

    /// <summary>Whether <paramref name="severity"/> is a level of this scale (same number and name).</summary>
    /// <param name="severity">The level.</param>
    /// <returns>True when it belongs to the scale.</returns>
    public bool Contains(SeverityLevel severity) => severity.Level >= 0 && severity.Level < levels.Length && levels[severity.Level] == severity;

    /// <inheritdoc />
    public bool Equals(SeverityScale? other) => other is not null && levels.SequenceEqual(other.levels);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is SeverityScale other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(levels.Length, levels[^1]);

    /// <inheritdoc />
    public override string ToString() => string.Join(", ", levels.Select(l => l.ToString()));
}
