using System.Text.Json;

namespace ItsmCore.Cli.Tests;

// Domain brief cases 6 and 7, worked by hand:
// 99.95 % of 365 days = 0.05 % x 8760 h = 4.38 h = 4 h 22 min 48 s; 99 % of a 30-day month = 7.2 h = 7 h 12 min.
// Serial 99.99 x 99.99 x 99.95 = 0.9998 0001 x 0.9995 = 0.999300109995 -> 99.9300109995 %.
// SLO 99.9 % over 30 days: budget 0.1 % x 720 h = 43 min 12 s; after 25 min of downtime 18 min 12 s remain,
// 1092 / 2592 = 42.13 % < 50 %: freeze; after 20 min, 23 min 12 s = 53.70 % remain: releases go on.
public sealed class ServiceLevelCommandTests
{
    [Fact]
    public void Allowed_9995_IsAbout438HoursAYear()
    {
        Tool.Result r = Tool.Run("availability", "allowed", "99.95");

        Assert.Equal(0, r.ExitCode);
        Assert.Contains("year (365 days)  365d", r.Output, System.StringComparison.Ordinal);
        Assert.Contains("4h 22m 48s", r.Output, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Allowed_99_IsSevenPointTwoHoursIn30Days()
    {
        Tool.Result r = Tool.Run("availability", "allowed", "99%", "--json");

        using JsonDocument json = JsonDocument.Parse(r.Output);
        JsonElement month30 = json.RootElement.GetProperty("periods")[2];
        Assert.Equal("month (30 days)", month30.GetProperty("period").GetString());
        Assert.Equal("0:07:12:00", month30.GetProperty("allowedDowntime").GetString());
    }

    [Fact]
    public void Allowed_WithServiceHours_UsesTheMonthsWorkingTime()
    {
        // November 2026 on jp-office: 21 weekdays less Culture Day (3rd) and the 23rd = 19 days of 8 h, less the 1 h closure = 151 h;
        // 1 % of 151 h = 1 h 30 min 36 s.
        Tool.Result r = Tool.Run("availability", "allowed", "99", "--calendar", Tool.JpOffice, "--month", "2026-11", "--json");

        using JsonDocument json = JsonDocument.Parse(r.Output);
        JsonElement november = json.RootElement.GetProperty("periods")[3];
        Assert.Equal("6:07:00:00", november.GetProperty("serviceTime").GetString());
        Assert.Equal("0:01:30:36", november.GetProperty("allowedDowntime").GetString());
    }

    [Fact]
    public void Serial_ThreeComponents_BoundsThePlatform()
    {
        Tool.Result r = Tool.Run("availability", "serial", "lb=99.99", "web=99.99", "db=99.95", "--json");

        using JsonDocument json = JsonDocument.Parse(r.Output);
        Assert.Equal(0, r.ExitCode);
        Assert.Equal(99.9300109995m, json.RootElement.GetProperty("availabilityPercent").GetDecimal());
    }

    [Fact]
    public void Serial_BelowTheTarget_ExitsOne()
    {
        Tool.Result r = Tool.Run("availability", "serial", "99.99", "99.99", "99.95", "--target", "99.95");

        Assert.Equal(1, r.ExitCode);
        Assert.Contains("does NOT meet the target 99.95 %", r.Output, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Parallel_TwoNinetyNines_IsFourNines()
    {
        Tool.Result r = Tool.Run("availability", "parallel", "99", "99", "--json");

        using JsonDocument json = JsonDocument.Parse(r.Output);
        Assert.Equal(99.99m, json.RootElement.GetProperty("availabilityPercent").GetDecimal());
    }

    [Fact]
    public void Budget_LessThanHalfLeft_FreezesAndExitsOne()
    {
        Tool.Result r = Tool.Run("budget", "--objective", "99.9", "--downtime", "25m", "--json");

        using JsonDocument json = JsonDocument.Parse(r.Output);
        Assert.Equal(1, r.ExitCode);
        Assert.Equal("0:00:43:12", json.RootElement.GetProperty("allowedDowntime").GetString());
        Assert.Equal("0:00:18:12", json.RootElement.GetProperty("remainingDowntime").GetString());
        Assert.True(json.RootElement.GetProperty("freezeFeatureReleases").GetBoolean());
        Assert.Equal("error-budget.freeze-feature-releases", json.RootElement.GetProperty("code").GetString());
        Assert.InRange(json.RootElement.GetProperty("remainingPercent").GetDecimal(), 42.12m, 42.13m);
    }

    [Fact]
    public void Budget_MoreThanHalfLeft_ReleasesGoOn()
    {
        Tool.Result r = Tool.Run("budget", "--objective", "99.9", "--downtime", "20m");

        Assert.Equal(0, r.ExitCode);
        Assert.Contains("remaining         23m 12s", r.Output, System.StringComparison.Ordinal);
        Assert.Contains("releases go on", r.Output, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Budget_EventBased_CountsBadEvents()
    {
        // 99.9 % of 100000 requests allows 100 failures; 30 failed, 70 % left.
        Tool.Result r = Tool.Run("budget", "--objective", "99.9", "--events", "100000", "--bad", "30", "--json");

        using JsonDocument json = JsonDocument.Parse(r.Output);
        Assert.Equal(0, r.ExitCode);
        Assert.Equal(100m, json.RootElement.GetProperty("allowedBadEvents").GetDecimal());
        Assert.Equal(70m, json.RootElement.GetProperty("remainingPercent").GetDecimal());
    }

    [Fact]
    public void Budget_DowntimeLongerThanThePeriod_IsBadInput()
    {
        Tool.Result r = Tool.Run("budget", "--objective", "99.9", "--downtime", "31d");

        Assert.Equal(2, r.ExitCode);
        Assert.Contains("--downtime: is longer than the period's service time", r.Error, System.StringComparison.Ordinal);
    }
}
