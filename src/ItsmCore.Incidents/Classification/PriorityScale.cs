using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using System.Linq;
using ItsmCore.Primitives;

namespace ItsmCore.Incidents;

/// <summary>
/// An ordered priority scale: named levels numbered 1..n and an explicit <see cref="PriorityOrder"/>. Immutable and
/// thread-safe.
/// </summary>
public sealed class PriorityScale : IEquatable<PriorityScale>
{
    /// <summary>The most levels a scale may have.</summary>
    public const int MaxLevels = 10;

    private readonly Priority[] levels;
    private readonly ReadOnlyCollection<Priority> levelsView;

    private PriorityScale(PriorityOrder order, Priority[] levels)
    {
        Order = order;
        this.levels = levels;
        levelsView = Array.AsReadOnly(levels);
    }

    /// <summary>
    /// The common five-level scale, level 1 most urgent: 1 Critical, 2 High, 3 Medium, 4 Low, 5 Planning.
    /// </summary>
    public static PriorityScale Default { get; } = Create(PriorityOrder.OneIsMostUrgent, "Critical", "High", "Medium", "Low", "Planning");

    /// <summary>Which end is the most urgent.</summary>
    public PriorityOrder Order { get; }

    /// <summary>The levels by number: <c>Levels[0]</c> is level 1.</summary>
    public IReadOnlyList<Priority> Levels => levelsView;

    /// <summary>The most urgent level.</summary>
    public Priority MostUrgent => Order == PriorityOrder.OneIsMostUrgent ? levels[0] : levels[^1];

    /// <summary>The least urgent level.</summary>
    public Priority LeastUrgent => Order == PriorityOrder.OneIsMostUrgent ? levels[^1] : levels[0];

    /// <summary>Creates a scale.</summary>
    /// <param name="order">Which end is the most urgent.</param>
    /// <param name="names">
    /// The level names, level 1 first; 2 to <see cref="MaxLevels"/> names, each non-blank, unpadded, at most 100
    /// characters, and distinct ignoring case.
    /// </param>
    /// <returns>The scale.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="names"/> or a name is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="order"/> is not defined.</exception>
    /// <exception cref="ArgumentException">Too few or too many names, a blank, padded or too long name, or a name given twice (ignoring case).</exception>
    public static PriorityScale Create(PriorityOrder order, params string[] names)
    {
        ArgumentNullException.ThrowIfNull(names);
        if (!Enum.IsDefined(order))
        {
            throw new ArgumentOutOfRangeException(nameof(order), order, "Not a defined priority order.");
        }

        if (names.Length < 2 || names.Length > MaxLevels)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"A priority scale has 2 to {MaxLevels} levels; {names.Length} were given."),
                nameof(names));
        }

        var result = new Priority[names.Length];
        for (int i = 0; i < names.Length; i++)
        {
            string name = names[i] ?? throw new ArgumentNullException(nameof(names), string.Create(CultureInfo.InvariantCulture, $"Level {i + 1} has no name."));
            TextGuard.Check(name, string.Create(CultureInfo.InvariantCulture, $"names[{i}]"), 100);
            if (result.Take(i).Any(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)))
            {
                throw new ArgumentException($"The level name '{name}' is given twice; every level needs its own name.", nameof(names));
            }

            result[i] = new Priority(i + 1, name);
        }

        return new PriorityScale(order, result);
    }

    /// <summary>The level with number <paramref name="level"/>.</summary>
    /// <param name="level">1 to the number of levels.</param>
    /// <returns>The priority.</returns>
    /// <exception cref="ArgumentOutOfRangeException">There is no such level.</exception>
    public Priority Get(int level)
    {
        if (level < 1 || level > levels.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, string.Create(CultureInfo.InvariantCulture, $"The scale has levels 1 to {levels.Length}."));
        }

        return levels[level - 1];
    }

    /// <summary>The level named <paramref name="name"/> (ignoring case).</summary>
    /// <param name="name">The name.</param>
    /// <returns>The priority.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException">No level has that name; the message lists the names.</exception>
    public Priority Get(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        foreach (Priority p in levels)
        {
            if (string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return p;
            }
        }

        throw new ArgumentException($"No priority is named '{name}'; the scale has {string.Join(", ", levels.Select(l => l.Name))}.", nameof(name));
    }

    /// <summary>Whether <paramref name="priority"/> is a level of this scale (same number and name, the name compared exactly).</summary>
    /// <param name="priority">The priority.</param>
    /// <returns>True when it belongs to the scale.</returns>
    public bool Contains(Priority priority) =>
        priority.Level >= 1 && priority.Level <= levels.Length && levels[priority.Level - 1] == priority;

    /// <summary>
    /// Compares urgency: negative when <paramref name="a"/> is less urgent than <paramref name="b"/>, zero when equal,
    /// positive when more urgent; respects <see cref="Order"/>.
    /// </summary>
    /// <param name="a">A level of this scale.</param>
    /// <param name="b">A level of this scale.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentException">A priority is not a level of this scale.</exception>
    public int CompareUrgency(Priority a, Priority b)
    {
        Require(a, nameof(a));
        Require(b, nameof(b));
        int byNumber = a.Level.CompareTo(b.Level);
        return Order == PriorityOrder.OneIsMostUrgent ? -byNumber : byNumber;
    }

    /// <summary>Whether <paramref name="a"/> is more urgent than <paramref name="b"/>.</summary>
    /// <param name="a">A level of this scale.</param>
    /// <param name="b">A level of this scale.</param>
    /// <returns>True when strictly more urgent.</returns>
    /// <exception cref="ArgumentException">A priority is not a level of this scale.</exception>
    public bool IsMoreUrgent(Priority a, Priority b) => CompareUrgency(a, b) > 0;

    /// <summary>Whether <paramref name="other"/> has the same order and the same level names (compared exactly).</summary>
    /// <param name="other">A scale.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(PriorityScale? other) => other is not null && Order == other.Order && levels.SequenceEqual(other.levels);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is PriorityScale other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Order, levels.Length, levels[0]);

    /// <inheritdoc />
    public override string ToString() => $"{string.Join(", ", levels.Select(l => l.ToString()))} ({Order})";

    internal void Require(Priority priority, string paramName)
    {
        if (!Contains(priority))
        {
            throw new ArgumentException($"Priority {priority} is not a level of the scale {this}.", paramName);
        }
    }
}
