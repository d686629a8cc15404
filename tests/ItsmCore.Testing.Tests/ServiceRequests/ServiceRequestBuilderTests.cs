using System;
using System.Linq;
using ItsmCore.Primitives;
using ItsmCore.ServiceRequests;
using NodaTime;

namespace ItsmCore.Testing.Tests.ServiceRequests;

public sealed class ServiceRequestBuilderTests
{
    [Fact]
    public void Build_Defaults_SubmitsAnAccountChangeWithARunningClock()
    {
        ServiceRequest request = Build.ServiceRequest().Build();

        Assert.Equal("SR-0001", request.Id.Value);
        Assert.Equal(Build.AccountChangeTypeId, request.Type.Id);
        Assert.Equal(ServiceRequestStatus.Submitted, request.Status);
        Assert.Equal(Instant.FromUtc(2026, 11, 20, 1, 0), request.SubmittedAt);
        Assert.NotNull(request.FulfilmentClock);
        Assert.Single(request.UncommittedEvents);
    }

    [Theory]
    [InlineData(ServiceRequestStatus.AwaitingApproval)]
    [InlineData(ServiceRequestStatus.Approved)]
    [InlineData(ServiceRequestStatus.Rejected)]
    [InlineData(ServiceRequestStatus.Assigned)]
    [InlineData(ServiceRequestStatus.InFulfilment)]
    [InlineData(ServiceRequestStatus.OnHold)]
    [InlineData(ServiceRequestStatus.Fulfilled)]
    [InlineData(ServiceRequestStatus.Closed)]
    [InlineData(ServiceRequestStatus.Cancelled)]
    public void Build_Status_ReachesItThroughTheCommandsAndRebuildsEqual(ServiceRequestStatus status)
    {
        ServiceRequestBuilder builder = Build.ServiceRequest().OfType(Build.OsConfigurationTypeId).WithId("SR-0042");
        builder = status switch
        {
            ServiceRequestStatus.AwaitingApproval => builder,
            ServiceRequestStatus.Approved => builder.Approved(),
            ServiceRequestStatus.Rejected => builder.Rejected(),
            ServiceRequestStatus.Assigned => builder.AssignedTo("unix-team", Actor.Of("hanako")),
            ServiceRequestStatus.InFulfilment => builder.InFulfilment(),
            ServiceRequestStatus.OnHold => builder.OnHold(ServiceRequestHoldReason.AwaitingSupplier),
            ServiceRequestStatus.Fulfilled => builder.Fulfilled(),
            ServiceRequestStatus.Closed => builder.Closed(),
            _ => builder.Cancelled(),
        };

        ServiceRequest request = builder.Build();

        Assert.Equal(status, request.Status);
        Assert.Equal("SR-0042", request.Id.Value);
        Assert.Equal(request.UncommittedEvents.Count, request.Version);
        Assert.All(request.UncommittedEvents.Skip(1), e => Assert.True(e.At > request.SubmittedAt || e.Actor == Actor.System));
        AggregateAssert.RebuildEqualsLive<ServiceRequest, ServiceRequestEvent>(request, h => ServiceRequest.Rebuild(h, Build.DefaultServiceRequestRules));
    }

    [Fact]
    public void Build_WithPriorityHighOnTheNextBusinessDay_SubmitsAnExpeditedRequest()
    {
        // Submitted Friday 20 November 2026 10:00 JST; Monday 23 is a holiday, so the next business day is Tuesday 24.
        Instant tuesdayTen = Instant.FromUtc(2026, 11, 24, 1, 0);
        ServiceRequest request = Build.ServiceRequest().OfType(Build.OsConfigurationTypeId).WithPriority(ServiceRequestPriorities.High, tuesdayTen).Approved().Build();

        Assert.Equal(ServiceRequestPriorities.High, request.Priority);
        Assert.Equal(tuesdayTen, request.DesiredAt);
        Assert.True(request.Schedule.Expedited);
        DomainRuleException e = Assert.Throws<DomainRuleException>(
            () => Build.ServiceRequest().OfType(Build.OsConfigurationTypeId).WithPriority(ServiceRequestPriorities.High, tuesdayTen - Duration.FromMinutes(1)).Build());
        Assert.Equal("LeadTime.DesiredAt.BeforeEarliestAllowed", e.Code);
    }

    [Fact]
    public void Build_AssignedToWithAPerson_AssignsThemAndTheyFulfil()
    {
        Actor hanako = Actor.Of("hanako");
        ServiceRequest request = Build.ServiceRequest().AssignedTo("unix-team", hanako).Fulfilled().Build();

        Assert.Equal("unix-team", request.AssignmentGroup);
        Assert.Equal(hanako, request.Assignee);
        Assert.Equal(hanako, request.FulfilmentNotes.Single().FulfilledBy);
    }

    [Fact]
    public void Build_ApprovalStateForATypeWithoutApproval_ThrowsInvalidOperation()
    {
        InvalidOperationException e = Assert.Throws<InvalidOperationException>(() => Build.ServiceRequest().Approved().Build());
        Assert.Contains("needs no approval", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Builders_NullArguments_Throw()
    {
        ServiceRequestBuilder builder = Build.ServiceRequest();
        Assert.Throws<ArgumentNullException>(() => builder.OfType(null!));
        Assert.Throws<ArgumentNullException>(() => builder.WithRules(null!));
        Assert.Throws<ArgumentNullException>(() => builder.RequestedBy(null!));
        Assert.Throws<ArgumentException>(() => builder.WithId(" "));
    }
}
