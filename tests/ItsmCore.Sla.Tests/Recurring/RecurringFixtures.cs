using System.Linq;
using ItsmCore.Calendars;
using ItsmCore.Testing;
using NodaTime;

namespace ItsmCore.Sla.Tests;

/// <summary>Calendars, instants and obligations shared by the recurring-obligation tests.</summary>
internal static class RecurringFixtures
{
    public static DateTimeZone Tokyo { get; } = TestCalendars.Zone(TestCalendars.TokyoZoneId);

    /// <summary>24x7 in Asia/Tokyo: the clock of failures in the support desk catalogue (domain brief, case 1).</summary>
    public static BusinessCalendar Tokyo24x7 { get; } = TestCalendars.AlwaysOpen(Tokyo);

    /// <summary>Monday to Friday 09:00-18:00 in Asia/Tokyo, no holidays.</summary>
    public static BusinessCalendar TokyoNineToSix { get; } = TestCalendars.NineToSix(Tokyo);

    public static RecurringObligation Hourly(RecurrenceAnchoring anchoring) =>
        new("Interim report", Duration.FromMinutes(60), anchoring);

    /// <summary>Tuesday 24 November 2026 at the given Tokyo wall time: the day of the incident scenarios.</summary>
    public static Instant Jst(int hour, int minute = 0) => 24.November(2026).At(hour, minute).ToInstantStrictly(Tokyo);

    public static Instant[] Jst(params (int Hour, int Minute)[] times) => times.Select(t => Jst(t.Hour, t.Minute)).ToArray();

    public static (Instant Anchor, Instant Due, Instant? By, RecurringOccurrenceOutcome Outcome) Met(Instant anchor, Instant due, Instant by) =>
        (anchor, due, by, RecurringOccurrenceOutcome.Met);

    public static (Instant Anchor, Instant Due, Instant? By, RecurringOccurrenceOutcome Outcome) Missed(Instant anchor, Instant due) =>
        (anchor, due, null, RecurringOccurrenceOutcome.Missed);

    public static (Instant Anchor, Instant Due, Instant? By, RecurringOccurrenceOutcome Outcome) Pending(Instant anchor, Instant due) =>
        (anchor, due, null, RecurringOccurrenceOutcome.Pending);

    /// <summary>Asserts the anchor, due instant, report and outcome of every occurrence, and that they are numbered 1, 2, ...</summary>
    public static void AssertOccurrences(
        RecurringObligationEvaluation evaluation,
        params (Instant Anchor, Instant Due, Instant? By, RecurringOccurrenceOutcome Outcome)[] expected)
    {
        Assert.Equal(expected, evaluation.Occurrences.Select(o => (o.Anchor, o.Due, o.SatisfiedBy, o.Outcome)).ToArray());
        Assert.Equal(Enumerable.Range(1, expected.Length), evaluation.Occurrences.Select(o => o.Number));
    }
}
