using System;
using System.Numerics;
using FsCheck;
using FsCheck.Fluent;

namespace ItsmCore.Sla.Tests;

public sealed class FractionTests
{
    [Fact]
    public void Constructor_ReducesAndNormalizesTheSign()
    {
        var f = new Fraction(6, -4);

        Assert.Equal(new BigInteger(-3), f.Numerator);
        Assert.Equal(new BigInteger(2), f.Denominator);
        Assert.Throws<DivideByZeroException>(() => new Fraction(1, 0));
        Assert.Equal(Fraction.Zero, default);
    }

    [Theory]
    [InlineData(1, 3, "0.3333333333333333333333333333")]
    [InlineData(2, 3, "0.6666666666666666666666666667")]
    [InlineData(200, 91, "2.1978021978021978021978021978")]
    [InlineData(-1, 8, "-0.125")]
    [InlineData(5, 1, "5")]
    public void ToDecimal_RoundsToNearestAtTheFinestScale(long numerator, long denominator, string expected)
    {
        Assert.Equal(expected, new Fraction(numerator, denominator).ToDecimal().ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void ToDecimal_Ties_RoundToEven()
    {
        // 0.5 x 10^-28 and 1.5 x 10^-28 are ties at 28 places.
        BigInteger e28 = BigInteger.Pow(10, 28);
        Assert.Equal(0m, new Fraction(1, 2 * e28).ToDecimal());
        Assert.Equal(0.0000000000000000000000000002m, new Fraction(3, 2 * e28).ToDecimal());
    }

    [Fact]
    public void ToDecimal_BeyondDecimalRange_Throws()
    {
        Assert.Throws<OverflowException>(() => new Fraction(BigInteger.Pow(10, 30), 1).ToDecimal());
    }

    [Fact]
    public void Floor_NegativeValues_RoundTowardNegativeInfinity()
    {
        Assert.Equal(new BigInteger(-2), new Fraction(-3, 2).Floor());
        Assert.Equal(new BigInteger(1), new Fraction(3, 2).Floor());
        Assert.Equal(new BigInteger(-2), new Fraction(-2, 1).Floor());
    }

    [Fact]
    public void FromDecimal_Property_RoundTripsEveryDecimal()
    {
        var gen = from lo in Gen.Choose(int.MinValue, int.MaxValue)
                  from mid in Gen.Choose(int.MinValue, int.MaxValue)
                  from hi in Gen.Choose(int.MinValue, int.MaxValue)
                  from negative in Gen.Elements(true, false)
                  from scale in Gen.Choose(0, 28)
                  select new decimal(lo, mid, hi, negative, (byte)scale);
        PropertyRunner.Run(gen, d =>
        {
            Assert.Equal(d, Fraction.FromDecimal(d).ToDecimal());
        }, maxTest: 500);
    }

    [Fact]
    public void Arithmetic_Property_MatchesDecimalWhenExact()
    {
        var gen = from a in Gen.Choose(-1_000_000, 1_000_000)
                  from b in Gen.Choose(-1_000_000, 1_000_000)
                  select (A: a / 1_000m, B: b / 1_000m);
        PropertyRunner.Run(gen, t =>
        {
            Fraction a = Fraction.FromDecimal(t.A);
            Fraction b = Fraction.FromDecimal(t.B);
            Assert.Equal(t.A + t.B, (a + b).ToDecimal());
            Assert.Equal(t.A - t.B, (a - b).ToDecimal());
            Assert.Equal(t.A * t.B, (a * b).ToDecimal());
            Assert.Equal(t.A.CompareTo(t.B), a.CompareTo(b));
        });
    }
}
