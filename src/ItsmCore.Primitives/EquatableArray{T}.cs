using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;

namespace ItsmCore.Primitives;

/// <summary>
/// An immutable list that compares by value: two arrays are equal when they have the same length and equal items in
/// the same order, and equal arrays have equal hash codes. Use it for lists inside records and events, where
/// <see cref="ImmutableArray{T}"/> and <see cref="IReadOnlyList{T}"/> would compare by reference. The default value is
/// the empty array. Immutable and thread-safe (as long as the items are).
/// </summary>
/// <typeparam name="T">The item type; items are compared with <see cref="EqualityComparer{T}.Default"/>.</typeparam>
[CollectionBuilder(typeof(EquatableArray), nameof(EquatableArray.Create))]
public readonly struct EquatableArray<T> : IEquatable<EquatableArray<T>>, IReadOnlyList<T>
{
    private readonly ImmutableArray<T> items;

    /// <summary>Wraps an immutable array (the default <see cref="ImmutableArray{T}"/> is taken as empty).</summary>
    /// <param name="items">The items.</param>
    public EquatableArray(ImmutableArray<T> items) => this.items = items;

    /// <summary>The empty array.</summary>
    public static EquatableArray<T> Empty => new(ImmutableArray<T>.Empty);

    /// <summary>The items as an immutable array (never the default value).</summary>
    public ImmutableArray<T> Items => items.IsDefault ? ImmutableArray<T>.Empty : items;

    /// <summary>The number of items.</summary>
    public int Count => Items.Length;

    /// <summary>Whether there are no items.</summary>
    public bool IsEmpty => Count == 0;

    /// <summary>The item at <paramref name="index"/>.</summary>
    /// <param name="index">0 to <see cref="Count"/> - 1.</param>
    /// <returns>The item.</returns>
    /// <exception cref="IndexOutOfRangeException"><paramref name="index"/> is outside the array.</exception>
    public T this[int index] => Items[index];

    /// <summary>Whether two arrays have equal items in the same order.</summary>
    /// <param name="left">An array.</param>
    /// <param name="right">An array.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(EquatableArray<T> left, EquatableArray<T> right) => left.Equals(right);

    /// <summary>Whether two arrays differ in length or in an item.</summary>
    /// <param name="left">An array.</param>
    /// <param name="right">An array.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(EquatableArray<T> left, EquatableArray<T> right) => !left.Equals(right);

    /// <summary>Whether <paramref name="other"/> has equal items in the same order.</summary>
    /// <param name="other">An array.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(EquatableArray<T> other)
    {
        ImmutableArray<T> a = Items;
        ImmutableArray<T> b = other.Items;
        if (a.Length != b.Length)
        {
            return false;
        }

        EqualityComparer<T> comparer = EqualityComparer<T>.Default;
        for (int i = 0; i < a.Length; i++)
        {
            if (!comparer.Equals(a[i], b[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is EquatableArray<T> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (T item in Items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    /// <summary>The items, comma-separated in square brackets.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => "[" + string.Join(", ", Items) + "]";

    /// <summary>Enumerates the items without allocating.</summary>
    /// <returns>The enumerator.</returns>
    public ImmutableArray<T>.Enumerator GetEnumerator() => Items.GetEnumerator();

    /// <inheritdoc />
    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)Items).GetEnumerator();

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable)Items).GetEnumerator();
}
