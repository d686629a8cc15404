using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace ItsmCore.Primitives;

/// <summary>Creates <see cref="EquatableArray{T}"/> values; also what collection expressions (<c>[a, b]</c>) call.</summary>
public static class EquatableArray
{
    /// <summary>An array of the given items (copied).</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="items">The items.</param>
    /// <returns>The array.</returns>
    public static EquatableArray<T> Create<T>(ReadOnlySpan<T> items) => new(ImmutableArray.Create(items));

    /// <summary>An array of the given items (copied), in enumeration order.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="items">The items.</param>
    /// <returns>The array.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> is null.</exception>
    public static EquatableArray<T> From<T>(IEnumerable<T> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return new(ImmutableArray.CreateRange(items));
    }
}
