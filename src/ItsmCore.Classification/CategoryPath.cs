using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using System.Linq;

namespace ItsmCore.Classification;

/// <summary>
/// A classification path such as <c>Network/VPN/Client</c>: one to <see cref="MaxDepth"/> segments, broadest first.
/// Equality and hash codes are by segments, ignoring case; the spelling given is kept for display. The default value
/// is the empty path (unclassified). Immutable and thread-safe.
/// </summary>
public readonly struct CategoryPath : IEquatable<CategoryPath>
{
    /// <summary>The most segments a path may have.</summary>
    public const int MaxDepth = 8;

    private const int MaxSegmentLength = 100;

    private readonly ReadOnlyCollection<string>? segments;

    private CategoryPath(string[] segments) => this.segments = Array.AsReadOnly(segments);

    /// <summary>The segments, broadest first; empty when unclassified.</summary>
    public IReadOnlyList<string> Segments => segments ?? (IReadOnlyList<string>)[];

    /// <summary>The number of segments.</summary>
    public int Depth => segments?.Count ?? 0;

    /// <summary>Whether the path is empty (unclassified).</summary>
    public bool IsEmpty => Depth == 0;

    /// <summary>Parses <c>"Network/VPN/Client"</c>; the inverse of <see cref="ToString"/> for every non-empty path.</summary>
    /// <param name="path">Segments separated by <c>/</c>; each segment non-blank, unpadded, at most 100 characters.</param>
    /// <returns>The path.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="path"/> is empty, a segment is blank or padded (e.g. <c>"Network//VPN"</c>) or too long, or
    /// there are more than <see cref="MaxDepth"/> segments.
    /// </exception>
    public static CategoryPath Parse(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Create(path.Split('/'), nameof(path));
    }

    /// <summary>A path from its segments.</summary>
    /// <param name="segments">The segments, broadest first; each non-blank, unpadded, at most 100 characters, without <c>/</c>.</param>
    /// <returns>The path.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="segments"/> or a segment is null.</exception>
    /// <exception cref="ArgumentException">No segment, a segment blank, padded, too long or containing <c>/</c>, or more than <see cref="MaxDepth"/>.</exception>
    public static CategoryPath Of(params string[] segments)
    {
        ArgumentNullException.ThrowIfNull(segments);
        return Create(segments, nameof(segments));
    }

    /// <summary>The first <paramref name="depth"/> segments (the path itself when it is not deeper, so the empty path stays empty).</summary>
    /// <param name="depth">1 or more.</param>
    /// <returns>The broader path.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="depth"/> is less than 1.</exception>
    public CategoryPath Truncate(int depth)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(depth, 1);
        return depth >= Depth ? this : new CategoryPath(segments!.Take(depth).ToArray());
    }

    /// <summary>Whether this path equals <paramref name="ancestor"/> or lies beneath it (segments compared ignoring case).</summary>
    /// <param name="ancestor">The broader path.</param>
    /// <returns>True when the segments of <paramref name="ancestor"/> start this path; so always true for the empty ancestor.</returns>
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

    /// <summary>The path with <c>/</c> separators, in the spelling given; empty when unclassified.</summary>
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

    private static CategoryPath Create(string[] segments, string paramName)
    {
        if (segments.Length > MaxDepth)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"A category path has 1 to {MaxDepth} segments; {segments.Length} were given."),
                paramName);
        }

        if (segments.Length == 0)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"A category path has 1 to {MaxDepth} segments; none were given."), paramName);
        }

        for (int i = 0; i < segments.Length; i++)
        {
            string segment = segments[i];
            if (segment is null)
            {
                throw new ArgumentNullException(paramName, string.Create(CultureInfo.InvariantCulture, $"Segment {i + 1} is null."));
            }

            string problem =
                segment.Length == 0 || string.IsNullOrWhiteSpace(segment) ? "is blank"
                : char.IsWhiteSpace(segment[0]) || char.IsWhiteSpace(segment[^1]) ? "starts or ends with white space"
                : segment.Length > MaxSegmentLength ? string.Create(CultureInfo.InvariantCulture, $"is {segment.Length} characters long (at most {MaxSegmentLength})")
                : segment.Contains('/', StringComparison.Ordinal) ? "contains '/', the separator"
                : string.Empty;
            if (problem.Length > 0)
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"Segment {i + 1} ('{segment}') of the category path {problem}."),
                    paramName);
            }
        }

        return new CategoryPath((string[])segments.Clone());
    }
}
