using System;
using System.Linq;
using ItsmCore.Primitives;
using ItsmCore.Sla;
using NodaTime;

namespace ItsmCore.Changes.Tests.Schedule;

/// <summary>
/// The change-schedule format's availability budget (<c>availabilityBudget</c> in a settings entry) and measured
/// downtime (<c>measuredDowntime</c>, the <see cref="IMeasuredDowntime"/> port): what the sample holds, what the
/// schedule makes of it, and how bad values are refused with their paths.
/// </summary>
public sealed class ChangeScheduleJsonBudgetTests
{
    private static readonly ConfigurationItemId Monitoring = new("svc-monitoring");

    [Fact]
    public void Read_Sample_HoldsTheBudgetAndTheMeasuredDowntime()
    {
        ChangeScheduleDocument doc = ChangeScheduleJsonTests.Sample();

        Assert.Equal(AvailabilityTarget.FromPercent(99.9m), doc.Settings.AvailabilityBudgets[Monitoring]);
        Assert.Equal("24x7", doc.Settings.ServiceHours[Monitoring].Id);
        Assert.False(doc.Settings.OutageAllowances.ContainsKey(Monitoring));
        Assert.Null(doc.Settings.MeasuredDowntime);
        DowntimeMeasurement measured = doc.MeasuredDowntime.Single();
        Assert.Equal(Monitoring, measured.Service);
        Assert.Equal(new Interval(Instant.FromUtc(2026, 11, 30, 15, 0), Instant.FromUtc(2026, 12, 31, 15, 0)), measured.Period);
        Assert.Equal(Duration.FromMinutes(12), measured.Downtime);
        Assert.NotNull(doc.EffectiveSettings.MeasuredDowntime);
    }

    [Fact]
    public void Write_Sample_WritesTheBudgetAsANumberAndTheMeasurements()
    {
        string written = ChangeScheduleJson.Write(ChangeScheduleJsonTests.Sample());

        Assert.Contains("\"availabilityBudget\": 99.9", written, StringComparison.Ordinal);
        Assert.Contains("\"measuredDowntime\": [", written, StringComparison.Ordinal);
        Assert.Contains("\"downtime\": \"0:00:12:00\"", written, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_DocumentWithoutMeasurements_LeavesThePropertyOut()
    {
        ChangeScheduleDocument doc = ChangeScheduleJsonTests.Sample();
        ChangeScheduleDocument without = With(doc, doc.Settings, []);

        string written = ChangeScheduleJson.Write(without);

        Assert.DoesNotContain("measuredDowntime", written, StringComparison.Ordinal);
        Assert.Equal(without, ChangeScheduleJson.Read(written, ChangeScheduleJsonTests.Resolve));
        Assert.NotEqual(doc, without);
    }

    [Theory]
    [InlineData(32, false)] // December in Tokyo on 24x7: 44,640 min x 0.1 % = 44.64 min, minus 12 measured = 32.64 min left
    [InlineData(33, true)]
    public void ToSchedule_SampleMeasuredDowntime_IsTakenFromTheBudget(int outageMinutes, bool exceeded)
    {
        ChangeSchedule schedule = ChangeScheduleJsonTests.Sample().ToSchedule(Instant.FromUtc(2026, 12, 1, 0, 0));
        var proposed = new ScheduledChange(new ChangeId("CHG-900"), ChangeClass.Fix, new[] { new ConfigurationItemId("if-monitoring") },
            Instant.FromUtc(2026, 12, 20, 0, 0), Instant.FromUtc(2026, 12, 20, 1, 0), Duration.FromMinutes(outageMinutes), Array.Empty<string>());

        bool found = schedule.CheckConflicts(proposed).Any(c => c.Code == ScheduleConflictCode.OutageAllowanceExceeded && c.OtherParty == "svc-monitoring");

        Assert.Equal(exceeded, found);
    }

    [Fact]
    public void ToSchedule_WithoutTheMeasurement_AllowsTheWholeBudget()
    {
        ChangeScheduleDocument doc = ChangeScheduleJsonTests.Sample();
        ChangeSchedule schedule = With(doc, doc.Settings, []).ToSchedule(Instant.FromUtc(2026, 12, 1, 0, 0));
        var proposed = new ScheduledChange(new ChangeId("CHG-900"), ChangeClass.Fix, new[] { new ConfigurationItemId("if-monitoring") },
            Instant.FromUtc(2026, 12, 20, 0, 0), Instant.FromUtc(2026, 12, 20, 1, 0), Duration.FromMinutes(44), Array.Empty<string>());

        Assert.DoesNotContain(schedule.CheckConflicts(proposed), c => c.Code == ScheduleConflictCode.OutageAllowanceExceeded);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("100.01")]
    [InlineData("1e400")]
    [InlineData("\"99.9\"")]
    [InlineData("null")]
    public void Read_BudgetNotAPercentage_IsAProblemAtItsPath(string value)
    {
        ChangeScheduleFormatException e = Refused($$"""{ "item": "svc-monitoring", "serviceHours": "24x7", "availabilityBudget": {{value}} }""", "");

        Assert.Equal("$.settings[0].availabilityBudget", e.Path);
        Assert.Contains("expected a percentage", e.Reason, StringComparison.Ordinal);
        Assert.Single(e.Problems);
    }

    [Fact]
    public void Read_BudgetOfOneHundredPercent_IsAccepted()
    {
        ChangeScheduleDocument doc = Read("""{ "item": "svc-monitoring", "serviceHours": "24x7", "availabilityBudget": 100 }""", "");

        Assert.Equal(AvailabilityTarget.FromPercent(100m), doc.Settings.AvailabilityBudgets[Monitoring]);
    }

    [Fact]
    public void Read_BudgetAndOutageAllowanceOnOneItem_IsAProblemAtTheBudget()
    {
        ChangeScheduleFormatException e = Refused("""{ "item": "svc-monitoring", "serviceHours": "24x7", "outageAllowance": "0:00:10:00", "availabilityBudget": 99.9 }""", "");

        Assert.Equal("$.settings[0].availabilityBudget", e.Path);
        Assert.Contains("mutually exclusive", e.Reason, StringComparison.Ordinal);
        Assert.Single(e.Problems);
    }

    [Fact]
    public void Read_BudgetWithoutServiceHours_IsAProblemAtTheBudget()
    {
        ChangeScheduleFormatException e = Refused("""{ "item": "svc-monitoring", "availabilityBudget": 99.9 }""", "");

        Assert.Equal("$.settings[0].availabilityBudget", e.Path);
        Assert.Contains("needs the item's serviceHours", e.Reason, StringComparison.Ordinal);
        Assert.Single(e.Problems);
    }

    [Fact]
    public void Read_BudgetWithBothProblems_ReportsBoth()
    {
        ChangeScheduleFormatException e = Refused("""{ "item": "svc-monitoring", "outageAllowance": "0:00:10:00", "availabilityBudget": 99.9 }""", "");

        Assert.Equal(new[] { "$.settings[0].availabilityBudget", "$.settings[0].availabilityBudget" }, e.Problems.Select(p => p.Path));
        Assert.Contains("mutually exclusive", e.Problems[0].Reason, StringComparison.Ordinal);
        Assert.Contains("serviceHours", e.Problems[1].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MeasuredDowntimeProblems_ReportsEveryOneWithItsPath()
    {
        const string Measured = """
            , "measuredDowntime": [
                { "service": "svc-monitoring", "start": "2026-12-01T00:00:00Z", "end": "2026-12-01T01:00:00Z", "downtime": "0:01:00:01" },
                { "service": "svc-nowhere", "start": "2026-12-01T00:00:00Z", "end": "2026-12-01T01:00:00Z", "downtime": "0:00:01:00" },
                { "service": "svc-monitoring", "start": "2026-12-02T00:00:00Z", "end": "2026-12-01T00:00:00Z", "downtime": "0:00:00:00" },
                { "service": "svc-monitoring", "start": "2026-12-01T00:00:00Z", "end": "2026-12-02T00:00:00Z", "downtime": "-0:00:01:00", "extra": 1 },
                { "service": "svc-monitoring", "start": "2026-12-01T00:00:00Z", "end": "2026-12-02T00:00:00Z" },
                3 ]
            """;

        ChangeScheduleFormatException e = Refused("""{ "item": "svc-monitoring", "serviceHours": "24x7", "availabilityBudget": 99.9 }""", Measured);

        Assert.Equal(
            new[]
            {
                "$.measuredDowntime[0].downtime", "$.measuredDowntime[1].service", "$.measuredDowntime[2].end",
                "$.measuredDowntime[3].extra", "$.measuredDowntime[3].downtime", "$.measuredDowntime[4].downtime", "$.measuredDowntime[5]",
            },
            e.Problems.Select(p => p.Path));
        Assert.Contains("longer than the measured period", e.Problems[0].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MeasuredDowntimeNotAnArray_IsAProblem()
    {
        ChangeScheduleFormatException e = Refused("""{ "item": "svc-monitoring", "serviceHours": "24x7", "availabilityBudget": 99.9 }""", """, "measuredDowntime": {}""");

        Assert.Equal("$.measuredDowntime", e.Path);
    }

    [Fact]
    public void Constructor_BudgetWithoutServiceHours_Throws()
    {
        ChangeScheduleDocument doc = ChangeScheduleJsonTests.Sample();
        ScheduleSettings settings = doc.Settings.WithAvailabilityBudget(new ConfigurationItemId("svc-backup"), AvailabilityTarget.FromPercent(99m));

        ArgumentException e = Assert.Throws<ArgumentException>(() => With(doc, settings, doc.MeasuredDowntime));

        Assert.Contains("'svc-backup' has an availability budget but no service hours", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_SettingsWithAMeasuredDowntimePort_Throws()
    {
        ChangeScheduleDocument doc = ChangeScheduleJsonTests.Sample();
        ScheduleSettings withPort = new ChangeScheduleDocument(
            doc.CmdbReference, doc.Cmdb, doc.Calendars, doc.Boards, doc.EmergencyBoard, doc.Changes, doc.Blackouts, doc.Settings, [], doc.MeasuredDowntime).EffectiveSettings;

        Assert.NotNull(withPort.MeasuredDowntime);
        Assert.Throws<ArgumentException>(() => With(doc, withPort, []));
    }

    [Fact]
    public void DowntimeMeasurement_DowntimeLongerThanThePeriodOrNegative_Throws()
    {
        Instant start = Instant.FromUtc(2026, 12, 1, 0, 0);

        Assert.Throws<ArgumentException>(() => new DowntimeMeasurement(Monitoring, start, start + Duration.FromHours(1), Duration.FromMinutes(61)));
        Assert.Throws<ArgumentException>(() => new DowntimeMeasurement(Monitoring, start, start + Duration.FromHours(1), Duration.FromMinutes(-1)));
        Assert.Throws<ArgumentException>(() => new DowntimeMeasurement(Monitoring, start, start, Duration.Zero));
        Assert.Equal(Duration.FromHours(1), new DowntimeMeasurement(Monitoring, start, start + Duration.FromHours(1), Duration.FromHours(1)).Downtime);
    }

    private static ChangeScheduleDocument With(ChangeScheduleDocument doc, ScheduleSettings settings, System.Collections.Generic.IEnumerable<DowntimeMeasurement> measured) =>
        new(doc.CmdbReference, doc.Cmdb, doc.Calendars, doc.Boards, doc.EmergencyBoard, doc.Changes, doc.Blackouts, settings, doc.ReleaseFreezes, measured);

    private static string Document(string setting, string rest) => $$"""
        { "format": "itsmcore-change-schedule/1", "cmdb": "../cmdb/case-cmdb.json",
          "calendars": [ { "id": "24x7", "timeZone": "Asia/Tokyo", "weekly": { "monday": ["00:00-24:00"], "tuesday": ["00:00-24:00"],
            "wednesday": ["00:00-24:00"], "thursday": ["00:00-24:00"], "friday": ["00:00-24:00"], "saturday": ["00:00-24:00"], "sunday": ["00:00-24:00"] } } ],
          "settings": [ {{setting}} ]{{rest}} }
        """;

    private static ChangeScheduleDocument Read(string setting, string rest) => ChangeScheduleJson.Read(Document(setting, rest), ChangeScheduleJsonTests.Resolve);

    private static ChangeScheduleFormatException Refused(string setting, string rest) =>
        Assert.Throws<ChangeScheduleFormatException>(() => Read(setting, rest));
}
