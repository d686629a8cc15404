using System;
using System.Globalization;

namespace ItsmCore.Changes;

/// <summary>A level of a <see cref="RiskScale"/>: its rank (0 is the lowest risk) and its name. Compared by rank.</summary>
/// <param name="Rank">0 for the lowest risk, counting up.</param>
/// <param name="Name">The level's name.</param>
public readonly record struct RiskLevel(int Rank, string Name) : IComparable<RiskLevel>
{
    /// <summary>Whether <paramref name="left"/> is a higher risk than <paramref name="right"/>.</summary>
    /// <param name="left">A level.</param>
    /// <param name="right">A level.</param>
    /// <returns>True when higher.</returns>
    public static bool operator >(RiskLevel left, RiskLevel right) => left.Rank > right.Rank;

    /// <summary>Whether <paramref name="left"/> is a lower risk than <paramref name="right"/>.</summary>
    /// <param name="left">A level.</param>
    /// <param name="right">A level.</param>
    /// <returns>True when lower.</returns>
    public static bool operator <(RiskLevel left, RiskLevel right) => left.Rank < right.Rank;

    /// <summary>Whether <paramref name="left"/> is at least as high a risk as <paramref name="right"/>.</summary>
    /// <param name="left">A level.</param>
    /// <param name="right">A level.</param>
    /// <returns>True when at least as high.</returns>
    public static bool operator >=(RiskLevel left, RiskLevel right) => left.Rank >= right.Rank;

    /// <summary>Whether <paramref name="left"/> is at most as high a risk as <paramref name="right"/>.</summary>
    /// <param name="left">A level.</param>
    /// <param name="right">A level.</param>
    /// <returns>True when at most as high.</returns>
    public static bool operator <=(RiskLevel left, RiskLevel right) => left.Rank <= right.Rank;

    /// <summary>The higher of two levels (the first on a tie).</summary>
    /// <param name="a">A level.</param>
    /// <param name="b">A level.</param>
    /// <returns>The higher level.</returns>
    public static RiskLevel Max(RiskLevel a, RiskLevel b) => b.Rank > a.Rank ? b : a;

    /// <inheritdoc />
    public int CompareTo(RiskLevel other) => Rank.CompareTo(other.Rank);

    /// <summary>The rank and name, e.g. <c>2 (High)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Rank} ({Name})");
}
