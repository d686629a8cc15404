using System;
using System.Buffers.Binary;
using System.Globalization;
using System.Numerics;

namespace ItsmCore.Cmdb;

/// <summary>
/// The minimum-up quorum of a redundancy group: a count, or a percentage p in [0, 100] giving
/// MinUp = ceiling(p x members / 100), computed exactly (integer arithmetic on the decimal's digits, no rounding).
/// Immutable; equality is by kind and value (a percentage's scale counts, as in the JSON format).
/// </summary>
public sealed record Quorum
{
    private Quorum(bool isPercentage, decimal value)
    {
        IsPercentage = isPercentage;
        Value = value;
    }

    /// <summary>Whether the quorum is a percentage of the members (else a count).</summary>
    public bool IsPercentage { get; }

    /// <summary>The count, or the percentage.</summary>
    public decimal Value { get; }

    /// <summary>A quorum of at least <paramref name="minUp"/> members up.</summary>
    /// <param name="minUp">The count, zero or more.</param>
    /// <returns>The quorum.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The count is negative.</exception>
    public static Quorum Count(int minUp)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(minUp);
        return new Quorum(false, minUp);
    }

    /// <summary>A quorum of at least <paramref name="percent"/> % of the members up, rounded up to whole members.</summary>
    /// <param name="percent">The percentage, in [0, 100].</param>
    /// <returns>The quorum.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The percentage is outside [0, 100].</exception>
    public static Quorum Percentage(decimal percent)
    {
        if (percent < 0 || percent > 100)
        {
            throw new ArgumentOutOfRangeException(nameof(percent), percent, "A quorum percentage lies in [0, 100].");
        }

        return new Quorum(true, percent);
    }

    /// <summary>The minimum number of members up for a group of <paramref name="members"/> members.</summary>
    /// <param name="members">The member count, zero or more.</param>
    /// <returns>The count itself, or ceiling(p x members / 100) exactly.</returns>
    public int MinUp(int members)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(members);
        if (!IsPercentage)
        {
            return (int)Value;
        }

        // p = mantissa / 10^scale, so p x members / 100 = mantissa x members / (100 x 10^scale): one exact integer ceiling.
        int[] bits = decimal.GetBits(Value);
        var mantissa = new BigInteger(new ReadOnlySpan<byte>(MantissaBytes(bits)), isUnsigned: true);
        int scale = (bits[3] >> 16) & 0xFF;
        BigInteger numerator = mantissa * members;
        BigInteger denominator = 100 * BigInteger.Pow(10, scale);
        BigInteger quotient = BigInteger.DivRem(numerator, denominator, out BigInteger remainder);
        return (int)(remainder.IsZero ? quotient : quotient + 1);
    }

    /// <inheritdoc />
    public bool Equals(Quorum? other) => other is not null && IsPercentage == other.IsPercentage && Value == other.Value && Value.Scale == other.Value.Scale;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(IsPercentage, Value);

    /// <inheritdoc />
    public override string ToString() => IsPercentage
        ? Value.ToString(CultureInfo.InvariantCulture) + " %"
        : Value.ToString(CultureInfo.InvariantCulture);

    private static byte[] MantissaBytes(int[] bits)
    {
        var bytes = new byte[12];
        for (int i = 0; i < 3; i++)
        {
            BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(4 * i), bits[i]);
        }

        return bytes;
    }
}
