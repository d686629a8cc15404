using System;
using System.Linq;
using ItsmCore.Classification;
using ItsmCore.Primitives;
using ItsmCore.Sla;
using NodaTime;

namespace ItsmCore.Incidents.Tests.Incidents;

/// <summary>Recording an incident: the first event, the state it gives, and the argument guards.</summary>
public sealed class IncidentRecordTests
{
    [Fact]
    public void Record_Command_SetsEveryFieldAndOneEvent()
    {
        Instant reported = Kit.Friday1600 - Kit.M(10);
        var command = new RecordIncident("Payment API returns 502", "Checkout fails.", Kit.Reporter, ReportingChannel.Monitoring, "high", "medium")
        {
            ReportedAt = reported,
            Service = new ServiceId("payments"),
            ConfigurationItems = [new ConfigurationItemId("lb-01"), new ConfigurationItemId("web-01")],
            Category = CategoryPath.Of("Application", "Payments"),
        };

        Incident incident = Incident.Record(command, Kit.Id, Kit.Desk, Kit.Friday1600, Kit.Standard);

        Assert.Equal(Kit.Id, incident.Id);
        Assert.Equal("Payment API returns 502", incident.Title);
        Assert.Equal("Checkout fails.", incident.Description);
        Assert.Equal(reported, incident.ReportedAt);
        Assert.Equal(Kit.Friday1600, incident.RecordedAt);
        Assert.Equal(Kit.Friday1600, incident.LastEventAt);
        Assert.Equal(Kit.Reporter, incident.ReportedBy);
        Assert.Equal(ReportingChannel.Monitoring, incident.Channel);
        Assert.Equal(new ServiceId("payments"), incident.Service);
        Assert.Equal([new ConfigurationItemId("lb-01"), new ConfigurationItemId("web-01")], incident.ConfigurationItems);
        Assert.Equal(CategoryPath.Of("Application", "Payments"), incident.Category);
        Assert.Equal("High", incident.Impact);
        Assert.Equal("Medium", incident.Urgency);
        Assert.Equal(new Priority(2, "High"), incident.Priority);
        Assert.False(incident.IsPriorityOverridden);
        Assert.Equal(new SeverityLevel(2, "Normal"), incident.Severity);
        Assert.Equal(IncidentStatus.New, incident.Status);
        Assert.Null(incident.AssignmentGroup);
        Assert.Null(incident.Assignee);
        Assert.Null(incident.HoldReason);
        Assert.Null(incident.StatusReason);
        Assert.Null(incident.ResolutionCode);
        Assert.Null(incident.ResolvedAt);
        Assert.Null(incident.ClosedAt);
        Assert.True(incident.IsOpen);
        Assert.True(incident.IsUnresolved);
        Assert.False(incident.IsMajor);
        Assert.Null(incident.MajorIncident);
        Assert.Empty(incident.Comments);
        Assert.Empty(incident.Links);
        Assert.Empty(incident.Escalations);
        Assert.Empty(incident.Tasks);
        Assert.Empty(incident.Communications);
        Assert.Empty(incident.CommunicationExpectations);
        Assert.Empty(incident.Actions);
        Assert.Empty(incident.Workarounds);
        Assert.Same(Kit.Standard, incident.Rules);
        Assert.Equal(1, incident.Version);
        Assert.Equal(0, incident.PersistedVersion);
        IncidentRecorded recorded = Assert.IsType<IncidentRecorded>(Assert.Single(incident.UncommittedEvents));
        Assert.Equal(1, recorded.Version);
        Assert.Equal(Kit.Desk, recorded.Actor);
        Assert.Equal(reported, recorded.ReportedAt);
        Assert.Single(incident.Journal);
    }

    [Fact]
    public void Record_WithoutReportedAt_ReportedWhenRecorded()
    {
        Incident incident = Kit.Record();

        Assert.Equal(Kit.Friday1600, incident.ReportedAt);
    }

    [Fact]
    public void Record_ReportedEarlier_ClocksStartAtReport()
    {
        Instant reported = Kit.Friday1600 - Kit.M(20);

        Incident incident = Kit.Record(reportedAt: reported);

        Assert.All(incident.SlaClocks, c => Assert.Equal(reported, c.StartedAt));
        Assert.Equal(Kit.M(20), incident.Agreement("first-response", Kit.Friday1600).Elapsed);
    }

    [Fact]
    public void Record_StandardRules_StartsEveryClockButTheInterimUpdate()
    {
        Incident incident = Kit.Record();

        Assert.Equal(["first-response", "resolution", "customer-notification"], incident.SlaClocks.Select(c => c.Definition.Id));
        Assert.All(incident.SlaClocks, c => Assert.Equal("High", c.Priority));
        Assert.All(incident.SlaClocks, c => Assert.Null(c.CalendarOverride));
        Assert.Empty(incident.SlaClocksFor(SlaMetric.RecurringUpdate));
        Assert.Equal("resolution", Assert.Single(incident.SlaClocksFor(SlaMetric.Resolution)).Definition.Id);
    }

    [Fact]
    public void Record_BareRules_NoClocks()
    {
        Incident incident = Kit.Record(Kit.Bare);

        Assert.Empty(incident.SlaClocks);
        Assert.Null(incident.NextChangeAt(Kit.Friday1600));
    }

    [Theory]
    [InlineData(null, 2, "Normal")]
    [InlineData(0, 0, "Non-incident")]
    [InlineData(1, 1, "Partial")]
    public void Record_Severity_GivenOrDefault(int? severity, int level, string name)
    {
        Incident incident = Kit.Record(severity: severity);

        Assert.Equal(new SeverityLevel(level, name), incident.Severity);
        Assert.False(incident.IsMajor);
    }

    [Fact]
    public void Record_DefaultSeverityOption_IsUsed()
    {
        IncidentRules rules = Kit.Rules(o => o.DefaultSeverity = 1);

        Assert.Equal(new SeverityLevel(1, "Partial"), Kit.Record(rules).Severity);
    }

    [Fact]
    public void Record_ReportedAfterRecorded_Throws()
    {
        var command = Kit.RecordCommand(reportedAt: Kit.Friday1600 + Duration.Epsilon);

        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Incident.Record(command, Kit.Id, Kit.Desk, Kit.Friday1600, Kit.Standard));

        Assert.Equal("at", ex.ParamName);
    }

    [Fact]
    public void Record_DefaultId_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => Incident.Record(Kit.RecordCommand(), default, Kit.Desk, Kit.Friday1600, Kit.Standard));

        Assert.Equal("id", ex.ParamName);
    }

    [Fact]
    public void Record_NullArguments_Throw()
    {
        Assert.Equal("command", Assert.Throws<ArgumentNullException>(() => Incident.Record(null!, Kit.Id, Kit.Desk, Kit.Friday1600, Kit.Standard)).ParamName);
        Assert.Equal("actor", Assert.Throws<ArgumentNullException>(() => Incident.Record(Kit.RecordCommand(), Kit.Id, null!, Kit.Friday1600, Kit.Standard)).ParamName);
        Assert.Equal("rules", Assert.Throws<ArgumentNullException>(() => Incident.Record(Kit.RecordCommand(), Kit.Id, Kit.Desk, Kit.Friday1600, null!)).ParamName);
    }

    [Fact]
    public void MarkCommitted_AfterRecord_PersistedVersionFollows()
    {
        Incident incident = Kit.Record();

        incident.MarkCommitted(1);

        Assert.Equal(1, incident.PersistedVersion);
        Assert.Empty(incident.UncommittedEvents);
        Assert.Single(incident.Journal);
    }

    [Fact]
    public void NextChangeAt_BeforeReported_Throws()
    {
        Incident incident = Kit.Record();

        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => incident.NextChangeAt(Kit.Friday1600 - Duration.Epsilon));

        Assert.Equal("now", ex.ParamName);
    }

    [Fact]
    public void SlaClocksFor_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => Kit.Record().SlaClocksFor(null!));
    }

    [Fact]
    public void RecordIncident_NamedSteps_SameCommandAsTheSixPositionalArguments()
    {
        // Issue 17, item 14: a readable construction path instead of six positional arguments.
        RecordIncident stepwise = RecordIncident.Titled("VPN down").From(Kit.Reporter, ReportingChannel.Phone).Rated("High", "Medium")
            with { Description = "No tunnel since 09:00." };

        Assert.Equal(new RecordIncident("VPN down", "No tunnel since 09:00.", Kit.Reporter, ReportingChannel.Phone, "High", "Medium"), stepwise);
        Assert.Equal(new Priority(2, "High"), Incident.Record(stepwise, Kit.Id, Kit.Desk, Kit.Friday1600, Kit.Standard).Priority);
    }

    [Fact]
    public void RecordIncident_TitledWithoutRating_RefusedNamingImpactAndUrgency()
    {
        var ex = Assert.Throws<FluentValidation.ValidationException>(
            () => Incident.Record(RecordIncident.Titled("VPN down").From(Kit.Reporter, ReportingChannel.Phone), Kit.Id, Kit.Desk, Kit.Friday1600, Kit.Standard));

        Assert.Equal(["Impact", "Urgency"], ex.Errors.Select(e => e.PropertyName));
    }
}
