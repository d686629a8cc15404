using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using ItsmCore.Calendars;
using ItsmCore.Changes;
using ItsmCore.Primitives;
using ItsmCore.Sla;
using NodaTime;
using NodaTime.Text;

namespace ItsmCore.Docs.Tests;

/// <summary>Checks what docs/changes.md and docs/change-schedule.md say their samples give.</summary>
public sealed class ChangesDocTests
{
    private static readonly DateTimeZone Tokyo = DateTimeZoneProviders.Tzdb["Asia/Tokyo"];

    [Fact]
    public async Task MonthlyCab_2026_MeetsOnTheDocumentedDaysWithTheFebruaryCutOffOnTuesdayThe3rd()
    {
        var cab = (await DocumentRunner.RunAsync("docs/changes.md")).Variable<ChangeAdvisoryBoard>("cab");
        Instant from = Tokyo.AtStartOfDay(new LocalDate(2026, 1, 1)).ToInstant();
        Instant to = Tokyo.AtStartOfDay(new LocalDate(2027, 1, 1)).ToInstant();

        IReadOnlyList<CabMeeting> meetings = cab.MeetingsIn(new Interval(from, to));

        int[][] documented = { new[] { 1, 13 }, new[] { 2, 10 }, new[] { 3, 10 }, new[] { 4, 10 }, new[] { 5, 11 }, new[] { 6, 10 }, new[] { 7, 10 }, new[] { 8, 10 }, new[] { 9, 10 }, new[] { 10, 13 }, new[] { 11, 10 }, new[] { 12, 10 } };
        Assert.Equal(documented.Select(d => new LocalDate(2026, d[0], d[1])), meetings.Select(m => m.Date));
        CabMeeting february = meetings[1];
        Assert.Equal(new LocalDateTime(2026, 2, 3, 14, 0), february.CutOff.InZone(Tokyo).LocalDateTime);
        Assert.Equal(new LocalDateTime(2026, 2, 10, 14, 0), february.Start.InZone(Tokyo).LocalDateTime);
    }

    [Fact]
    public async Task Approvals_BothQuorumsInOneFile_GiveTheDocumentedCounts()
    {
        DocumentRun run = await DocumentRunner.RunAsync("docs/changes.md");

        Assert.Equal(2, run.Variable<ApprovalStep>("technicalReview").Required);
        Assert.Equal(2, run.Variable<ItsmCore.Cmdb.Quorum>("webPool").MinUp(3));
    }

    [Fact]
    public async Task LeadTime_DesiredBeforeEarliest_IsRefusedWithTheDocumentedCodeAndData()
    {
        DocumentRun run = await DocumentRunner.RunAsync("docs/changes.md");

        Outcome<LeadTimeCheck> check = run.Variable<Outcome<LeadTimeCheck>>("check");

        // Fri 20 Nov 2026 17:00 + 5 business days (Mon 23 Nov a holiday) = Mon 30 Nov 17:00 in Tokyo.
        Assert.Equal(new LocalDateTime(2026, 11, 30, 17, 0), run.Variable<Instant>("earliest").InZone(Tokyo).LocalDateTime);
        Refusal refusal = Assert.Single(check.Refusals.Items);
        Assert.Equal("LeadTime.DesiredAt.BeforeEarliestAllowed", refusal.Code);
        Assert.Equal(new[] { "earliestAllowed", "earliestAllowedLocal", "desired", "createdAt", "leadTime" }.Order(), refusal.Data.Items.Select(d => d.Key).Order());
        Assert.Equal("2026-11-30T08:00:00Z", refusal["earliestAllowed"]);
    }

    [Theory]
    [InlineData("2026-11-16T11:00", "2026-11-17T11:00", "2026-11-17T19:00")]
    [InlineData("2026-11-20T17:00", "2026-11-24T17:00", "2026-11-24T19:00")]
    [InlineData("2026-11-21T11:00", "2026-11-25T10:00", "2026-11-25T19:00")]
    [InlineData("2026-11-16T20:00", "2026-11-18T10:00", "2026-11-18T19:00")]
    public async Task LeadTimeTable_OneBusinessDayOnTheSecondLine_IsTheDocumentedInstant(string created, string sameTimeOfDay, string endOfBusinessDay)
    {
        BusinessCalendar secondLine = (await DocumentRunner.RunAsync("docs/changes.md")).Variable<BusinessCalendar>("secondLine");
        var pattern = LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm");
        Instant createdAt = Tokyo.AtStrictly(pattern.Parse(created).Value).ToInstant();

        Instant same = LeadTime.OfBusinessDays(1, secondLine.Id).EarliestFrom(secondLine, createdAt);
        Instant end = LeadTime.OfBusinessDays(1, secondLine.Id, LeadTimePolicy.EndOfBusinessDay).EarliestFrom(secondLine, createdAt);

        Assert.Equal(sameTimeOfDay, pattern.Format(same.InZone(Tokyo).LocalDateTime));
        Assert.Equal(endOfBusinessDay, pattern.Format(end.InZone(Tokyo).LocalDateTime));
    }

    [Fact]
    public async Task Gate_PercentExamples_AreMetAndNotMetAsCommented()
    {
        var gate = (await DocumentRunner.RunAsync("docs/changes.md")).Variable<GoNoGoGate>("gate");
        var measured = new Dictionary<string, decimal>
        {
            ["Customer records count-matched"] = 2000m, ["Top page p95"] = 2.5m, ["P1 incidents on cutover day"] = 0m,
        };

        Assert.Equal(0.5m, GoNoGoGate.Percent(10, 2000));
        Assert.Equal(0.55m, GoNoGoGate.Percent(11, 2000));
        Assert.True(gate.Evaluate(new Dictionary<string, decimal>(measured) { ["Key fields missing"] = GoNoGoGate.Percent(10, 2000) }).IsGo);
        Assert.False(gate.Evaluate(new Dictionary<string, decimal>(measured) { ["Key fields missing"] = GoNoGoGate.Percent(11, 2000) }).IsGo);
    }

    [Fact]
    public async Task ScheduleExample_Web1_IsOnlyDoubleBookedForKimFrom2To3()
    {
        var conflicts = (await DocumentRunner.RunAsync("docs/change-schedule.md")).Variable<IReadOnlyList<ScheduleConflict>>("conflicts");

        ScheduleConflict conflict = Assert.Single(conflicts);
        Assert.Equal(ScheduleConflictCode.AssigneeDoubleBooked, conflict.Code);
        Assert.Equal("kim", conflict.OtherParty);
        Assert.Equal(new Interval(Instant.FromUtc(2026, 3, 2, 2, 0), Instant.FromUtc(2026, 3, 2, 3, 0)), conflict.Interval);
    }
}
