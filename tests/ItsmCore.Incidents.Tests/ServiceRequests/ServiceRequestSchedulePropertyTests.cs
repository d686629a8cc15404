using FsCheck;
using FsCheck.Fluent;
using ItsmCore.Primitives;
using ItsmCore.ServiceRequests;
using ItsmCore.Sla;
using ItsmCore.Tests;
using NodaTime;
using NodaTime.Text;
using static ItsmCore.Incidents.Tests.ServiceRequests.ServiceRequestTestData;

namespace ItsmCore.Incidents.Tests.ServiceRequests;

/// <summary>
/// <see cref="ServiceRequestRules.Schedule"/> against a brute-force oracle that walks the second-line calendar day by day
/// (weekdays 10:00-19:00 Asia/Tokyo, JP holidays): creation plus n business days at the same time of day, counted from
/// the next opening when created outside working hours. Creations over November and December 2026 (Culture Day,
/// Labour Thanksgiving Day, the year end), both case-1 types, every priority, desired dates before and after.
/// </summary>
public sealed class ServiceRequestSchedulePropertyTests
{
    private static readonly LocalTime Opening = new(10, 0);
    private static readonly LocalTime Closing = new(19, 0);
    private static readonly Instant Start = Jst(2026, 11, 1, 0);

    private sealed record Case(int CreatedMinutes, int Type, int Priority, int? DesiredMinutes);

    [Fact]
    public void Schedule_RandomCreationPriorityAndDesiredDate_AgreesWithTheCalendarWalk()
    {
        Gen<Case> cases =
            from created in Gen.Choose(0, 61 * 24 * 60)
            from type in Gen.Choose(0, 1)
            from priority in Gen.Choose(0, 2)
            from hasDesired in Gen.Choose(0, 3)
            from desired in Gen.Choose(-2 * 24 * 60, 12 * 24 * 60)
            select new Case(created, type, priority, hasDesired == 0 ? null : desired);

        PropertyRunner.Run(cases, c =>
        {
            ServiceRequestType type = c.Type == 0 ? AccountChange : OsConfiguration;
            int days = c.Type == 0 ? 1 : 5;
            var priority = ServiceRequestPriorities.Scale.Levels[c.Priority];
            Instant created = Start + Minutes(c.CreatedMinutes);
            Instant? desired = c.DesiredMinutes is { } m ? created + Minutes(m) : null;

            Outcome<ServiceRequestSchedule> outcome = Rules.Schedule(type, priority, created, desired);

            if (priority == ServiceRequestPriorities.Low)
            {
                Assert.Equal(desired is null, outcome.IsSuccess);
                Assert.True(desired is null || outcome.HasRefusal(ServiceRequestRefusalCodes.DesiredAtNotAllowed));
                return;
            }

            Instant standard = Earliest(created, days);
            Instant earliest = priority == ServiceRequestPriorities.High ? Earliest(created, 1) : standard;
            if (desired is { } d && d < earliest)
            {
                Refusal refusal = Assert.Single(outcome.Refusals);
                Assert.Equal(LeadTime.TooEarlyCode, refusal.Code);
                Assert.Equal(InstantPattern.ExtendedIso.Format(earliest), refusal[LeadTime.EarliestAllowedDatum]);
                return;
            }

            ServiceRequestSchedule schedule = outcome.Value;
            Assert.Equal(earliest, schedule.EarliestAllowedAt);
            Assert.Equal(desired ?? earliest, schedule.PlannedFor);
            Assert.Equal(priority == ServiceRequestPriorities.High && (desired ?? earliest) < standard, schedule.Expedited);
        });
    }

    /// <summary>The oracle: walk the calendar a day at a time.</summary>
    private static Instant Earliest(Instant created, int days)
    {
        LocalDateTime local = created.InZone(Tokyo).LocalDateTime;
        LocalDate date = local.Date;
        LocalTime time = local.TimeOfDay;
        bool inside = SecondLine.IsWorkingDay(date) && time >= Opening && time < Closing;
        if (!inside)
        {
            if (!(SecondLine.IsWorkingDay(date) && time < Opening))
            {
                date = NextWorkingDay(date);
            }

            time = Opening;
        }

        for (int i = 0; i < days; i++)
        {
            date = NextWorkingDay(date);
        }

        return (date + time).InZoneStrictly(Tokyo).ToInstant();
    }

    private static LocalDate NextWorkingDay(LocalDate date)
    {
        do
        {
            date = date.PlusDays(1);
        }
        while (!SecondLine.IsWorkingDay(date));

        return date;
    }
}
