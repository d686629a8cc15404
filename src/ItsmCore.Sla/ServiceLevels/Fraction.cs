using System;
using System.Globalization;
using System.Numerics;

namespace ItsmCore.Sla;

/// <summary>
/// An exact rational number (numerator / denominator, denominator positive, always reduced), used so that
/// availability, budget and composition arithmetic never rounds until a value is shown as a <see cref="decimal"/>.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal readonly struct Fraction : IEquatable<Fraction>, IComparable<Fraction>
{
    /// <summary>The largest mantissa a <see cref="decimal"/> can hold, 2^96 - 1.</summary>
    private static readonly BigInteger MaxDecimalMantissa = (BigInteger.One << 96) - 1;

    private readonly BigInteger denominator;

    public Fraction(BigInteger numerator, BigInteger denominator)
    {
        if (denominator.IsZero)
        {
            throw new DivideByZeroException("A fraction's denominator must not be zero.");
        }

        if (denominator.Sign < 0)
        {
            numerator = -numerator;
            denominator = -denominator;
        }

        BigInteger gcd = BigInteger.GreatestCommonDivisor(numerator, denominator);
        if (!gcd.IsOne && !gcd.IsZero)
        {
            numerator /= gcd;
            denominator /= gcd;
        }

        Numerator = numerator;
        this.denominator = denominator;
    }

    public static Fraction Zero => new(BigInteger.Zero, BigInteger.One);

    public static Fraction One => new(BigInteger.One, BigInteger.One);

    public BigInteger Numerator { get; }

    /// <summary>The positive denominator (1 for <c>default(Fraction)</c>, which is zero).</summary>
    public BigInteger Denominator => denominator.IsZero ? BigInteger.One : denominator;

    public int Sign => Numerator.Sign;

    public static Fraction FromInteger(BigInteger value) => new(value, BigInteger.One);

    /// <summary>The exact value of a decimal (mantissa / 10^scale).</summary>
    public static Fraction FromDecimal(decimal value)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        BigInteger mantissa = (new BigInteger(unchecked((uint)bits[2])) << 64)
            | (new BigInteger(unchecked((uint)bits[1])) << 32)
            | new BigInteger(unchecked((uint)bits[0]));
        int scale = (bits[3] >> 16) & 0xFF;
        if (bits[3] < 0)
        {
            mantissa = -mantissa;
        }

        return new Fraction(mantissa, BigInteger.Pow(10, scale));
    }

    public static Fraction operator +(Fraction a, Fraction b) =>
        new((a.Numerator * b.Denominator) + (b.Numerator * a.Denominator), a.Denominator * b.Denominator);

    public static Fraction operator -(Fraction a, Fraction b) =>
        new((a.Numerator * b.Denominator) - (b.Numerator * a.Denominator), a.Denominator * b.Denominator);

    public static Fraction operator *(Fraction a, Fraction b) =>
        new(a.Numerator * b.Numerator, a.Denominator * b.Denominator);

    public static Fraction operator /(Fraction a, Fraction b) =>
        new(a.Numerator * b.Denominator, a.Denominator * b.Numerator);

    public static bool operator ==(Fraction a, Fraction b) => a.Equals(b);

    public static bool operator !=(Fraction a, Fraction b) => !a.Equals(b);

    public static bool operator <(Fraction a, Fraction b) => a.CompareTo(b) < 0;

    public static bool operator >(Fraction a, Fraction b) => a.CompareTo(b) > 0;

    public static bool operator <=(Fraction a, Fraction b) => a.CompareTo(b) <= 0;

    public static bool operator >=(Fraction a, Fraction b) => a.CompareTo(b) >= 0;

    public int CompareTo(Fraction other) => (Numerator * other.Denominator).CompareTo(other.Numerator * Denominator);

    public bool Equals(Fraction other) => Numerator == other.Numerator && Denominator == other.Denominator;

    public override bool Equals(object? obj) => obj is Fraction other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(Numerator, Denominator);

    /// <summary>The largest integer not greater than the value.</summary>
    public BigInteger Floor()
    {
        BigInteger quotient = BigInteger.DivRem(Numerator, Denominator, out BigInteger remainder);
        return remainder.Sign < 0 ? quotient - 1 : quotient;
    }

    /// <summary>
    /// The value as a decimal, rounded to nearest (ties to even) at the finest scale (at most 28 decimal places)
    /// whose mantissa fits a decimal (28 or 29 significant digits), with trailing zeros removed; exact whenever
    /// the value is representable as a decimal, so every decimal round-trips unchanged.
    /// </summary>
    /// <exception cref="OverflowException">The value is beyond the range of <see cref="decimal"/>.</exception>
    public decimal ToDecimal()
    {
        if (Numerator.IsZero)
        {
            return 0m;
        }

        bool negative = Numerator.Sign < 0;
        BigInteger magnitude = BigInteger.Abs(Numerator);
        BigInteger integerPart = magnitude / Denominator;
        if (integerPart > MaxDecimalMantissa)
        {
            throw new OverflowException("The value is too large for a decimal.");
        }

        int integerDigits = integerPart.IsZero ? 0 : integerPart.ToString(CultureInfo.InvariantCulture).Length;
        for (int scale = Math.Clamp(29 - integerDigits, 0, 28); scale >= 0; scale--)
        {
            BigInteger quotient = BigInteger.DivRem(magnitude * BigInteger.Pow(10, scale), Denominator, out BigInteger remainder);
            int half = (remainder * 2).CompareTo(Denominator);
            if (half > 0 || (half == 0 && !quotient.IsEven))
            {
                quotient += 1;
            }

            if (quotient > MaxDecimalMantissa)
            {
                continue;
            }

            int finalScale = scale;
            while (finalScale > 0 && (quotient % 10).IsZero)
            {
                quotient /= 10;
                finalScale--;
            }

            return new decimal(
                unchecked((int)(uint)(quotient & uint.MaxValue)),
                unchecked((int)(uint)((quotient >> 32) & uint.MaxValue)),
                unchecked((int)(uint)((quotient >> 64) & uint.MaxValue)),
                negative,
                (byte)finalScale);
        }

        throw new OverflowException("The value is too large for a decimal.");
    }

    public override string ToString() => $"{Numerator.ToString(CultureInfo.InvariantCulture)}/{Denominator.ToString(CultureInfo.InvariantCulture)}";
}
