using System.Linq;
using ItsmCore.Classification;
using ItsmCore.Primitives;
using ItsmCore.Sla;
using NodaTime;
using static ItsmCore.Incidents.Tests.Scenarios.IncidentScenarios;

namespace ItsmCore.Incidents.Tests.Scenarios;

/// <summary>
/// Domain brief, case 5: service desk priority targets high 2 h, medium 4 h, low 8 h, on the business calendar.
/// </summary>
/// <remarks>
/// Choices made here: the desk uses a three-level scale High, Medium, Low (level 1 most urgent) and this impact x
/// urgency matrix (impacts and urgencies High, Medium, Low):
/// <code>
///                 urgency High    Medium  Low
///   impact High           High    High    Medium
///   impact Medium         High    Medium  Low
///   impact Low            Medium  Low     Low
/// </code>
/// The targets are the internal objective of the resolution metric on the office calendar (Mon-Fri 09:00-18:00
/// Asia/Tokyo, JP holidays). Incidents are recorded on Wednesday 2026-11-25 at 14:00 JST.
/// </remarks>
public sealed class ServiceDeskPriorityTargetsScenarioTests
{
    private static readonly PriorityMatrix DeskMatrix =
        PriorityMatrix.CreateBuilder(PriorityScale.Create(PriorityOrder.OneIsMostUrgent, "High", "Medium", "Low"), ["High", "Medium", "Low"], ["High", "Medium", "Low"])
            .Set("High", "High", "High").Set("High", "Medium", "High").Set("High", "Low", "Medium")
            .Set("Medium", "High", "High").Set("Medium", "Medium", "Medium").Set("Medium", "Low", "Low")
            .Set("Low", "High", "Medium").Set("Low", "Medium", "Low").Set("Low", "Low", "Low")
            .Build();

    private static readonly Actor Desk = Actor.Of("service-desk");
    private static readonly Instant Recorded = Jst(2026, 11, 25, 14, 0);

    [Theory]
    [InlineData("High", "High", 1, "High", 2026, 11, 25, 16, 0)]
    [InlineData("Medium", "Medium", 2, "Medium", 2026, 11, 25, 18, 0)]
    [InlineData("Medium", "Low", 3, "Low", 2026, 11, 26, 13, 0)]
    public void Record_Wednesday1400_ResolutionDueByPriority(string impact, string urgency, int level, string priority, int year, int month, int day, int hour, int minute)
    {
        // High: 14:00 + 2 h. Medium: 14:00 + 4 h = closing time. Low: 4 h on Wednesday, 4 h on Thursday from 09:00.
        Incident incident = Record(SlaTargetChangePolicy.KeepStart, impact, urgency);
        Assert.Equal(new Priority(level, priority), incident.Priority);
        SlaStatus s = Assert.Single(incident.SlaClocks).Evaluate(Recorded).Objective!.Value;
        Assert.Equal(Jst(year, month, day, hour, minute), s.DueAt);
        Assert.Equal(SlaClockState.Running, s.State);
    }

    [Theory]
    [InlineData(SlaTargetChangePolicy.KeepStart, 15, 0, 60, 2026, 11, 25, 16, 0)]
    [InlineData(SlaTargetChangePolicy.Restart, 15, 0, 0, 2026, 11, 25, 17, 0)]
    [InlineData(SlaTargetChangePolicy.Restart, 16, 30, 0, 2026, 11, 26, 9, 30)]
    public void ChangePriority_LowToHigh_DueAtUnderThePolicy(SlaTargetChangePolicy policy, int changeHour, int changeMinute, int elapsedMinutes, int year, int month, int day, int hour, int minute)
    {
        // KeepStart: 2 h from 14:00 with the hour already counted. Restart: a fresh 2 h from the change; from 16:30 that is
        // 1 h 30 min on Wednesday and 30 min on Thursday.
        Instant change = Jst(2026, 11, 25, changeHour, changeMinute);
        Incident incident = RaiseToHigh(policy, change);
        SlaStatus s = incident.SlaClocks[0].Evaluate(change).Objective!.Value;
        Assert.Equal(SlaClockState.Running, s.State);
        Assert.Equal(H(2), s.Target);
        Assert.Equal(M(elapsedMinutes), s.Elapsed);
        Assert.Equal(Jst(year, month, day, hour, minute), s.DueAt);
        Assert.Equal(Jst(year, month, day, hour, minute) + Duration.Epsilon, incident.NextChangeAt(change));
    }

    [Fact]
    public void ChangePriority_LowToHighAt1630WithKeepStart_IsBreachedAtTheChange()
    {
        // 2 h 30 min already counted against a 2 h target measured from 14:00: breached at the instant of the change.
        Instant change = Jst(2026, 11, 25, 16, 30);
        Incident incident = RaiseToHigh(SlaTargetChangePolicy.KeepStart, change);
        SlaStatus s = incident.SlaClocks[0].Evaluate(change).Objective!.Value;
        Assert.Equal(SlaClockState.Breached, s.State);
        Assert.Equal(change, s.BreachedAt);
        Assert.Equal(H(2.5), s.Elapsed);
        Assert.Equal(-M(30), s.Remaining);
        Assert.Null(incident.NextChangeAt(change));

        SlaTargetChange recorded = Assert.Single(Assert.Single(incident.SlaClocks[0].Objective!.Cycles).TargetChanges);
        Assert.Equal(
            new SlaTargetChange(change, SlaTarget.Within(H(8), "jp-office"), SlaTarget.Within(H(2), "jp-office"), SlaTargetChangePolicy.KeepStart, H(8), H(2), H(2.5), H(2.5), null),
            recorded);
    }

    [Fact]
    public void ChangePriority_LowToHigh_IsJournaledWithTheMatrixInputsAndTheReason()
    {
        Incident incident = RaiseToHigh(SlaTargetChangePolicy.KeepStart, Jst(2026, 11, 25, 16, 30));
        Assert.Equal(
        [
            "#1 Wed 2026-11-25 14:00 (Asia/Tokyo) service-desk Recorded: Title: (none) -> Shared drive slow for the accounting team; Status: (none) -> New; Impact: (none) -> Medium; Urgency: (none) -> Low; Priority: (none) -> 3 (Low); Severity: (none) -> 2 (Normal)",
            "#2 Wed 2026-11-25 16:30 (Asia/Tokyo) service-desk Priority changed: Urgency: Low -> High; Priority: 3 (Low) -> 1 (High) (reason: Month-end closing blocked)",
        ],
        incident.Journal.Select(e => e.ToString()));
        Assert.False(incident.IsPriorityOverridden);
    }

    private static Incident RaiseToHigh(SlaTargetChangePolicy policy, Instant at)
    {
        Incident incident = Record(policy, "Medium", "Low");
        incident.ChangePriority(new ChangeIncidentPriority { Urgency = "High", Reason = "Month-end closing blocked" }, Desk, at);
        Assert.Equal(new Priority(1, "High"), incident.Priority);
        return incident;
    }

    private static Incident Record(SlaTargetChangePolicy policy, string impact, string urgency)
    {
        SlaDefinition targets = SlaDefinition.CreateBuilder("service-desk-resolution", SlaMetric.Resolution)
            .WithTargetChangePolicy(policy)
            .WithPriority("High", SlaTarget.Within(H(2), "jp-office"), null)
            .WithPriority("Medium", SlaTarget.Within(H(4), "jp-office"), null)
            .WithPriority("Low", SlaTarget.Within(H(8), "jp-office"), null)
            .Build();
        IncidentRules rules = Rules(o =>
        {
            o.PriorityMatrix = DeskMatrix;
            o.SlaDefinitions.Add(targets);
        });
        return Incident.Record(
            new RecordIncident("Shared drive slow for the accounting team", "Opening files takes minutes.", Actor.Of("accounting"), ReportingChannel.Email, impact, urgency)
            {
                ReportedAt = Recorded,
            },
            new IncidentId("INC-20261125-0007"),
            Desk,
            Recorded,
            rules);
    }
}
