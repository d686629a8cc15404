using System;
using System.Collections.Generic;

namespace ItsmCore.Classification;

/// <summary>
/// An ordered priority scale: named levels numbered 1..n and an explicit <see cref="PriorityOrder"/>. Immutable and
/// thread-safe.
/// </summary>
public sealed class PriorityScale : IEquatable<PriorityScale>
{
    /// <summary>The most levels a scale may have.</summary>
    public const int MaxLevels = OrderedScale<Priority>.MaxLevels;

    private readonly OrderedScale<Priority> scale;

    private PriorityScale(PriorityOrder order, OrderedScale<Priority> scale)
    {
        Order = order;
        this.scale = scale;
    }

    /// <summary>
    /// The common five-level scale, level 1 most urgent: 1 Critical, 2 High, 3 Medium, 4 Low, 5 Planning.
    /// </summary>
    public static PriorityScale Default { get; } = Create(PriorityOrder.OneIsMostUrgent, "Critical", "High", "Medium", "Low", "Planning");

    /// <summary>Which end is the most urgent.</summary>
    public PriorityOrder Order { get; }

    /// <summary>The levels by number: <c>Levels[0]</c> is level 1.</summary>
    public IReadOnlyList<Priority> Levels => scale.Levels;

    /// <summary>The most urgent level.</summary>
    public Priority MostUrgent => Order == PriorityOrder.OneIsMostUrgent ? scale.First : scale.Last;

    /// <summary>The least urgent level.</summary>
    public Priority LeastUrgent => Order == PriorityOrder.OneIsMostUrgent ? scale.Last : scale.First;

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

        return new PriorityScale(order, new OrderedScale<Priority>("priority", "priority", 1, names, nameof(names), static (level, name) => new Priority(level, name)));
    }

    /// <summary>The level with number <paramref name="level"/>.</summary>
    /// <param name="level">1 to the number of levels.</param>
    /// <returns>The priority.</returns>
    /// <exception cref="ArgumentOutOfRangeException">There is no such level.</exception>
    public Priority Get(int level) => scale.Get(level);

    /// <summary>The level named <paramref name="name"/> (ignoring case).</summary>
    /// <param name="name">The name.</param>
    /// <returns>The priority.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException">No level has that name; the message lists the names.</exception>
    public Priority Get(string name) => scale.Get(name);

    /// <summary>Whether <paramref name="priority"/> is a level of this scale (same number and name, the name compared exactly).</summary>
    /// <param name="priority">The priority.</param>
    /// <returns>True when it belongs to the scale.</returns>
    public bool Contains(Priority priority) => scale.Contains(priority);

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
    public bool Equals(PriorityScale? other) => other is not null && Order == other.Order && scale.Equals(other.scale);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is PriorityScale other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Order, scale);

    /// <inheritdoc />
    public override string ToString() => $"{scale} ({Order})";

    internal void Require(Priority priority, string paramName)
    {
        if (!Contains(priority))
        {
            throw new ArgumentException($"Priority {priority} is not a level of the scale {this}.", paramName);
        }
    }
}
