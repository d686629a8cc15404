using System;
using NodaTime;
using static ItsmCore.Sla.Tests.Sla;

namespace ItsmCore.Sla.Tests.Reporting;

/// <summary>Durations and targets in explanations and reports are written as people write them.</summary>
public sealed class HumanTextTests
{
    [Theory]
    [InlineData(0L, "0 min")]
    [InlineData(30L * 60, "30 min")]
    [InlineData(4L * 3600, "4 h")]
    [InlineData((3600L) + (30 * 60), "1 h 30 min")]
    [InlineData((2L * 86400) + (4 * 3600), "2 d 4 h")]
    [InlineData((14L * 60) + 15, "14 min 15 s")]
    [InlineData(-(45L * 60), "-45 min")]
    public void HumanDuration_WholeSeconds_LargestUnitFirst(long seconds, string expected)
    {
        Assert.Equal(expected, SlaTarget.HumanDuration(Duration.FromSeconds(seconds)));
    }

    [Fact]
    public void HumanDuration_Fractions_AreOnTheSeconds()
    {
        Assert.Equal("0.5 s", SlaTarget.HumanDuration(Duration.FromMilliseconds(500)));
        Assert.Equal("1 h 0.000000001 s", SlaTarget.HumanDuration(Duration.FromHours(1) + Duration.Epsilon));
    }

    [Fact]
    public void Describe_EachKind_ReadsAsWritten()
    {
        Assert.Equal("30 min on 24x7", SlaTarget.Within(M(30), "24x7").Describe());
        Assert.Equal("4 h on jp-office", SlaTarget.Within(H(4), "jp-office").Describe());
        Assert.Equal("1 business day on jp-office", SlaTarget.WithinBusinessDays(1, BusinessDayEnd.SameTimeOfDay, "jp-office").Describe());
        Assert.Equal("5 business days on jp-office", SlaTarget.WithinBusinessDays(5, BusinessDayEnd.SameTimeOfDay, "jp-office").Describe());
        Assert.Equal("2 business days, end of day on jp-office", SlaTarget.WithinBusinessDays(2, BusinessDayEnd.EndOfBusinessDay, "jp-office").Describe());
        Assert.Equal("end of business day on jp-office", SlaTarget.WithinBusinessDays(0, BusinessDayEnd.EndOfBusinessDay, "jp-office").Describe());
        Assert.Equal("next business day at 09:00 on jp-office", SlaTarget.NextBusinessDayAt(new LocalTime(9, 0), "jp-office").Describe());

        // ToString keeps the exact form (journals and messages rely on it).
        Assert.Equal("0:00:30:00 working time on '24x7'", SlaTarget.Within(M(30), "24x7").ToString());
    }

    [Fact]
    public void Explain_ToString_LocalInstantsAndHumanDurations()
    {
        // Friday 2026-11-27 16:30 Tokyo, 4 h, paused 17:00 until Monday 10:00, explained Monday 11:00.
        SlaClock clock = SlaClock.Start(SlaTarget.Within(H(4), "jp-office"), Office, Jst(2026, 11, 27, 16, 30))
            .Pause(Jst(2026, 11, 27, 17, 0), "awaiting customer").Resume(Jst(2026, 11, 30, 10, 0));
        string text = clock.Explain(Jst(2026, 11, 30, 11, 0)).ToString();
        string[] lines = text.Split('\n');

        Assert.Equal("SLA clock at Mon 2026-11-30 11:00:00 (Asia/Tokyo): Running, cycle 1 started Fri 2026-11-27 16:30:00, target 4 h on jp-office (budget 4 h)", lines[0]);
        Assert.Equal("elapsed 1 h 30 min = carried over 0 min + 30 min + 1 h", lines[1]);
        Assert.Equal("paused Fri 2026-11-27 17:00:00 - Mon 2026-11-30 10:00:00: awaiting customer", lines[2]);
        Assert.Contains("due Mon 2026-11-30 13:30:00, breached -\n", text, StringComparison.Ordinal);
    }
}
