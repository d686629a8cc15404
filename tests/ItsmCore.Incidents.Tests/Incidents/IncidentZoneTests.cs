using System.Linq;
using ItsmCore.Calendars;
using ItsmCore.Primitives;
using ItsmCore.Sla;
using NodaTime;
using static ItsmCore.Incidents.Tests.Incidents.Kit;

namespace ItsmCore.Incidents.Tests.Incidents;

/// <summary>
/// Issue 17, item 13: an incident has a zone, recorded in <see cref="IncidentRecorded.Zone"/> (the command's, by default
/// the calendar zone of the first SLA definition with a target for its priority, else UTC), and its journal shows
/// instants in it; a reader can still choose another zone.
/// </summary>
public sealed class IncidentZoneTests
{
    private static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];

    private static readonly BusinessCalendar LondonOffice =
        BusinessCalendar.CreateBuilder("uk-office", London).WithWeekdayHours("09:00-17:30").Build();

    /// <summary>First attached: a definition on the London calendar with a target for Critical only; then the Tokyo office one.</summary>
    private static IncidentRules LondonFirst { get; } = IncidentRules.Create(
        new IncidentOptions
        {
            SlaDefinitions =
            {
                SlaDefinition.CreateBuilder("uk-response", SlaMetric.FirstResponse)
                    .WithPriority("Critical", null, SlaTarget.Within(Duration.FromMinutes(30), "uk-office")).Build(),
                Single(SlaMetric.Resolution, OnOffice(H(8))),
            },
        },
        BusinessCalendarCatalog.Of(new[] { Always, Office, LondonOffice }));

    [Fact]
    public void Record_NoZoneGiven_TheSlaCalendarsZoneRecordedAndTheJournalShowsIt()
    {
        Incident incident = Record();

        Assert.Equal(Tokyo, incident.Zone);
        Assert.Equal(Tokyo, Assert.IsType<IncidentRecorded>(incident.UncommittedEvents[0]).Zone);
        Assert.StartsWith("#1 Fri 2026-06-05 16:00 (Asia/Tokyo) desk.sato Recorded: ", incident.Journal[0].ToString(), System.StringComparison.Ordinal);
        Assert.StartsWith("#1 Fri 2026-06-05 07:00 (UTC) desk.sato Recorded: ", incident.Journal[0].ToString(DateTimeZone.Utc), System.StringComparison.Ordinal);
        Assert.StartsWith("#1 2026-06-05T07:00:00Z desk.sato Recorded: ", incident.UncommittedEvents[0].ToJournalEntry().ToString(), System.StringComparison.Ordinal);
    }

    [Fact]
    public void Record_FirstDefinitionLacksThePriority_TheZoneOfTheFirstThatHasIt()
    {
        Incident high = Incident.Record(RecordCommand("High", "Medium"), Id, Desk, Friday1600, LondonFirst);
        Incident critical = Incident.Record(RecordCommand("High", "High"), Id, Desk, Friday1600, LondonFirst);

        Assert.Equal(("High", Tokyo), (high.Priority.Name, high.Zone));
        Assert.Equal(("Critical", London), (critical.Priority.Name, critical.Zone));
        Assert.StartsWith("#1 Fri 2026-06-05 08:00 (Europe/London) ", critical.Journal[0].ToString(), System.StringComparison.Ordinal);
    }

    [Fact]
    public void Record_ExplicitZone_WinsOverTheSlaCalendar()
    {
        Incident incident = Incident.Record(RecordCommand() with { Zone = London }, Id, Desk, Friday1600, Standard);

        Assert.Equal(London, incident.Zone);
        Assert.All(incident.Journal, e => Assert.Equal(London, e.Zone));
    }

    [Fact]
    public void Record_NoSlaDefinitions_Utc()
    {
        Incident incident = Incident.Record(RecordCommand(), Id, Desk, Friday1600, Only());

        Assert.Equal(DateTimeZone.Utc, incident.Zone);
        Assert.StartsWith("#1 Fri 2026-06-05 07:00 (UTC) ", incident.Journal[0].ToString(), System.StringComparison.Ordinal);
    }

    [Fact]
    public void ExpectCommunication_FromShownInTheIncidentsZone_AndTheZoneSurvivesARebuild()
    {
        Incident incident = Incident.Record(RecordCommand() with { Zone = London }, Id, Desk, Friday1600, Standard);
        incident.ExpectCommunication(
            new ExpectStakeholderCommunication("status page", StakeholderAudience.Customer, CommunicationDirection.Outbound, OnAlways(M(30))) { From = Friday1600 - M(30) },
            Desk,
            Friday1600 + M(5));

        StakeholderCommunicationExpected expected = Assert.IsType<StakeholderCommunicationExpected>(incident.UncommittedEvents[^1]);
        Assert.Equal(London, expected.Zone);
        Assert.Equal(
            "#2 Fri 2026-06-05 08:05 (Europe/London) desk.sato Communication expected: Expectation: (none) -> status page: Outbound Customer within 30 min on 24x7 from Fri 2026-06-05 07:30 (Europe/London)",
            incident.Journal[^1].ToString());
        Incident rebuilt = Incident.Rebuild(incident.UncommittedEvents, Standard);
        Assert.Equal(London, rebuilt.Zone);
        Assert.Equal(incident.Journal.Select(e => e.ToString()), rebuilt.Journal.Select(e => e.ToString()));
        Assert.Equal(
            "status page: Outbound Customer within 30 min on 24x7 from 2026-06-05T06:30:00Z",
            Assert.Single((expected with { Zone = null }).ToJournalEntry().Changes).To);
    }

    [Fact]
    public void Rebuild_RecordedEventWithoutAZone_Utc()
    {
        Incident live = Record();
        var recorded = (IncidentRecorded)live.UncommittedEvents[0];

        Incident rebuilt = Incident.Rebuild([recorded with { Zone = DateTimeZone.Utc }], Standard);

        Assert.Equal(DateTimeZone.Utc, rebuilt.Zone);
        Assert.Equal(DateTimeZone.Utc, new IncidentRecorded(
            recorded.Incident, 1, recorded.At, recorded.Actor, recorded.Title, recorded.Description, recorded.ReportedAt, recorded.ReportedBy, recorded.Channel,
            recorded.Service, recorded.ConfigurationItems, recorded.Category, recorded.Impact, recorded.Urgency, recorded.Priority, recorded.Severity,
            recorded.SlaAttachments, recorded.SlaCalendar).Zone);
        Assert.Throws<System.ArgumentNullException>(() => recorded with { Zone = null! });
    }
}
