using System;
using System.Linq;
using FluentValidation;
using ItsmCore.Classification;
using ItsmCore.Incidents;
using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Testing.Tests.Incidents;

public sealed class IncidentBuilderTests
{
    private static readonly Instant Friday10Jst = Instant.FromUtc(2026, 11, 20, 1, 0);

    [Fact]
    public void Build_Defaults_RecordsNewMediumIncident()
    {
        Incident incident = Build.Incident().Build();

        Assert.Equal("INC-0001", incident.Id.Value);
        Assert.Equal(IncidentStatus.New, incident.Status);
        Assert.Equal("Medium", incident.Impact);
        Assert.Equal("Medium", incident.Urgency);
        Assert.Equal(3, incident.Priority.Level);
        Assert.Equal(Friday10Jst, incident.ReportedAt);
        Assert.Equal(1, incident.Version);
        Assert.Equal(0, incident.PersistedVersion);
    }

    [Theory]
    [InlineData("Critical", "High", "High")]
    [InlineData("High", "High", "Medium")]
    [InlineData("Planning", "Low", "Low")]
    public void WithPriority_MatrixGivesIt_UsesMostSevereCellWithoutOverride(string priority, string impact, string urgency)
    {
        Incident incident = Build.Incident().WithPriority(priority).Build();

        Assert.Equal(priority, incident.Priority.Name);
        Assert.Equal(impact, incident.Impact);
        Assert.Equal(urgency, incident.Urgency);
        Assert.False(incident.IsPriorityOverridden);
    }

    [Fact]
    public void WithPriority_NoCellGivesIt_OverridesWithJournaledReason()
    {
        PriorityMatrix matrix = PriorityMatrix.CreateBuilder(PriorityScale.Default, ["High", "Low"], ["High", "Low"])
            .Set("High", "High", 1).Set("High", "Low", 2).Set("Low", "High", 2).Set("Low", "Low", 3).Build();
        var options = new IncidentOptions { PriorityMatrix = matrix };
        IncidentRules rules = IncidentRules.Create(options, ItsmCore.Calendars.BusinessCalendarCatalog.Of([TestCalendars.AlwaysOpen(TestCalendars.Zone("Asia/Tokyo"))]));

        Incident incident = Build.Incident().WithRules(rules).WithImpactAndUrgency("Low", "Low").WithPriority("Planning").Build();

        Assert.Equal("Planning", incident.Priority.Name);
        Assert.True(incident.IsPriorityOverridden);
        Assert.Equal("set by the test builder", incident.Journal[^1].Reason);
    }

    [Theory]
    [InlineData(IncidentStatus.Assigned)]
    [InlineData(IncidentStatus.InProgress)]
    [InlineData(IncidentStatus.OnHold)]
    [InlineData(IncidentStatus.Resolved)]
    [InlineData(IncidentStatus.Closed)]
    public void LifecycleSteps_ReachTheStateThroughRealCommandsOneMinuteApart(IncidentStatus target)
    {
        IncidentBuilder builder = Build.Incident().AssignedTo("network", Actor.Of("kim"));
        builder = target switch
        {
            IncidentStatus.InProgress => builder.InProgress(),
            IncidentStatus.OnHold => builder.OnHold(HoldReason.AwaitingCustomer),
            IncidentStatus.Resolved => builder.Resolved(),
            IncidentStatus.Closed => builder.Closed(),
            _ => builder,
        };

        Incident incident = builder.Build();

        Assert.Equal(target, incident.Status);
        Assert.Equal("network", incident.AssignmentGroup);
        Assert.Equal(Friday10Jst + Duration.FromMinutes(incident.Journal.Count - 1), incident.LastEventAt);
        Assert.All(incident.Journal.Zip(incident.Journal.Skip(1)), pair => Assert.Equal(Duration.FromMinutes(1), pair.Second.At - pair.First.At));
    }

    [Fact]
    public void Cancelled_CancelsWithReason()
    {
        Incident incident = Build.Incident().InProgress().Cancelled("Duplicate of INC-0002.").Build();

        Assert.Equal(IncidentStatus.Cancelled, incident.Status);
        Assert.Equal("Duplicate of INC-0002.", incident.StatusReason);
    }

    [Fact]
    public void WithSeverity_Three_DeclaresMajor()
    {
        Incident incident = Build.Incident().WithSeverity(3).Build();

        Assert.True(incident.IsMajor);
        Assert.True(incident.MajorIncident!.Automatic);
    }

    [Fact]
    public void Details_AreRecorded()
    {
        Incident incident = Build.Incident().WithId("INC-42").WithTitle("VPN down").WithDescription("No tunnel.")
            .AffectingService("vpn").AffectingConfigurationItems("fw-1", "fw-2").InCategory("Network/VPN")
            .ReportedBy(Actor.Of("sales"), ReportingChannel.Phone).ReportedAt(Friday10Jst + Duration.FromHours(1)).Build();

        Assert.Equal("INC-42", incident.Id.Value);
        Assert.Equal("VPN down", incident.Title);
        Assert.Equal("No tunnel.", incident.Description);
        Assert.Equal("vpn", incident.Service!.Value.Value);
        Assert.Equal(["fw-1", "fw-2"], incident.ConfigurationItems.Select(c => c.Value));
        Assert.Equal("Network/VPN", incident.Category.ToString());
        Assert.Equal(ReportingChannel.Phone, incident.Channel);
        Assert.Equal("sales", incident.ReportedBy.Id);
    }

    [Fact]
    public void Build_InvalidValue_ThrowsValidationException()
    {
        Assert.Throws<ValidationException>(() => Build.Incident().WithImpactAndUrgency("Huge", "High").Build());
        Assert.Throws<ArgumentException>(() => Build.Incident().WithPriority("P9").Build());
    }
}
