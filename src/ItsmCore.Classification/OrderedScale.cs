using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using System.Linq;
using ItsmCore.Primitives;

namespace ItsmCore.Classification;

/// <summary>
/// The one implementation of an ordered, named scale behind <see cref="PriorityScale"/> and
/// <see cref="SeverityScale"/>: 2 to <see cref="MaxLevels"/> levels numbered consecutively from
/// <see cref="FirstNumber"/>, names non-blank, unpadded, at most 100 characters and distinct ignoring case; lookup by
/// number or by name (ignoring case); equality by the levels (names compared exactly). What the order means (which
/// end is urgent, which is severe) is the public type's business. Immutable and thread-safe.
/// </summary>
/// <typeparam name="TLevel">The level type (a value with a number and a name).</typeparam>
internal sealed class OrderedScale<TLevel> : IEquatable<OrderedScale<TLevel>>
    where TLevel : struct, IScaleLevel, IEquatable<TLevel>
{
    /// <summary>The most levels a scale may have.</summary>
    public const int MaxLevels = 10;

    private const int MaxNameLength = 100;

    private readonly TLevel[] levels;
    private readonly string kind;
    private readonly string levelNoun;

    /// <summary>Checks the names and numbers the levels.</summary>
    /// <param name="kind">The scale's kind for messages, e.g. <c>"priority"</c>.</param>
    /// <param name="levelNoun">What one level is called in messages, e.g. <c>"priority"</c>, <c>"severity level"</c>.</param>
    /// <param name="firstNumber">The first level's number (0 or 1).</param>
    /// <param name="names">The names, first level first.</param>
    /// <param name="paramName">The parameter to name in exceptions.</param>
    /// <param name="create">Makes a level from its number and name.</param>
    /// <exception cref="ArgumentNullException"><paramref name="names"/> or a name is null.</exception>
    /// <exception cref="ArgumentException">Too few or too many names, a blank, padded or too long name, or a name given twice (ignoring case).</exception>
    public OrderedScale(string kind, string levelNoun, int firstNumber, string[] names, string paramName, Func<int, string, TLevel> create)
    {
        ArgumentNullException.ThrowIfNull(names, paramName);
        if (names.Length < 2 || names.Length > MaxLevels)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"A {kind} scale has 2 to {MaxLevels} levels; {names.Length} were given."),
                paramName);
        }

        var result = new TLevel[names.Length];
        for (int i = 0; i < names.Length; i++)
        {
            string name = names[i] ?? throw new ArgumentNullException(paramName, string.Create(CultureInfo.InvariantCulture, $"Level {firstNumber + i} has no name."));
            TextGuard.Check(name, string.Create(CultureInfo.InvariantCulture, $"{paramName}[{i}]"), MaxNameLength);
            if (result.Take(i).Any(l => string.Equals(l.Name, name, StringComparison.OrdinalIgnoreCase)))
            {
                throw new ArgumentException($"The level name '{name}' is given twice; every level needs its own name.", paramName);
            }

            result[i] = create(firstNumber + i, name);
        }

        this.kind = kind;
        this.levelNoun = levelNoun;
        FirstNumber = firstNumber;
        levels = result;
        Levels = Array.AsReadOnly(result);
    }

    /// <summary>The first level's number.</summary>
    public int FirstNumber { get; }

    /// <summary>The levels, first number first.</summary>
    public ReadOnlyCollection<TLevel> Levels { get; }

    /// <summary>The level with the lowest number.</summary>
    public TLevel First => levels[0];

    /// <summary>The level with the highest number.</summary>
    public TLevel Last => levels[^1];

    /// <summary>The level with number <paramref name="level"/>.</summary>
    /// <param name="level">The number.</param>
    /// <returns>The level.</returns>
    /// <exception cref="ArgumentOutOfRangeException">There is no such level.</exception>
    public TLevel Get(int level)
    {
        int index = level - FirstNumber;
        if (index < 0 || index >= levels.Length)
        {
            throw new ArgumentOutOfRangeException(
                nameof(level), level, string.Create(CultureInfo.InvariantCulture, $"The {kind} scale has levels {FirstNumber} to {Last.Level}."));
        }

        return levels[index];
    }

    /// <summary>The level named <paramref name="name"/> (ignoring case).</summary>
    /// <param name="name">The name.</param>
    /// <returns>The level.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException">No level has that name; the message lists the names.</exception>
    public TLevel Get(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        foreach (TLevel l in levels)
        {
            if (string.Equals(l.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return l;
            }
        }

        throw new ArgumentException($"No {levelNoun} is named '{name}'; the scale has {string.Join(", ", levels.Select(l => l.Name))}.", nameof(name));
    }

    /// <summary>Whether <paramref name="level"/> is a level of this scale (same number and name, the name compared exactly).</summary>
    /// <param name="level">The level.</param>
    /// <returns>True when it belongs to the scale.</returns>
    public bool Contains(TLevel level)
    {
        int index = level.Level - FirstNumber;
        return index >= 0 && index < levels.Length && levels[index].Equals(level);
    }

    /// <summary>Whether <paramref name="other"/> has the same levels (names compared exactly).</summary>
    /// <param name="other">A scale.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(OrderedScale<TLevel>? other) => other is not null && levels.SequenceEqual(other.levels);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as OrderedScale<TLevel>);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(levels.Length, levels[0], levels[^1]);

    /// <summary>The levels, comma-separated: <c>1 (Critical), 2 (High)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Join(", ", levels.Select(l => l.ToString()));
}
