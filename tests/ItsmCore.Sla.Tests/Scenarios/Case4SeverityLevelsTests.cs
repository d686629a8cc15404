using System;
using NodaTime;
using static ItsmCore.Sla.Tests.Sla;

namespace ItsmCore.Sla.Tests.Scenarios;

/// <summary>
/// Domain brief, case 4: severity levels 4 security incident, 3 major (service stopped), 2 normal (part of the
/// service stopped), 1 partial (inconvenient defect), 0 non-incident (cosmetic). Level 3 and above is a major
/// incident worked outside business hours (24x7 clock); lower levels run on the business calendar.
/// </summary>
/// <remarks>
/// Choices made here: the definition's priorities are the levels "4".."1"; the targets are case 3's initial-response
/// targets (major 4 h for levels 4 and 3, moderate 24 h for level 2, minor 48 h for level 1), the agreement tier; the
/// business calendar is the office calendar (Mon-Fri 09:00-18:00 Asia/Tokyo, JP holidays). Level 0 is not an
/// incident, so the definition has no such priority and starting a clock for it is refused.
/// </remarks>
public sealed class Case4SeverityLevelsTests
{
    private static readonly SlaDefinition Severity = SlaDefinition.CreateBuilder("incident-initial-response", SlaMetric.FirstResponse)
        .WithPriority("4", null, SlaTarget.Within(H(4), "24x7"))
        .WithPriority("3", null, SlaTarget.Within(H(4), "24x7"))
        .WithPriority("2", null, SlaTarget.Within(H(24), "jp-office"))
        .WithPriority("1", null, SlaTarget.Within(H(48), "jp-office"))
        .Build();

    // Friday 2026-11-20 16:00; Saturday, Sunday and Monday 2026-11-23 (Labour Thanksgiving Day) are not business days.
    private static readonly Instant Reported = Jst(2026, 11, 20, 16, 0);

    [Theory]
    [InlineData("4", 2026, 11, 20, 20, 0)]
    [InlineData("3", 2026, 11, 20, 20, 0)]
    [InlineData("2", 2026, 11, 26, 13, 0)]
    [InlineData("1", 2026, 12, 1, 10, 0)]
    public void Case4_SameIncidentAtEachLevel_DueInstantsDifferAcrossTheWeekend(string level, int year, int month, int day, int hour, int minute)
    {
        // Levels 4 and 3: 4 h on 24x7, Friday 20:00. Level 2: Fri 16-18 (2 h) + Tue 9 h + Wed 9 h + Thu 4 h = Thursday
        // 13:00. Level 1: 2 + 9 x 5 (Tue-Fri, Mon 30) + 1 h = Tuesday 2026-12-01 10:00.
        SlaStatus s = TieredSlaClock.Start(Severity, level, Reported, ScenarioCalendars.Catalog).Evaluate(Reported).Agreement!.Value;
        Assert.Equal(Jst(year, month, day, hour, minute), s.DueAt);
    }

    [Fact]
    public void Case4_Level2RaisedToLevel3OnSaturday_MovesOntoThe24x7Clock()
    {
        // 2 working hours counted on Friday; raised to major on Saturday 10:00 (KeepStart, the default): 4 h on 24x7
        // with 2 h already used, due Saturday 12:00 instead of the following Thursday.
        TieredSlaClock clock = TieredSlaClock.Start(Severity, "2", Reported, ScenarioCalendars.Catalog)
            .ChangePriority(Jst(2026, 11, 21, 10, 0), "3", ScenarioCalendars.Catalog);
        SlaStatus s = clock.Evaluate(Jst(2026, 11, 21, 10, 0)).Agreement!.Value;
        Assert.Equal(H(2), s.Elapsed);
        Assert.Equal(Jst(2026, 11, 21, 12, 0), s.DueAt);
        Assert.Same(AlwaysOpen, clock.Agreement!.Calendar);
    }

    [Fact]
    public void Case4_Level0_IsNotAnIncidentAndHasNoClock()
    {
        Assert.False(Severity.HasPriority("0"));
        var e = Assert.Throws<ArgumentException>(() => TieredSlaClock.Start(Severity, "0", Reported, ScenarioCalendars.Catalog));
        Assert.Contains("Known priorities: 4, 3, 2, 1.", e.Message, StringComparison.Ordinal);
    }
}
