using System;
using ItsmCore.Calendars;
using ItsmCore.Testing;
using NodaTime;
using static ItsmCore.Sla.Tests.ServiceLevelFixtures;

namespace ItsmCore.Sla.Tests;

public sealed class AvailabilityReportTests
{
    private static readonly BusinessCalendar Always = BusinessCalendar.AlwaysOpen(DateTimeZone.Utc);
    private static readonly Interval Day = new(Instant.FromUtc(2026, 1, 1, 0, 0), Instant.FromUtc(2026, 1, 2, 0, 0));

    [Fact]
    public void Meets_AvailabilityExactlyAtTarget_IsMet()
    {
        // 24 h at 99 % allows 14 min 24 s.
        var target = AvailabilityTarget.FromPercent(99m);
        Interval down = new(Day.Start, Day.Start + Duration.FromSeconds(864));

        AvailabilityReport report = ServiceAvailability.Measure(Always, Day, new[] { down });

        Assert.Equal(0.99m, report.Availability);
        Assert.True(report.Meets(target));
        Assert.Equal(Duration.FromSeconds(864), report.AllowedDowntime(target));
        Assert.Equal(Duration.Zero, report.RemainingDowntime(target));
    }

    [Fact]
    public void Meets_OneNanosecondMoreDowntime_IsMissedThoughTheRoundedRatioLooksEqual()
    {
        var target = AvailabilityTarget.FromPercent(99m);
        Interval down = new(Day.Start, Day.Start + Duration.FromSeconds(864) + Duration.Epsilon);

        AvailabilityReport report = ServiceAvailability.Measure(Always, Day, new[] { down });

        Assert.False(report.Meets(target));
        Assert.Equal(-Duration.Epsilon, report.RemainingDowntime(target));
        Assert.True(report.Availability < 0.99m);
    }

    [Fact]
    public void Properties_KeepTheInputs()
    {
        Interval planned = new(Day.Start + Duration.FromHours(1), Day.Start + Duration.FromHours(2));

        AvailabilityReport report = ServiceAvailability.Measure(Always, Day, Array.Empty<Interval>(), new[] { planned });

        Assert.Same(Always, report.ServiceHours);
        Assert.Equal(Day, report.Period);
        Assert.Equal(new[] { planned }, report.PlannedDowntime);
        Assert.Empty(report.CountedDowntime);
    }

    [Fact]
    public void ToString_SummarisesTheReport()
    {
        Interval down = new(Day.Start, Day.Start + Duration.FromHours(6));

        AvailabilityReport report = ServiceAvailability.Measure(Always, Day, new[] { down });

        Assert.Equal(
            "75 % of 24:00:00 agreed service time (downtime 6:00:00, planned downtime excluded 0:00:00) in 2026-01-01T00:00:00Z/2026-01-02T00:00:00Z on 24x7 (UTC)",
            report.ToString());
    }

    [Fact]
    public void TargetMembers_NullTarget_ThrowNamingTarget()
    {
        AvailabilityReport report = ServiceAvailability.Measure(Always, Day, Array.Empty<Interval>());

        Assert.Equal("target", Assert.Throws<ArgumentNullException>(() => report.Meets(null!)).ParamName);
        Assert.Equal("target", Assert.Throws<ArgumentNullException>(() => report.AllowedDowntime(null!)).ParamName);
        Assert.Equal("target", Assert.Throws<ArgumentNullException>(() => report.RemainingDowntime(null!)).ParamName);
    }

    [Fact]
    public void AgreedServiceTimeBefore_Case3_CountsServiceTimeLessPlannedDowntime()
    {
        AvailabilityReport report = ServiceAvailability.MeasureMonth(SalesServiceHours(withMaintenanceClosure: false), new YearMonth(2026, 11), Array.Empty<Interval>(), new[] { Between(7.November(2026).At(18, 0), 7.November(2026).At(23, 0)) });

        Assert.Equal(Duration.Zero, report.AgreedServiceTimeBefore(report.Period.Start));
        Assert.Equal(Duration.FromHours(91), report.AgreedServiceTimeBefore(At(9.November(2026).At(0, 0))));
        Assert.Equal(report.AgreedServiceTime, report.AgreedServiceTimeBefore(report.Period.End));
    }

    [Fact]
    public void Meets_Property_AgreesWithIsMetByOfTheTarget()
    {
        var gen = FsCheck.Fluent.Gen.Zip(OutageScenarios(), Percents());
        PropertyRunner.Run(gen, t =>
        {
            var (s, percent) = t;
            var target = AvailabilityTarget.FromPercent(percent);
            AvailabilityReport report = ServiceAvailability.Measure(s.Calendar, s.Period, s.Outages, s.Planned);

            Assert.Equal(target.IsMetBy(report.AgreedServiceTime, report.Downtime), report.Meets(target));
            Assert.Equal(report.Downtime <= report.AllowedDowntime(target), report.Meets(target));
        });
    }
}
