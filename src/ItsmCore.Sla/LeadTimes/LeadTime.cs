using System;
using System.Collections.Generic;
using System.Globalization;
using ItsmCore.Calendars;
using ItsmCore.Primitives;
using NodaTime;
using NodaTime.Text;

namespace ItsmCore.Sla;

/// <summary>
/// A lead time of n business days on a calendar, and the rule shared by service requests and standard changes: a desired
/// date earlier than creation plus the lead time is refused with code <see cref="TooEarlyCode"/>, and the refusal states
/// the earliest allowed instant. Immutable and thread-safe; equal lead times compare equal.
/// </summary>
/// <remarks>
/// "Creation plus n business days" is <see cref="EarliestFrom"/>: the deadline as the business-day SLA target
/// <c>SlaTarget.WithinBusinessDays(n, policy.DayEnd, calendarId)</c> started at the creation names it (one implementation
/// of business-day arithmetic in the package; the named instant itself, not the SLA clock's due instant, which moves a
/// deadline at an opening to the close before it): counted from the creation's business day (the next opening when created
/// outside working hours), landing at the same local time of day or at the end of the n-th business day as
/// <see cref="LeadTimePolicy"/> says. Zero days with <see cref="LeadTimePolicy.SameTimeOfDay"/> is the creation itself.
/// Desired exactly at the earliest allowed instant is accepted.
/// </remarks>
public sealed record LeadTime
{
    /// <summary>The code of the refusal for a desired date before the earliest allowed instant.</summary>
    public const string TooEarlyCode = "LeadTime.DesiredAt.BeforeEarliestAllowed";

    /// <summary>The name of the refusal datum that holds the earliest allowed instant (ISO-8601 UTC, e.g. <c>2026-11-17T02:00:00Z</c>).</summary>
    public const string EarliestAllowedDatum = "earliestAllowed";

    private static readonly LocalDateTimePattern LocalText = LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd' 'HH':'mm");

    private LeadTime(int businessDays, string calendarId, LeadTimePolicy policy)
    {
        BusinessDays = businessDays;
        CalendarId = calendarId;
        Policy = policy;
    }

    /// <summary>The number of business days.</summary>
    public int BusinessDays { get; }

    /// <summary>The id of the calendar whose business days count.</summary>
    public string CalendarId { get; }

    /// <summary>Where the last business day ends. The default value is <see cref="LeadTimePolicy.SameTimeOfDay"/>.</summary>
    public LeadTimePolicy Policy { get; }

    /// <summary>A lead time of <paramref name="days"/> business days on <paramref name="calendarId"/>.</summary>
    /// <param name="days">0 to <see cref="SlaTarget.MaxBusinessDays"/>.</param>
    /// <param name="calendarId">The calendar id.</param>
    /// <param name="policy">Where the last day ends; null for <see cref="LeadTimePolicy.SameTimeOfDay"/>.</param>
    /// <returns>The lead time.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is out of range.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="calendarId"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="calendarId"/> is empty.</exception>
    public static LeadTime OfBusinessDays(int days, string calendarId, LeadTimePolicy? policy = null)
    {
        if (days is < 0 or > SlaTarget.MaxBusinessDays)
        {
            throw new ArgumentOutOfRangeException(nameof(days), days, $"A lead time is 0 to {SlaTarget.MaxBusinessDays} business days.");
        }

        ArgumentNullException.ThrowIfNull(calendarId);
        if (calendarId.Length == 0)
        {
            throw new ArgumentException("The calendar id must not be empty.", nameof(calendarId));
        }

        return new LeadTime(days, calendarId, policy ?? LeadTimePolicy.SameTimeOfDay);
    }

    /// <summary>Creation plus the lead time: the earliest allowed instant for something created at <paramref name="createdAt"/>.</summary>
    /// <param name="calendar">The calendar; its id must be <see cref="CalendarId"/>.</param>
    /// <param name="createdAt">The creation instant.</param>
    /// <returns>The earliest allowed instant.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    /// <exception cref="ArgumentException">The calendar's id is not <see cref="CalendarId"/>.</exception>
    /// <exception cref="WorkingTimeNotFoundException">The calendar runs out of working time.</exception>
    public Instant EarliestFrom(BusinessCalendar calendar, Instant createdAt)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        if (BusinessDays == 0 && Policy.DayEnd == BusinessDayEnd.SameTimeOfDay)
        {
            CheckCalendar(calendar);
            return createdAt;
        }

        // The named instant, not the SLA deadline: a desired date at the opening of the n-th business day is allowed,
        // though an SLA clock would be due at the close before it (no working time passes in between).
        return SlaTarget.WithinBusinessDays(BusinessDays, Policy.DayEnd, CalendarId).NamedDeadlineFrom(calendar, createdAt);
    }

    /// <summary>Checks a desired instant: accepted at or after <see cref="EarliestFrom"/>, else refused with <see cref="TooEarlyCode"/>.</summary>
    /// <param name="calendar">The calendar; its id must be <see cref="CalendarId"/>.</param>
    /// <param name="createdAt">The creation instant.</param>
    /// <param name="desired">The desired instant.</param>
    /// <returns>The check, or a refusal whose data name the earliest allowed instant (<see cref="EarliestAllowedDatum"/>), the desired instant and the lead time.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    /// <exception cref="ArgumentException">The calendar's id is not <see cref="CalendarId"/>.</exception>
    /// <exception cref="WorkingTimeNotFoundException">The calendar runs out of working time.</exception>
    public Outcome<LeadTimeCheck> Check(BusinessCalendar calendar, Instant createdAt, Instant desired)
    {
        Instant earliest = EarliestFrom(calendar, createdAt);
        return desired >= earliest
            ? Outcome<LeadTimeCheck>.Success(new LeadTimeCheck(createdAt, desired, earliest))
            : Outcome<LeadTimeCheck>.Refused(TooEarly(calendar, createdAt, InstantPattern.ExtendedIso.Format(desired), earliest));
    }

    /// <summary>
    /// Checks a desired local date on the calendar's zone: accepted when the date is on or after the local date of
    /// <see cref="EarliestFrom"/> (the work can then happen that day, from the earliest allowed instant on), else
    /// refused with <see cref="TooEarlyCode"/>.
    /// </summary>
    /// <param name="calendar">The calendar; its id must be <see cref="CalendarId"/>.</param>
    /// <param name="createdAt">The creation instant.</param>
    /// <param name="desired">The desired local date.</param>
    /// <returns>The check (its desired instant the later of the date's start and the earliest allowed instant), or the refusal.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    /// <exception cref="ArgumentException">The calendar's id is not <see cref="CalendarId"/>.</exception>
    /// <exception cref="WorkingTimeNotFoundException">The calendar runs out of working time.</exception>
    public Outcome<LeadTimeCheck> Check(BusinessCalendar calendar, Instant createdAt, LocalDate desired)
    {
        Instant earliest = EarliestFrom(calendar, createdAt);
        if (desired < earliest.InZone(calendar.Zone).Date)
        {
            return Outcome<LeadTimeCheck>.Refused(TooEarly(calendar, createdAt, desired.ToString("uuuu'-'MM'-'dd", CultureInfo.InvariantCulture), earliest));
        }

        Instant dayStart = calendar.Zone.ResolveLocal(desired.AtMidnight(), BusinessCalendar.BoundaryResolver).ToInstant();
        return Outcome<LeadTimeCheck>.Success(new LeadTimeCheck(createdAt, dayStart > earliest ? dayStart : earliest, earliest));
    }

    /// <summary>
    /// The lead time as people write it, as <see cref="SlaTarget.Describe"/> writes targets: <c>5 business days on
    /// tokyo-second-line</c>, <c>3 business days, end of day on tokyo-second-line</c>. Used by refusals and journals;
    /// <see cref="ToString"/> keeps the exact form.
    /// </summary>
    /// <returns>The text.</returns>
    public string Describe() => BusinessDays == 0 && Policy == LeadTimePolicy.EndOfBusinessDay
        ? $"end of business day on {CalendarId}"
        : string.Create(CultureInfo.InvariantCulture,
            $"{BusinessDays} business day{(BusinessDays == 1 ? string.Empty : "s")}{(Policy == LeadTimePolicy.EndOfBusinessDay ? ", end of day" : string.Empty)} on {CalendarId}");

    /// <summary>A readable form, e.g. <c>5 business days (SameTimeOfDay) on 'tokyo-second-line'</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{BusinessDays} business day{(BusinessDays == 1 ? string.Empty : "s")} ({Policy}) on '{CalendarId}'");

    private Refusal TooEarly(BusinessCalendar calendar, Instant createdAt, string desiredText, Instant earliest)
    {
        string local = LocalText.Format(earliest.InZone(calendar.Zone).LocalDateTime);
        return new Refusal(
            TooEarlyCode,
            $"The desired date {desiredText} is earlier than creation plus the lead time of {Describe()}; the earliest allowed is {local} ({calendar.Zone.Id}).",
            new Dictionary<string, string>
            {
                [EarliestAllowedDatum] = InstantPattern.ExtendedIso.Format(earliest),
                ["earliestAllowedLocal"] = local,
                ["desired"] = desiredText,
                ["createdAt"] = InstantPattern.ExtendedIso.Format(createdAt),
                ["leadTime"] = ToString(),
            });
    }

    private void CheckCalendar(BusinessCalendar calendar)
    {
        if (!string.Equals(calendar.Id, CalendarId, StringComparison.Ordinal))
        {
            throw new ArgumentException($"The lead time counts on calendar '{CalendarId}' but calendar '{calendar.Id}' was given.", nameof(calendar));
        }
    }
}
