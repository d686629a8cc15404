using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
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
    private readonly ReadOnlyCollection<SeverityLevel> levelsView;

    private SeverityScale(SeverityLevel[] levels)
    {
        this.levels = levels;
        levelsView = Array.AsReadOnly(levels);
    }

    /// <summary>
    /// The domain brief's scale: 0 Non-incident (cosmetic), 1 Partial (inconvenient defect), 2 Normal (part of the
    /// service stopped), 3 Major (service stopped), 4 Security incident.
    /// </summary>
    public static SeverityScale Default { get; } = Create("Non-incident", "Partial", "Normal", "Major", "Security");

    /// <summary>The levels, level 0 first.</summary>
    public IReadOnlyList<SeverityLevel> Levels => levelsView;

    /// <summary>Creates a scale.</summary>
    /// <param name="namesFromLeastSevere">
    /// Level names, level 0 (least severe) first; 2 to <see cref="MaxLevels"/> names, each non-blank, unpadded, at
    /// most 100 characters, and distinct ignoring case.
    /// </param>
    /// <returns>The scale.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="namesFromLeastSevere"/> or a name is null.</exception>
    /// <exception cref="ArgumentException">Too few or too many names, a blank, padded or too long name, or a name given twice (ignoring case).</exception>
    public static SeverityScale Create(params string[] namesFromLeastSevere)
    {
        ArgumentNullException.ThrowIfNull(namesFromLeastSevere);
        if (namesFromLeastSevere.Length < 2 || namesFromLeastSevere.Length > MaxLevels)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"A severity scale has 2 to {MaxLevels} levels; {namesFromLeastSevere.Length} were given."),
                nameof(namesFromLeastSevere));
        }

        var result = new SeverityLevel[namesFromLeastSevere.Length];
        for (int i = 0; i < result.Length; i++)
        {
            string name = TextGuard.Check(namesFromLeastSevere[i], string.Create(CultureInfo.InvariantCulture, $"namesFromLeastSevere[{i}]"), 100);
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
            throw new ArgumentOutOfRangeException(nameof(level), level, string.Create(CultureInfo.InvariantCulture, $"The severity scale has levels 0 to {levels.Length - 1}."));
        }

        return levels[level];
    }

    /// <summary>The level named <paramref name="name"/> (ignoring case).</summary>
    /// <param name="name">The name.</param>
    /// <returns>The level.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException">No level has that name; the message lists the names.</exception>
    public SeverityLevel Get(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        foreach (SeverityLevel l in levels)
        {
            if (string.Equals(l.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return l;
            }
        }

        throw new ArgumentException($"No severity level is named '{name}'; the scale has {string.Join(", ", levels.Select(l => l.Name))}.", nameof(name));
    }

    /// <summary>Whether <paramref name="severity"/> is a level of this scale (same number and name, the name compared exactly).</summary>
    /// <param name="severity">The level.</param>
    /// <returns>True when it belongs to the scale.</returns>
    public bool Contains(SeverityLevel severity) => severity.Level >= 0 && severity.Level < levels.Length && levels[severity.Level] == severity;

    /// <summary>Whether <paramref name="other"/> has the same level names (compared exactly).</summary>
    /// <param name="other">A scale.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(SeverityScale? other) => other is not null && levels.SequenceEqual(other.levels);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is SeverityScale other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(levels.Length, levels[^1]);

    /// <inheritdoc />
    public override string ToString() => string.Join(", ", levels.Select(l => l.ToString()));
}
