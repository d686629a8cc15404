using System.Linq;
using ItsmCore.Classification;
using ItsmCore.Primitives;
using ItsmCore.Sla;
using NodaTime;
using static ItsmCore.Incidents.Tests.Scenarios.IncidentScenarios;

namespace ItsmCore.Incidents.Tests.Scenarios;

/// <summary>
/// Domain brief, case 4: severity levels 4 security incident, 3 major (service stopped), 2 normal (part of the
/// service stopped), 1 partial (inconvenient defect), 0 non-incident (cosmetic). Level 3 and above is a major incident
/// worked outside business hours (24x7 clock); lower levels run on the business calendar.
/// </summary>
/// <remarks>
/// Choices made here: the same incident (impact High, urgency Medium, so priority 2 High) is recorded on Friday
/// 2026-11-20 at 17:30 JST with each severity. Its resolution target uses case 2's priority targets (Critical and High
/// 4 h, Medium 24 h, Low and Planning 48 h) as the SLA tier on the office calendar (Mon-Fri 09:00-18:00, JP holidays);
/// the default <see cref="MajorIncidentPolicy"/> moves a major incident's clocks onto "24x7". Saturday, Sunday and
/// Monday 2026-11-23 (Labour Thanksgiving Day) are not business days.
/// </remarks>
public sealed class SeverityLevelsScenarioTests
{
    private static readonly SlaDefinition Resolution = SlaDefinition.CreateBuilder("resolution", SlaMetric.Resolution)
        .WithPriority("Critical", null, SlaTarget.Within(H(4), "jp-office"))
        .WithPriority("High", null, SlaTarget.Within(H(4), "jp-office"))
        .WithPriority("Medium", null, SlaTarget.Within(H(24), "jp-office"))
        .WithPriority("Low", null, SlaTarget.Within(H(48), "jp-office"))
        .WithPriority("Planning", null, SlaTarget.Within(H(48), "jp-office"))
        .Build();

    private static readonly IncidentRules DeskRules = Rules(o => o.SlaDefinitions.Add(Resolution));
    private static readonly Actor Desk = Actor.Of("service-desk");
    private static readonly Instant Reported = Jst(2026, 11, 20, 17, 30);

    [Theory]
    [InlineData(0, "Non-incident", false, 2026, 11, 24, 12, 30)]
    [InlineData(1, "Partial", false, 2026, 11, 24, 12, 30)]
    [InlineData(2, "Normal", false, 2026, 11, 24, 12, 30)]
    [InlineData(3, "Major", true, 2026, 11, 20, 21, 30)]
    [InlineData(4, "Security", true, 2026, 11, 20, 21, 30)]
    public void Record_Friday1730_ResolutionDueOnTheBusinessCalendarBelowSeverity3AndOn24x7From3(
        int severity, string name, bool major, int year, int month, int day, int hour, int minute)
    {
        // Below 3: Friday 17:30-18:00 (30 min), then Tuesday 09:00 + 3 h 30 min = 12:30. From 3: 17:30 + 4 h = 21:30.
        Incident incident = RecordWithSeverity(severity);
        Assert.Equal(new SeverityLevel(severity, name), incident.Severity);
        Assert.Equal(new Priority(2, "High"), incident.Priority);
        Assert.Equal(major, incident.IsMajor);

        TieredSlaClock clock = Assert.Single(incident.SlaClocks);
        Assert.Equal(major ? "24x7" : null, clock.CalendarOverride);
        Assert.Equal(major ? "24x7" : "jp-office", clock.Agreement!.Calendar.Id);
        SlaStatus s = clock.Evaluate(Reported).Agreement!.Value;
        Assert.Equal(H(4), s.Target);
        Assert.Equal(Jst(year, month, day, hour, minute), s.DueAt);
        Assert.Equal(Jst(year, month, day, hour, minute) + Duration.Epsilon, incident.NextChangeAt(Reported));
    }

    [Fact]
    public void Record_SameIncidentAtSeverity2And3_DueTuesday1230VersusFriday2130()
    {
        Assert.Equal(Jst(2026, 11, 24, 12, 30), DueAt(RecordWithSeverity(2), Reported));
        Assert.Equal(Jst(2026, 11, 20, 21, 30), DueAt(RecordWithSeverity(3), Reported));

        // Saturday noon: the normal incident has not moved (the office is closed); the major one is breached.
        Incident normal = RecordWithSeverity(2);
        Incident major = RecordWithSeverity(3);
        Instant saturdayNoon = Jst(2026, 11, 21, 12, 0);
        Assert.Equal(M(30), normal.SlaClocks[0].Evaluate(saturdayNoon).Agreement!.Value.Elapsed);
        Assert.Equal(SlaClockState.Running, normal.SlaClocks[0].Evaluate(saturdayNoon).Agreement!.Value.State);
        Assert.Equal(H(18.5), major.SlaClocks[0].Evaluate(saturdayNoon).Agreement!.Value.Elapsed);
        Assert.Equal(SlaClockState.Breached, major.SlaClocks[0].Evaluate(saturdayNoon).Agreement!.Value.State);
        Assert.Equal(Jst(2026, 11, 20, 21, 30) + Duration.Epsilon, major.SlaClocks[0].Evaluate(saturdayNoon).Agreement!.Value.BreachedAt);
    }

    [Fact]
    public void ChangeSeverity_2To3OnSaturday1000_DeclaresMajorAndMovesTheClockOnto24x7KeepingTheFridayHalfHour()
    {
        Incident incident = RecordWithSeverity(2);
        Instant saturday = Jst(2026, 11, 21, 10, 0);
        incident.ChangeSeverity(new ChangeIncidentSeverity(3) { Reason = "Whole service stopped" }, Desk, saturday);

        Assert.True(incident.IsMajor);
        Assert.Equal(new MajorIncidentDeclaration(saturday, Desk, "severity 3 (Major) is at least 3", "Declared by the major-incident policy.", Automatic: true, "24x7"), incident.MajorIncident);
        Assert.Equal(
        [
            "#2 Sat 2026-11-21 10:00 (Asia/Tokyo) service-desk Severity changed: Severity: 2 (Normal) -> 3 (Major) (reason: Whole service stopped)",
            "#3 Sat 2026-11-21 10:00 (Asia/Tokyo) service-desk Major incident declared: Major: no -> yes; Criterion: (none) -> severity 3 (Major) is at least 3; ClockCalendar: (none) -> 24x7 (reason: Declared by the major-incident policy.)",
        ],
        incident.Journal.Skip(1).Select(e => e.ToString()));

        // KeepStart (the default): the 30 min counted on Friday stay; 3 h 30 min remain on 24x7 from Saturday 10:00.
        TieredSlaClock clock = Assert.Single(incident.SlaClocks);
        Assert.Equal("24x7", clock.CalendarOverride);
        SlaStatus s = clock.Evaluate(saturday).Agreement!.Value;
        Assert.Equal(M(30), s.Elapsed);
        Assert.Equal(Jst(2026, 11, 21, 13, 30), s.DueAt);
        Assert.Equal(Jst(2026, 11, 21, 13, 30) + Duration.Epsilon, incident.NextChangeAt(saturday));
    }

    private static Incident RecordWithSeverity(int severity) =>
        Incident.Record(
            new RecordIncident("Order entry fails for some users", "Reported by the sales office.", Actor.Of("sales-office"), ReportingChannel.Portal, "High", "Medium")
            {
                ReportedAt = Reported,
                Severity = severity,
            },
            new IncidentId("INC-20261120-0101"),
            Desk,
            Reported,
            DeskRules);

    private static Instant? DueAt(Incident incident, Instant at) => incident.SlaClocks[0].Evaluate(at).Agreement!.Value.DueAt;
}
