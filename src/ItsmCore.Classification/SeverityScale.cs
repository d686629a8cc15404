using System;
using System.Collections.Generic;

namespace ItsmCore.Classification;

/// <summary>
/// A configurable severity scale: levels numbered from 0, each more severe than the one before. What a level means
/// for a record (e.g. which levels make a major incident) is the owning package's policy. Immutable and thread-safe.
/// </summary>
public sealed class SeverityScale : IEquatable<SeverityScale>
{
    /// <summary>The most levels a scale may have.</summary>
    public const int MaxLevels = OrderedScale<SeverityLevel>.MaxLevels;

    private readonly OrderedScale<SeverityLevel> scale;

    private SeverityScale(OrderedScale<SeverityLevel> scale) => this.scale = scale;

    /// <summary>
    /// The domain brief's scale: 0 Non-incident (cosmetic), 1 Partial (inconvenient defect), 2 Normal (part of the
    /// service stopped), 3 Major (service stopped), 4 Security incident.
    /// </summary>
    public static SeverityScale Default { get; } = Create("Non-incident", "Partial", "Normal", "Major", "Security");

    /// <summary>The levels, level 0 first.</summary>
    public IReadOnlyList<SeverityLevel> Levels => scale.Levels;

    /// <summary>Creates a scale.</summary>
    /// <param name="namesFromLeastSevere">
    /// Level names, level 0 (least severe) first; 2 to <see cref="MaxLevels"/> names, each non-blank, unpadded, at
    /// most 100 characters, and distinct ignoring case.
    /// </param>
    /// <returns>The scale.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="namesFromLeastSevere"/> or a name is null.</exception>
    /// <exception cref="ArgumentException">Too few or too many names, a blank, padded or too long name, or a name given twice (ignoring case).</exception>
    public static SeverityScale Create(params string[] namesFromLeastSevere) =>
        new(new OrderedScale<SeverityLevel>("severity", "severity level", 0, namesFromLeastSevere, nameof(namesFromLeastSevere), static (level, name) => new SeverityLevel(level, name)));

    /// <summary>The level with number <paramref name="level"/>.</summary>
    /// <param name="level">0 to the highest level.</param>
    /// <returns>The level.</returns>
    /// <exception cref="ArgumentOutOfRangeException">There is no such level.</exception>
    public SeverityLevel Get(int level) => scale.Get(level);

    /// <summary>The level named <paramref name="name"/> (ignoring case).</summary>
    /// <param name="name">The name.</param>
    /// <returns>The level.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException">No level has that name; the message lists the names.</exception>
    public SeverityLevel Get(string name) => scale.Get(name);

    /// <summary>Whether <paramref name="severity"/> is a level of this scale (same number and name, the name compared exactly).</summary>
    /// <param name="severity">The level.</param>
    /// <returns>True when it belongs to the scale.</returns>
    public bool Contains(SeverityLevel severity) => scale.Contains(severity);

    /// <summary>Whether <paramref name="other"/> has the same level names (compared exactly).</summary>
    /// <param name="other">A scale.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(SeverityScale? other) => other is not null && scale.Equals(other.scale);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is SeverityScale other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => scale.GetHashCode();

    /// <inheritdoc />
    public override string ToString() => scale.ToString();
}
