using System;
using System.Collections.Generic;
using System.Linq;
using ItsmCore.Primitives;

namespace ItsmCore.Incidents;

/// <summary>
/// A classification path such as <c>Network/VPN/Client</c>: one or more segments, broadest first. Equality is by
/// segments, ignoring case. The default value is the empty path (unclassified).
/// </summary>
public readonly struct CategoryPath : IEquatable<CategoryPath>
{
    /// <summary>The most segments a path may have.</summary>
    public const int MaxDepth = 8;

    private readonly string[]? segments;

    private CategoryPath(string[] segments) => this.segments = segments;

    /// <summary>The segments, broadest first; empty when unclassified.</summary>
    public IReadOnlyList<string> Segments => segments ?? [];

    /// <summary>The number of segments.</summary>
    public int Depth => segments?.Length ?? 0;

    /// <summary>Whether the path is empty (unclassified).</summary>
    public bool IsEmpty => Depth == 0;

    /// <summary>Parses <c>"Network/VPN/Client"</c>.</summary>
    /// <param name="path">Segments separated by <c>/</c>; each segment non-blank, unpadded, at most 100 characters.</param>
    /// <returns>The path.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="ArgumentException">A segment is blank or padded, or there are more than <see cref="MaxDepth"/>.</exception>
    public static CategoryPath Parse(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Of(path.Split('/'));
    }

    /// <summary>A path from its segments.</summary>
    /// <param name="segments">The segments, broadest first.</param>
    /// <returns>The path.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="segments"/> or a segment is null.</exception>
    /// <exception cref="ArgumentException">No segment, a segment blank, padded or containing <c>/</c>, or more than <see cref="MaxDepth"/>.</exception>
    public static CategoryPath Of(params string[] segments)
    {
        ArgumentNullException.ThrowIfNull(segments);
        if (segments.Length == 0 || segments.Length > MaxDepth)
        {
            throw new ArgumentException($"A category path has 1 to {MaxDepth} segments; {segments.Length} were given.", nameof(segments));
        }

        for (int i = 0; i < segments.Length; i++)
        {
            TextGuard.Check(segments[i], $"segments[{i}]", 100);
            if (segments[i].Contains('/', StringComparison.Ordinal))
            {
                throw new ArgumentException($"Segment '{segments[i]}' contains '/', the separator.", nameof(segments));
            }
        }

        return new CategoryPath((string[])segments.Clone());
    }

    /// <summary>The first <paramref name="depth"/> segments (the path itself when it is not deeper).</summary>
    /// <param name="depth">1 or more.</param>
    /// <returns>The broader path.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="depth"/> is less than 1.</exception>
    public CategoryPath Truncate(int depth)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(depth, 1);
        return depth >= Depth ? this : new CategoryPath(segments![..depth]);
    }

    /// <summary>Whether this path equals <paramref name="ancestor"/> or lies beneath it.</summary>
    /// <param name="ancestor">The broader path.</param>
    /// <returns>True when every segment of <paramref name="ancestor"/> starts this path.</returns>
    public bool IsWithin(CategoryPath ancestor)
    {
        if (ancestor.Depth > Depth)
        {
            return false;
        }

        for (int i = 0; i < ancestor.Depth; i++)
        {
            if (!string.Equals(ancestor.segments![i], segments![i], StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public bool Equals(CategoryPath other) =>
        Segments.SequenceEqual(other.Segments, StringComparer.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is CategoryPath other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (string s in Segments)
        {
            hash.Add(s, StringComparer.OrdinalIgnoreCase);
        }

        return hash.ToHashCode();
    }

    /// <summary>The path with <c>/</c> separators; empty when unclassified.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Join('/', Segments);

    /// <summary>Equality by segments, ignoring case.</summary>
    /// <param name="left">A path.</param>
    /// <param name="right">A path.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(CategoryPath left, CategoryPath right) => left.Equals(right);

    /// <summary>Inequality by segments, ignoring case.</summary>
    /// <param name="left">A path.</param>
    /// <param name="right">A path.</param>
    /// <returns>True when different.</returns>
    public static bool operator !=(CategoryPath left, CategoryPath right) => !left.Equals(right);
}
