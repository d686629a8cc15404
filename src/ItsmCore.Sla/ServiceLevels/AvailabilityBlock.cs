using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;

namespace ItsmCore.Sla;

/// <summary>
/// A reliability block: a component with a known availability, or a serial or parallel composition of blocks
/// (compositions nest freely), e.g. the bound a platform of a load balancer, web servers and databases can promise.
/// </summary>
/// <remarks>
/// <para>
/// Serial: every part must be up, so the availability is the product of the parts' availabilities
/// (99.99 % × 99.99 % × 99.95 % = 99.9300109995 %). Parallel (redundant): the block is down only when every part
/// is down, so the availability is <c>1 − Π(1 − aᵢ)</c>. Parts are assumed to fail independently.
/// </para>
/// <para>
/// The whole tree is evaluated with exact rational arithmetic; only <see cref="Availability"/> and
/// <see cref="AvailabilityPercent"/> round, to nearest (ties to even) at 28 decimal places, so nesting never
/// accumulates rounding error and <c>Serial(a, Serial(b, c))</c> equals <c>Serial(a, b, c)</c> exactly.
/// </para>
/// <para>Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class AvailabilityBlock
{
    private static readonly Fraction Hundred = Fraction.FromInteger(100);

    private readonly ImmutableArray<AvailabilityBlock> parts;

    private AvailabilityBlock(string name, AvailabilityBlockKind kind, ImmutableArray<AvailabilityBlock> parts, Fraction exact)
    {
        Name = name;
        Kind = kind;
        this.parts = parts;
        Exact = exact;
    }

    /// <summary>The block's name (a component such as <c>"db"</c>, or a composition such as <c>"platform"</c>).</summary>
    public string Name { get; }

    /// <summary>Whether the block is a component, a serial or a parallel composition.</summary>
    public AvailabilityBlockKind Kind { get; }

    /// <summary>The composed parts, in the order given; empty for a component.</summary>
    public IReadOnlyList<AvailabilityBlock> Parts => parts;

    /// <summary>The availability as a ratio in [0, 1], rounded to nearest at 28 decimal places (exact when it fits).</summary>
    public decimal Availability => Exact.ToDecimal();

    /// <summary>The availability in percent, from the exact value, rounded like <see cref="Availability"/>.</summary>
    public decimal AvailabilityPercent => (Exact * Hundred).ToDecimal();

    internal Fraction Exact { get; }

    /// <summary>A component whose availability is given in percent, e.g. <c>ComponentFromPercent("db", 99.95m)</c>.</summary>
    /// <param name="name">The component's name; not empty.</param>
    /// <param name="percent">0 to 100 inclusive.</param>
    /// <returns>The block.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or whitespace.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="percent"/> is below 0 or above 100.</exception>
    public static AvailabilityBlock ComponentFromPercent(string name, decimal percent)
    {
        CheckName(name, nameof(name));
        if (percent < 0m || percent > 100m)
        {
            throw new ArgumentOutOfRangeException(nameof(percent), percent, "A component's availability must be between 0 % and 100 %.");
        }

        return new AvailabilityBlock(name, AvailabilityBlockKind.Component, ImmutableArray<AvailabilityBlock>.Empty, Fraction.FromDecimal(percent) / Hundred);
    }

    /// <summary>A component whose availability is given as a ratio, e.g. <c>ComponentFromRatio("db", 0.9995m)</c> or a measured <see cref="AvailabilityReport.Availability"/>.</summary>
    /// <param name="name">The component's name; not empty.</param>
    /// <param name="ratio">0 to 1 inclusive.</param>
    /// <returns>The block.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or whitespace.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="ratio"/> is below 0 or above 1.</exception>
    public static AvailabilityBlock ComponentFromRatio(string name, decimal ratio)
    {
        CheckName(name, nameof(name));
        if (ratio < 0m || ratio > 1m)
        {
            throw new ArgumentOutOfRangeException(nameof(ratio), ratio, "A component's availability ratio must be between 0 and 1.");
        }

        return new AvailabilityBlock(name, AvailabilityBlockKind.Component, ImmutableArray<AvailabilityBlock>.Empty, Fraction.FromDecimal(ratio));
    }

    /// <summary>A serial composition: all <paramref name="parts"/> must be up; availability is the product.</summary>
    /// <param name="name">The composition's name; not empty.</param>
    /// <param name="parts">At least one block.</param>
    /// <returns>The block.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/>, <paramref name="parts"/> or one of the parts is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty, or <paramref name="parts"/> is empty.</exception>
    public static AvailabilityBlock Serial(string name, params AvailabilityBlock[] parts)
    {
        ImmutableArray<AvailabilityBlock> checkedParts = CheckParts(name, parts);
        Fraction product = Fraction.One;
        foreach (AvailabilityBlock part in checkedParts)
        {
            product *= part.Exact;
        }

        return new AvailabilityBlock(name, AvailabilityBlockKind.Serial, checkedParts, product);
    }

    /// <summary>A parallel (redundant) composition: up while any part is up; availability is <c>1 − Π(1 − aᵢ)</c>.</summary>
    /// <param name="name">The composition's name; not empty.</param>
    /// <param name="parts">At least one block.</param>
    /// <returns>The block.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/>, <paramref name="parts"/> or one of the parts is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty, or <paramref name="parts"/> is empty.</exception>
    public static AvailabilityBlock Parallel(string name, params AvailabilityBlock[] parts)
    {
        ImmutableArray<AvailabilityBlock> checkedParts = CheckParts(name, parts);
        Fraction allDown = Fraction.One;
        foreach (AvailabilityBlock part in checkedParts)
        {
            allDown *= Fraction.One - part.Exact;
        }

        return new AvailabilityBlock(name, AvailabilityBlockKind.Parallel, checkedParts, Fraction.One - allDown);
    }

    /// <summary>Whether the composed availability meets <paramref name="target"/> (exact comparison; equal meets).</summary>
    /// <param name="target">The target.</param>
    /// <returns>True when the availability is at least the target.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="target"/> is null.</exception>
    public bool Meets(AvailabilityTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        return Exact >= target.ExactRatio;
    }

    /// <summary>The block as an expression, e.g. <c>platform: serial(lb 99.99 %, web 99.99 %, db 99.95 %) = 99.9300109995 %</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Kind == AvailabilityBlockKind.Component
        ? Describe()
        : string.Create(CultureInfo.InvariantCulture, $"{Describe()} = {AvailabilityPercent} %");

    private string Describe() => Kind switch
    {
        AvailabilityBlockKind.Component => string.Create(CultureInfo.InvariantCulture, $"{Name} {AvailabilityPercent} %"),
        AvailabilityBlockKind.Serial => Name + ": serial(" + string.Join(", ", parts.Select(p => p.Describe())) + ")",
        _ => Name + ": parallel(" + string.Join(", ", parts.Select(p => p.Describe())) + ")",
    };

    private static void CheckName(string name, string paramName)
    {
        ArgumentNullException.ThrowIfNull(name, paramName);
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ArgumentException("The name must not be empty.", paramName);
        }
    }

    private static ImmutableArray<AvailabilityBlock> CheckParts(string name, AvailabilityBlock[] parts)
    {
        CheckName(name, nameof(name));
        ArgumentNullException.ThrowIfNull(parts);
        if (parts.Length == 0)
        {
            throw new ArgumentException("A composition needs at least one part.", nameof(parts));
        }

        for (int i = 0; i < parts.Length; i++)
        {
            if (parts[i] is null)
            {
                throw new ArgumentNullException(nameof(parts), string.Create(CultureInfo.InvariantCulture, $"parts[{i}] is null."));
            }
        }

        return ImmutableArray.Create(parts);
    }
}
