using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;

namespace ItsmCore.Sla;

/// <summary>
/// Warning thresholds as percentages of the target (e.g. 50 %, 75 %, 90 %), ascending and distinct.
/// A threshold p is crossed at the first instant at which the elapsed working time reaches p % of the target.
/// Immutable and thread-safe; equal sets compare equal.
/// </summary>
public sealed class SlaThresholds : IEquatable<SlaThresholds>
{
    private readonly ImmutableArray<decimal> percents;

    private SlaThresholds(ImmutableArray<decimal> percents) => this.percents = percents;

    /// <summary>No thresholds: the clock reports only the breach.</summary>
    public static SlaThresholds None { get; } = new(ImmutableArray<decimal>.Empty);

    /// <summary>The common 50 %, 75 %, 90 % set.</summary>
    public static SlaThresholds Default { get; } = new(ImmutableArray.Create(50m, 75m, 90m));

    /// <summary>The percentages, ascending.</summary>
    public IReadOnlyList<decimal> Percents => percents;

    /// <summary>The number of thresholds.</summary>
    public int Count => percents.Length;

    /// <summary>Creates a set of thresholds.</summary>
    /// <param name="percents">Percentages in (0, 100] with at most three decimal places; sorted here; no duplicates.</param>
    /// <returns>The thresholds.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A percentage is out of range or too precise.</exception>
    /// <exception cref="ArgumentException">A percentage appears twice.</exception>
    public static SlaThresholds Of(params decimal[] percents)
    {
        ArgumentNullException.ThrowIfNull(percents);
        decimal[] sorted = (decimal[])percents.Clone();
        Array.Sort(sorted);
        for (int i = 0; i < sorted.Length; i++)
        {
            decimal p = sorted[i];
            if (p <= 0m || p > 100m || decimal.Round(p, 3) != p)
            {
                throw new ArgumentOutOfRangeException(nameof(percents), p, "A threshold must be a percentage in (0, 100] with at most three decimal places.");
            }

            if (i > 0 && sorted[i - 1] == p)
            {
                throw new ArgumentException($"Threshold {p.ToString(CultureInfo.InvariantCulture)} % appears twice.", nameof(percents));
            }
        }

        return sorted.Length == 0 ? None : new SlaThresholds(ImmutableArray.Create(sorted));
    }

    /// <summary>The working time at which threshold <paramref name="index"/> is crossed for a budget, truncated to the nanosecond.</summary>
    internal long ThresholdNs(int index, long budgetNs) =>
        (long)((Int128)budgetNs * (long)(percents[index] * 1000m) / 100_000);

    /// <inheritdoc />
    public bool Equals(SlaThresholds? other) => other is not null && percents.SequenceEqual(other.percents);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is SlaThresholds other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (decimal p in percents)
        {
            hash.Add(p);
        }

        return hash.ToHashCode();
    }

    /// <summary>The percentages, e.g. <c>50 %, 75 %, 90 %</c>, or <c>none</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        percents.Length == 0 ? "none" : string.Join(", ", percents.Select(p => p.ToString(CultureInfo.InvariantCulture) + " %"));
}
