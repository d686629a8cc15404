using System;
using System.Globalization;
using ItsmCore.Primitives;

namespace ItsmCore.Changes;

/// <summary>
/// A named go/no-go criterion: a threshold, how the measured value compares with it, and the unit for people (e.g.
/// <c>"Key fields missing", AtMost, 0.5, "%"</c>). Values are decimals, compared exactly. Immutable; equal by value.
/// </summary>
public sealed record GateCriterion
{
    /// <summary>Creates a criterion.</summary>
    /// <param name="name">The criterion's name, unique in its gate (ordinal); the key of its measurement.</param>
    /// <param name="comparison">How the measured value must compare with the threshold.</param>
    /// <param name="threshold">The threshold.</param>
    /// <param name="unit">The unit for people (e.g. <c>"%"</c>, <c>"s"</c>, <c>"records"</c>); empty for none.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The name is blank, padded or too long, or the unit is padded or too long.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="comparison"/> is undefined.</exception>
    public GateCriterion(string name, GateComparison comparison, decimal threshold, string unit = "")
    {
        Name = TextGuard.Check(name, nameof(name), 200);
        Comparison = Enum.IsDefined(comparison) ? comparison : throw new ArgumentOutOfRangeException(nameof(comparison), comparison, "Unknown comparison.");
        Threshold = threshold;
        ArgumentNullException.ThrowIfNull(unit);
        Unit = unit.Length == 0 ? unit : TextGuard.Check(unit, nameof(unit), 20);
    }

    /// <summary>The criterion's name.</summary>
    public string Name { get; }

    /// <summary>How the measured value must compare with the threshold.</summary>
    public GateComparison Comparison { get; }

    /// <summary>The threshold.</summary>
    public decimal Threshold { get; }

    /// <summary>The unit for people.</summary>
    public string Unit { get; }

    /// <summary>Whether <paramref name="measured"/> meets the criterion.</summary>
    /// <param name="measured">The measured value.</param>
    /// <returns>True when met.</returns>
    public bool IsMetBy(decimal measured) => Comparison switch
    {
        GateComparison.AtMost => measured <= Threshold,
        GateComparison.AtLeast => measured >= Threshold,
        _ => measured == Threshold,
    };

    /// <summary>The rule for people, e.g. <c>Key fields missing at most 0.5 %</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Name} {ComparisonText} {Format(Threshold, Unit)}";

    internal string ComparisonText => Comparison switch
    {
        GateComparison.AtMost => "at most",
        GateComparison.AtLeast => "at least",
        _ => "equal to",
    };

    internal static string Format(decimal value, string unit) =>
        value.ToString("0.############################", CultureInfo.InvariantCulture) + (unit.Length == 0 ? string.Empty : " " + unit);
}
