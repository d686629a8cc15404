using System.Threading.Tasks;
using ItsmCore.Calendars;
using NodaTime;

namespace ItsmCore.Docs.Tests;

/// <summary>Checks what docs/calendars.md's samples build.</summary>
public sealed class CalendarsDocTests
{
    private static readonly DateTimeZone Tokyo = DateTimeZoneProviders.Tzdb["Asia/Tokyo"];

    private static Instant Jst(int month, int day, int hour) => Tokyo.AtStrictly(new LocalDateTime(2026, month, day, hour, 0)).ToInstant();

    [Fact]
    public async Task Builder_FirstSaturdayEvening_IsPlannedDowntime()
    {
        BusinessCalendar sales = (await DocumentRunner.RunAsync("docs/calendars.md")).Variable<BusinessCalendar>("sales");

        Assert.True(sales.IsWorking(Jst(11, 7, 17)));    // first Saturday of November 2026, before the downtime
        Assert.False(sales.IsWorking(Jst(11, 7, 19)));   // in the downtime
        Assert.True(sales.IsWorking(Jst(11, 14, 19)));   // the second Saturday has none
        Assert.True(sales.IsWorking(Jst(11, 16, 22)));   // Monday 22:00
        Assert.False(sales.IsWorking(Jst(11, 15, 12)));  // Sunday
    }

    [Fact]
    public async Task Algebra_ServiceAndOverlap_AreTheCombinedWorkingTimes()
    {
        DocumentRun run = await DocumentRunner.RunAsync("docs/calendars.md");
        BusinessCalendar service = run.Variable<BusinessCalendar>("service");
        BusinessCalendar overlap = run.Variable<BusinessCalendar>("overlap");

        Assert.Equal("service", service.Id);
        Assert.False(service.IsWorking(Jst(11, 22, 3)));  // Sunday 03:00 maintenance
        Assert.True(service.IsWorking(Jst(11, 22, 5)));
        // Berlin 08:00-17:00 is Tokyo 16:00-01:00 in November (UTC+1 vs UTC+9): the overlap is Tokyo 16:00-18:00.
        Assert.Equal(Duration.FromHours(2), overlap.WorkingTimeBetween(Jst(11, 25, 0), Jst(11, 26, 0)));
        Assert.Equal(Duration.Zero, overlap.WorkingTimeBetween(Jst(11, 23, 0), Jst(11, 24, 0)));   // JP holiday
        // "The result takes the left calendar's zone."
        Assert.Equal(DateTimeZoneProviders.Tzdb["Europe/Berlin"], overlap.Zone);
        Assert.Equal(Tokyo, service.Zone);
    }
}
