using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using ItsmCore.Classification;
using ItsmCore.Incidents;
using ItsmCore.Primitives;
using ItsmCore.Samples.Host.Incidents;
using ItsmCore.Samples.Host.Storage;
using ItsmCore.Sla;
using NodaTime;

namespace ItsmCore.Samples.Host.Tests;

/// <summary>
/// <see cref="IncidentEventJson"/> over every <see cref="IncidentEvent"/> type: the scripted day's events, the same events
/// with their optional fields filled (an SLA attachment chosen by a target rule, an escalation of a task with its reply
/// target and zone, a task's escalation reply target, the SLA versions of a reopening and of a priority change) and one
/// event of each type the day does not produce. Each is written, read back equal and written again to the same text.
/// </summary>
public sealed class IncidentEventJsonTests
{
    private static readonly Actor Desk = Actor.Of("desk", "Service desk");

    private static Instant T(int hour, int minute) => ScriptedDay.T(hour, minute);

    private static IncidentRecorded RecordedWithRule(out SlaDefinition definition)
    {
        IncidentRecorded recorded = IncidentStreamTests.DayInMemory().OfType<IncidentRecorded>().Single();
        IncidentSlaAttachment first = recorded.SlaAttachments.Items[0];
        definition = first.Definition;
        SlaTargetRule rule = SlaTargetRules.CreateBuilder(definition)
            .DeclareFlag("urgent")
            .DeclareText("requestType", "patch", "upgrade")
            .AddRuleOnCalendar("urgent 24x7", definition.Priorities[^1].Priority, "24x7", SlaCondition.FlagIs("urgent", true), SlaCondition.TextIsOneOf("requestType", "patch", "upgrade"))
            .AddRule("otherwise", definition.Priorities[0].Priority)
            .Build().Rules[0];
        return recorded with
        {
            SlaAttachments = EquatableArray.Create(
            [
                first with { ChosenByRules = true, Rule = rule },
                new IncidentSlaAttachment(definition, T(9, 0)) { ChosenByRules = true },
            ]),
        };
    }

    private static IEnumerable<IncidentEvent> EveryKind()
    {
        IReadOnlyList<IncidentEvent> day = IncidentStreamTests.DayInMemory();
        IncidentRecorded recorded = RecordedWithRule(out _);
        IncidentId id = recorded.Incident;
        Escalation escalation = day.OfType<IncidentEscalated>().First().Escalation;
        var link = new IncidentLink(IncidentLinkKind.Problem, "PRB-1");
        var high = new Priority(2, "High");
        var low = new Priority(4, "Low");
        var ci = EquatableArray.Create([new ConfigurationItemId("db-01")]);

        IncidentEvent[] extra =
        [
            recorded with { Zone = DateTimeZoneProviders.Tzdb["Europe/Paris"] },
            day.OfType<IncidentStatusChanged>().First() with { SlaVersions = recorded.SlaAttachments },
            day.OfType<IncidentEscalated>().First() with
            {
                Escalation = escalation with
                {
                    Task = 3,
                    ReplyWithin = SlaTarget.WithinBusinessDays(1, BusinessDayEnd.EndOfBusinessDay, "tokyo"),
                    ReplyZone = DateTimeZoneProviders.Tzdb["Asia/Tokyo"],
                    AnsweredAt = T(16, 20),
                    Answer = "patched",
                    OverdueFrom = T(16, 1),
                },
            },
            day.OfType<MajorIncidentTaskOpened>().First() with { EscalationReplyWithin = SlaTarget.NextBusinessDayAt(new LocalTime(9, 30), "tokyo") },
            new IncidentDetailsUpdated(id, 30, T(21, 0), Desk, "New title", "New description", new ServiceId("payments"), ci, CategoryPath.Parse("Payments/Card"),
                "Old title", "Old description", null, EquatableArray<ConfigurationItemId>.Empty, default),
            new IncidentPriorityChanged(id, 31, T(21, 1), Desk, "High", "High", high, true, "customer escalation", "Low", "Low", low, false)
            {
                SlaVersions = recorded.SlaAttachments,
            },
            new IncidentSeverityChanged(id, 32, T(21, 2), Desk, new SeverityLevel(1, "Critical"), null, new SeverityLevel(3, "Minor")),
            new IncidentLinked(id, 33, T(21, 3), Desk, link),
            new IncidentUnlinked(id, 34, T(21, 4), Desk, link, "wrong problem"),
            new IncidentWorkaroundNoted(id, 35, T(21, 5), Desk, new ProblemId("PRB-1"), "restart the gateway"),
            new IncidentActionPrepared(id, 36, T(21, 6), Desk, "failover", EquatableArray.Create(["error rate", "queue depth"]), "error rate above 5 %"),
            new IncidentActionDecided(id, 37, T(21, 7), Desk, "failover", true, "error rate 12 %", "above the criterion"),
            new StakeholderCommunicationExpected(id, 38, T(21, 8), Desk, "status page", StakeholderAudience.Customer, CommunicationDirection.Outbound,
                SlaTarget.Within(Duration.FromMinutes(30), "24x7"), T(21, 0)) { Zone = DateTimeZoneProviders.Tzdb["Asia/Tokyo"] },
        ];
        return day.Concat(extra);
    }

    private static StoredEvent Stored(NewEvent row, long version) => new("incident-INC-20261120-0042", version, row.Type, row.SchemaVersion, row.Data);

    [Fact]
    public void WriteRead_EveryIncidentEventType_ReadBackEqualAndWrittenAgainToTheSameText()
    {
        IncidentEvent[] events = EveryKind().ToArray();
        string[] everyType = typeof(IncidentEvent).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(IncidentEvent)) && !t.IsAbstract).Select(t => t.Name).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(everyType, events.Select(e => e.GetType().Name).Distinct().Order(StringComparer.Ordinal));

        foreach (IncidentEvent e in events)
        {
            NewEvent row = IncidentEventJson.Write(e);
            IncidentEvent read = IncidentEventJson.Read(Stored(row, e.Version));
            Assert.Equal(e, read);
            Assert.Equal(row.Data, IncidentEventJson.Write(read).Data);
        }
    }

    [Fact]
    public void WriteRead_AttachmentChosenByARule_TheRuleComesBackWithItsConditionsAndCalendar()
    {
        IncidentRecorded recorded = RecordedWithRule(out SlaDefinition definition);

        var read = (IncidentRecorded)IncidentEventJson.Read(Stored(IncidentEventJson.Write(recorded), recorded.Version));

        SlaTargetRule rule = read.SlaAttachments.Items[0].Rule!;
        Assert.Equal(("urgent 24x7", definition.Priorities[^1].Priority, "24x7"), (rule.Name, rule.Priority, rule.CalendarId));
        Assert.Equal([SlaCondition.FlagIs("urgent", true), SlaCondition.TextIsOneOf("requestType", "patch", "upgrade")], rule.Conditions);
        Assert.Equal((true, (SlaTargetRule?)null), (read.SlaAttachments.Items[1].ChosenByRules, read.SlaAttachments.Items[1].Rule));
    }

    [Theory]
    [InlineData("\"name\":\"urgent 24x7\"", "\"name\":\" urgent\"", "at $.slaAttachments[0]: ", "Rule name")]
    [InlineData("\"flag\":true,\"texts\":[]", "\"flag\":true,\"texts\":[\"x\"]", "at $.slaAttachments[0]: ", "both a flag and texts")]
    [InlineData("\"calendarId\":\"24x7\",\"conditions\"", "\"calendar\":\"24x7\",\"conditions\"", "at $.slaAttachments[0].rule.calendar: ", "'calendar' could not be mapped")]
    [InlineData("\"chosenByRules\":true,\"rule\":{", "\"chosenByRules\":false,\"rule\":{", "at $.slaAttachments[0]: ", "chosenByRules is false")]
    [InlineData("\"effectiveFrom\":", "\"effectiveFrm\":", "at $.slaAttachments[0].effectiveFrm: ", "could not be mapped")]
    public void Read_DamagedAttachment_InvalidDataNamingPathAndReason(string from, string to, string path, string reason)
    {
        IncidentRecorded recorded = RecordedWithRule(out _);
        NewEvent row = IncidentEventJson.Write(recorded);
        Assert.Contains(from, row.Data, StringComparison.Ordinal);

        InvalidDataException ex = Assert.Throws<InvalidDataException>(
            () => IncidentEventJson.Read(Stored(row with { Data = row.Data.Replace(from, to, StringComparison.Ordinal) }, recorded.Version)));

        Assert.True(ex.Message.StartsWith("Stream 'incident-INC-20261120-0042' version 1 (incident.IncidentRecorded) " + path, StringComparison.Ordinal), ex.Message);
        Assert.Contains(reason, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WriteRead_RecordedZone_WrittenAsItsIdAndReadBack_MissingReadsAsUtc()
    {
        IncidentRecorded recorded = IncidentStreamTests.DayInMemory().OfType<IncidentRecorded>().Single();
        Assert.Equal(ScriptedDay.Tokyo, recorded.Zone);
        NewEvent row = IncidentEventJson.Write(recorded);
        Assert.Contains("\"zone\":\"Asia/Tokyo\"", row.Data, StringComparison.Ordinal);

        Assert.Equal(ScriptedDay.Tokyo, ((IncidentRecorded)IncidentEventJson.Read(Stored(row, 1))).Zone);

        // An event stored before incidents had a zone: UTC, as the incident then showed its journal.
        string before = row.Data.Replace(",\"zone\":\"Asia/Tokyo\"", string.Empty, StringComparison.Ordinal);
        Assert.DoesNotContain("zone", before, StringComparison.Ordinal);
        Assert.Equal(DateTimeZone.Utc, ((IncidentRecorded)IncidentEventJson.Read(Stored(row with { Data = before }, 1))).Zone);
        InvalidDataException ex = Assert.Throws<InvalidDataException>(
            () => IncidentEventJson.Read(Stored(row with { Data = row.Data.Replace("\"zone\":\"Asia/Tokyo\"", "\"zone\":\"Asia/Nowhere\"", StringComparison.Ordinal) }, 1)));
        Assert.Contains("at $.zone: ", ex.Message, StringComparison.Ordinal);
        Assert.Contains("unknown time zone 'Asia/Nowhere'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UnknownReplyZone_InvalidDataNamingPathAndZone()
    {
        IncidentEscalated escalated = (IncidentEscalated)EveryKind().First(e => e is IncidentEscalated { Escalation.ReplyZone: not null });
        NewEvent row = IncidentEventJson.Write(escalated);
        Assert.Matches("\"replyZone\":\"[^\"]+\"", row.Data);

        InvalidDataException ex = Assert.Throws<InvalidDataException>(
            () => IncidentEventJson.Read(Stored(row with { Data = Regex.Replace(row.Data, "\"replyZone\":\"[^\"]+\"", "\"replyZone\":\"Asia/Nowhere\"") }, escalated.Version)));

        Assert.Contains("at $.escalation.replyZone: ", ex.Message, StringComparison.Ordinal);
        Assert.Contains("unknown time zone 'Asia/Nowhere'", ex.Message, StringComparison.Ordinal);
    }
}
