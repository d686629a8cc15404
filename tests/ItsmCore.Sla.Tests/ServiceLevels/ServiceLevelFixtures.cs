using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using ItsmCore.Calendars;
using ItsmCore.Testing;
using NodaTime;
using Interval = NodaTime.Interval;

namespace ItsmCore.Sla.Tests;

/// <summary>The calendars of the domain-brief cases, and generators shared by the property tests.</summary>
internal static class ServiceLevelFixtures
{
    public static readonly DateTimeZone Tokyo = TestCalendars.Zone("Asia/Tokyo");

    /// <summary>
    /// Case 3: Monday-Saturday 07:00-23:00 Asia/Tokyo; the first Saturday of each month 18:00-23:00 is planned
    /// downtime, expressed as a calendar closure so it is not service time.
    /// </summary>
    public static readonly BusinessCalendar SalesService = SalesServiceHours(withMaintenanceClosure: true);

    /// <summary>
    /// Case 8: CRM weekday (Monday-Friday, Japanese holidays excluded) 08:45-19:00 Asia/Tokyo, to 20:00 at month-end.
    /// The calendar builder has no "last working day of the month" rule that extends hours (closures only remove
    /// time), so month-end is expressed with explicit date exceptions for the months under test: the last working
    /// day of November 2026 (Monday 30th) and December 2026 (Thursday 31st).
    /// </summary>
    public static readonly BusinessCalendar Crm = CrmHours(withMonthEnd: true);

    /// <summary>The instant of a wall-clock time in Asia/Tokyo.</summary>
    public static Instant At(LocalDateTime local) => local.ToInstantStrictly(Tokyo);

    /// <summary>The interval between two wall-clock times in Asia/Tokyo.</summary>
    public static Interval Between(LocalDateTime start, LocalDateTime end) => new(At(start), At(end));

    public static BusinessCalendar SalesServiceHours(bool withMaintenanceClosure)
    {
        BusinessCalendarBuilder builder = BusinessCalendar.CreateBuilder("sales-service", Tokyo);
        for (var day = IsoDayOfWeek.Monday; day <= IsoDayOfWeek.Saturday; day++)
        {
            builder.WithHours(day, "07:00-23:00");
        }

        if (withMaintenanceClosure)
        {
            builder.AddNthWeekdayClosure(IsoDayOfWeek.Saturday, 1, "18:00-23:00");
        }

        return builder.Build();
    }

    public static BusinessCalendar CrmHours(bool withMonthEnd)
    {
        BusinessCalendarBuilder builder = BusinessCalendar.CreateBuilder("crm", Tokyo)
            .WithWeekdayHours("08:45-19:00")
            .AddHolidaySet("JP");
        if (withMonthEnd)
        {
            builder.AddException(30.November(2026), "08:45-20:00")
                .AddException(31.December(2026), "08:45-20:00");
        }

        return builder.Build();
    }

    /// <summary>Calendars for property tests: 24x7, office hours, case 3 and a night shift across a DST zone.</summary>
    public static readonly BusinessCalendar[] PropertyCalendars =
    {
        BusinessCalendar.AlwaysOpen(DateTimeZone.Utc),
        TestCalendars.NineToSix(Tokyo),
        SalesService,
        TestCalendars.NightShift(TestCalendars.Zone("Europe/London")),
    };

    /// <summary>A random availability scenario: whole-minute boundaries within a few days around 2026-03-28 (a DST change in London).</summary>
    public sealed record Scenario(BusinessCalendar Calendar, Interval Period, Interval[] Outages, Interval[] Planned)
    {
        public override string ToString() =>
            $"{Calendar} period {Period} outages [{string.Join(", ", Outages)}] planned [{string.Join(", ", Planned)}]";
    }

    public static readonly Instant ScenarioBase = Instant.FromUtc(2026, 3, 26, 0, 0);

    public static Gen<Interval> IntervalNear(int fromMinute, int toMinute, int maxLengthMinutes) =>
        from start in Gen.Choose(fromMinute, toMinute)
        from length in Gen.Frequency((1, Gen.Constant(0)), (8, Gen.Choose(1, maxLengthMinutes)))
        select new Interval(ScenarioBase + Duration.FromMinutes(start), ScenarioBase + Duration.FromMinutes(start + length));

    public static Gen<Scenario> OutageScenarios(int maxDays = 3) =>
        from calendar in Gen.Elements(PropertyCalendars)
        from periodStart in Gen.Choose(0, 24 * 60)
        from periodLength in Gen.Choose(0, maxDays * 24 * 60)
        from outages in Gen.ArrayOf(IntervalNear(periodStart - 600, periodStart + periodLength + 60, 12 * 60))
        from planned in Gen.Frequency(
            (1, Gen.Constant(System.Array.Empty<Interval>())),
            (2, Gen.ArrayOf(IntervalNear(periodStart - 600, periodStart + periodLength + 60, 8 * 60))))
        select new Scenario(
            calendar,
            new Interval(ScenarioBase + Duration.FromMinutes(periodStart), ScenarioBase + Duration.FromMinutes(periodStart + periodLength)),
            outages,
            planned);

    /// <summary>Percentages 0.0001 to 100 in steps of 0.0001.</summary>
    public static Gen<decimal> Percents() => Gen.Choose(1, 1_000_000).Select(n => n / 10_000m);

    public static bool Contains(IEnumerable<Interval> intervals, Instant instant) => intervals.Any(i => i.Contains(instant));
}
