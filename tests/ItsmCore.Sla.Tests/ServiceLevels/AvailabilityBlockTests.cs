using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;

namespace ItsmCore.Sla.Tests;

public sealed class AvailabilityBlockTests
{
    [Fact]
    public void Case6_Serial_ThreeComponents_BoundThePlatformAt99Point9300109995Percent()
    {
        // 0.9999 x 0.9999 x 0.9995 = 0.99980001 x 0.9995 = 0.999300109995 exactly.
        AvailabilityBlock platform = AvailabilityBlock.Serial(
            "platform",
            AvailabilityBlock.ComponentFromPercent("load balancer", 99.99m),
            AvailabilityBlock.ComponentFromPercent("web/AP", 99.99m),
            AvailabilityBlock.ComponentFromPercent("db", 99.95m));

        Assert.Equal(0.999300109995m, platform.Availability);
        Assert.Equal(99.9300109995m, platform.AvailabilityPercent);
        Assert.Equal(AvailabilityBlockKind.Serial, platform.Kind);
        Assert.Equal(3, platform.Parts.Count);
        Assert.True(platform.Meets(AvailabilityTarget.FromPercent(99.93m)));
        Assert.False(platform.Meets(AvailabilityTarget.FromPercent(99.95m)));
    }

    [Fact]
    public void Parallel_TwoRedundantComponents_IsOneMinusTheProductOfUnavailabilities()
    {
        // 1 - 0.0005^2 = 0.99999975.
        AvailabilityBlock pair = AvailabilityBlock.Parallel(
            "db pair",
            AvailabilityBlock.ComponentFromPercent("db1", 99.95m),
            AvailabilityBlock.ComponentFromPercent("db2", 99.95m));

        Assert.Equal(0.99999975m, pair.Availability);
        Assert.Equal(AvailabilityBlockKind.Parallel, pair.Kind);
    }

    [Fact]
    public void Serial_OfParallelPairs_ComposesExactly()
    {
        // Case 10's platform: load balancer, 2 web/AP servers and 2 DB servers, each pair redundant.
        // web pair: 1 - 0.01^2 = 0.9999; db pair: 1 - 0.001^2 = 0.999999; with the lb 0.9999:
        // 0.9999 x 0.9999 x 0.999999 = 0.99980001 - 0.00000099980001 = 0.99979901019999.
        AvailabilityBlock web = AvailabilityBlock.Parallel("web", AvailabilityBlock.ComponentFromPercent("web1", 99m), AvailabilityBlock.ComponentFromPercent("web2", 99m));
        AvailabilityBlock db = AvailabilityBlock.Parallel("db", AvailabilityBlock.ComponentFromPercent("db1", 99.9m), AvailabilityBlock.ComponentFromPercent("db2", 99.9m));
        AvailabilityBlock platform = AvailabilityBlock.Serial("platform", AvailabilityBlock.ComponentFromRatio("lb", 0.9999m), web, db);

        Assert.Equal(0.9999m * 0.9999m * 0.999999m, platform.Availability);
        Assert.Equal(0.99979901019999m, platform.Availability);
        Assert.Equal(
            "platform: serial(lb 99.99 %, web: parallel(web1 99 %, web2 99 %), db: parallel(db1 99.9 %, db2 99.9 %)) = 99.979901019999 %",
            platform.ToString());
    }

    [Fact]
    public void Serial_ResultBeyond28Places_IsRoundedOnceAtTheEnd()
    {
        AvailabilityBlock half = AvailabilityBlock.ComponentFromRatio("a", 0.5m);
        AvailabilityBlock chain = AvailabilityBlock.Serial("chain", Enumerable.Repeat(half, 40).ToArray());

        // 0.5^40 = 0.0000000000009094947017729282379150390625 needs 40 places: the exact product is rounded once, at 28.
        Assert.Equal(0.0000000000009094947017729282m, chain.Availability);
    }

    [Fact]
    public void Component_Boundaries_AreAccepted()
    {
        Assert.Equal(0m, AvailabilityBlock.ComponentFromPercent("down", 0m).Availability);
        Assert.Equal(1m, AvailabilityBlock.ComponentFromRatio("up", 1m).Availability);
        Assert.Equal("up 100 %", AvailabilityBlock.ComponentFromRatio("up", 1m).ToString());
    }

    [Theory]
    [InlineData("-0.01")]
    [InlineData("100.01")]
    public void ComponentFromPercent_OutOfRange_ThrowsNamingPercent(string percent)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => AvailabilityBlock.ComponentFromPercent("x", decimal.Parse(percent, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal("percent", ex.ParamName);
    }

    [Fact]
    public void ComponentFromRatio_OutOfRange_ThrowsNamingRatio()
    {
        Assert.Equal("ratio", Assert.Throws<ArgumentOutOfRangeException>(() => AvailabilityBlock.ComponentFromRatio("x", 1.01m)).ParamName);
        Assert.Equal("ratio", Assert.Throws<ArgumentOutOfRangeException>(() => AvailabilityBlock.ComponentFromRatio("x", -0.01m)).ParamName);
    }

    [Fact]
    public void Compositions_BadArguments_ThrowNamingTheParameter()
    {
        AvailabilityBlock a = AvailabilityBlock.ComponentFromPercent("a", 99m);

        Assert.Equal("name", Assert.Throws<ArgumentException>(() => AvailabilityBlock.ComponentFromPercent(" ", 99m)).ParamName);
        Assert.Equal("name", Assert.Throws<ArgumentNullException>(() => AvailabilityBlock.Serial(null!, a)).ParamName);
        Assert.Equal("parts", Assert.Throws<ArgumentException>(() => AvailabilityBlock.Serial("s")).ParamName);
        Assert.Equal("parts", Assert.Throws<ArgumentNullException>(() => AvailabilityBlock.Parallel("p", null!)).ParamName);
        Assert.Equal("parts", Assert.Throws<ArgumentNullException>(() => AvailabilityBlock.Parallel("p", a, null!)).ParamName);
        Assert.Equal("target", Assert.Throws<ArgumentNullException>(() => a.Meets(null!)).ParamName);
    }

    private static Gen<AvailabilityBlock[]> Components() =>
        from ratios in Gen.ArrayOf(Gen.Choose(0, 1_000_000).Select(n => n / 1_000_000m))
        where ratios.Length > 0
        select ratios.Select((r, i) => AvailabilityBlock.ComponentFromRatio("c" + i, r)).ToArray();

    [Fact]
    public void Serial_Property_IsAtMostTheWeakestPart()
    {
        PropertyRunner.Run(Components(), parts =>
        {
            AvailabilityBlock serial = AvailabilityBlock.Serial("s", parts);
            Assert.True(serial.Availability <= parts.Min(p => p.Availability), serial.ToString());
            Assert.InRange(serial.Availability, 0m, 1m);
        });
    }

    [Fact]
    public void Parallel_Property_IsAtLeastTheStrongestPart()
    {
        PropertyRunner.Run(Components(), parts =>
        {
            AvailabilityBlock parallel = AvailabilityBlock.Parallel("p", parts);
            Assert.True(parallel.Availability >= parts.Max(p => p.Availability), parallel.ToString());
            Assert.InRange(parallel.Availability, 0m, 1m);
        });
    }

    [Fact]
    public void Compositions_Property_NestingIsAssociativeAndExact()
    {
        var gen = from parts in Components()
                  where parts.Length >= 2
                  from cut in Gen.Choose(1, parts.Length - 1)
                  select (Parts: parts, Cut: cut);
        PropertyRunner.Run(gen, t =>
        {
            AvailabilityBlock[] left = t.Parts.Take(t.Cut).ToArray();
            AvailabilityBlock[] right = t.Parts.Skip(t.Cut).ToArray();

            Assert.Equal(
                AvailabilityBlock.Serial("flat", t.Parts).Availability,
                AvailabilityBlock.Serial("nested", AvailabilityBlock.Serial("l", left), AvailabilityBlock.Serial("r", right)).Availability);
            Assert.Equal(
                AvailabilityBlock.Parallel("flat", t.Parts).Availability,
                AvailabilityBlock.Parallel("nested", AvailabilityBlock.Parallel("l", left), AvailabilityBlock.Parallel("r", right)).Availability);
        });
    }

    [Fact]
    public void Parallel_Property_IsTheComplementOfSerialUnavailabilities()
    {
        PropertyRunner.Run(Components(), parts =>
        {
            // 1 - parallel(a_i) = serial(1 - a_i), exactly.
            AvailabilityBlock[] complements = parts.Select((p, i) => AvailabilityBlock.ComponentFromRatio("u" + i, 1m - p.Availability)).ToArray();
            Assert.Equal(AvailabilityBlock.Serial("s", complements).Exact, Fraction.One - AvailabilityBlock.Parallel("p", parts).Exact);
        });
    }
}
