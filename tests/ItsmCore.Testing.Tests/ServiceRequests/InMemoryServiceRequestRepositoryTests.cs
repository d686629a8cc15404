using System;
using System.Threading.Tasks;
using ItsmCore.Calendars;
using ItsmCore.ServiceRequests;
using ItsmCore.Incidents;
using ItsmCore.Primitives;
using ItsmCore.Sla;
using NodaTime;

namespace ItsmCore.Testing.Tests.ServiceRequests;

public sealed class InMemoryServiceRequestRepositoryTests
{
    private static readonly Instant T0 = Instant.FromUtc(2026, 11, 20, 1, 0);
    private static readonly Actor Agent = Actor.Of("agent");

    [Fact]
    public async Task SaveFindAndStaleWrite_HonourTheConcurrencyRuleAndRebuildTheClock()
    {
        BusinessCalendar office = TestCalendars.TokyoBusinessDays();
        var catalog = ServiceCatalog.Of([new ServiceRequestType("account-change", "Account change", ServiceImpact.Minor, SlaTarget.WithinBusinessDays(1, BusinessDayEnd.SameTimeOfDay, office.Id))]);
        BusinessCalendarCatalog calendars = BusinessCalendarCatalog.Of([office]);
        ServiceRequestRules rules = ServiceRequestRules.Create(new ServiceRequestOptions { Catalog = catalog }, calendars);
        var repository = new InMemoryServiceRequestRepository(rules);
        ServiceRequest request = ServiceRequest.Submit(
            new SubmitServiceRequest("account-change", "New mailbox", "For the new hire.", Actor.Of("user")), new ServiceRequestId("REQ-0001"), Agent, T0, rules);
        await repository.SaveAsync(request);
        ServiceRequest first = (await repository.FindAsync(request.Id))!;
        ServiceRequest second = (await repository.FindAsync(request.Id))!;

        first.AddComment(new AddServiceRequestComment(CommentVisibility.Internal, "Queued."), Agent, T0 + Duration.FromMinutes(5));
        await repository.SaveAsync(first);
        second.AddComment(new AddServiceRequestComment(CommentVisibility.Internal, "Also queued."), Agent, T0 + Duration.FromMinutes(5));
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => repository.SaveAsync(second));

        ServiceRequest reloaded = (await repository.FindAsync(request.Id))!;
        Assert.Equal(first.Journal, reloaded.Journal);
        Assert.Equal(request.FulfilmentClock, reloaded.FulfilmentClock);
        Assert.Null(await repository.FindAsync(new ServiceRequestId("REQ-404")));
        Assert.Throws<ArgumentNullException>(() => new InMemoryServiceRequestRepository(null!));
    }
}
