using System;
using System.Globalization;
using ItsmCore.Calendars;
using ItsmCore.Classification;
using ItsmCore.Primitives;

namespace ItsmCore.Incidents;

/// <summary>
/// Decides which incidents are major and how they are measured: an incident whose severity reaches
/// <see cref="MinimumSeverity"/> is declared major automatically (the criterion is recorded), and every SLA clock of
/// a major incident runs on <see cref="CalendarId"/> (24x7 by default: major incidents are worked outside business
/// hours). A major incident can also be declared by hand with a stated criterion. Immutable and thread-safe.
/// </summary>
public sealed record MajorIncidentPolicy
{
    /// <summary>Creates a policy.</summary>
    /// <param name="minimumSeverity">The lowest severity level that makes an incident major.</param>
    /// <param name="calendarId">The calendar major-incident clocks run on (e.g. a 24x7 calendar's id).</param>
    /// <exception cref="ArgumentNullException"><paramref name="calendarId"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minimumSeverity"/> is negative.</exception>
    /// <exception cref="ArgumentException"><paramref name="calendarId"/> is not a valid id.</exception>
    public MajorIncidentPolicy(int minimumSeverity, string calendarId)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(minimumSeverity);
        MinimumSeverity = minimumSeverity;
        CalendarId = RecordIdText.Check(calendarId, nameof(calendarId));
    }

    /// <summary>
    /// The domain brief's policy: severity 3 (Major) or more is major, measured on the calendar
    /// <see cref="BusinessCalendar.AlwaysOpenId"/> (<c>"24x7"</c>), the id of <see cref="BusinessCalendar.AlwaysOpen"/>.
    /// That calendar must be registered; <c>AddItsmCoreIncidents</c> reports it missing at registration.
    /// </summary>
    public static MajorIncidentPolicy Default { get; } = new(3, BusinessCalendar.AlwaysOpenId);

    /// <summary>The lowest severity level that makes an incident major.</summary>
    public int MinimumSeverity { get; }

    /// <summary>The id of the calendar major-incident clocks run on.</summary>
    public string CalendarId { get; }

    /// <summary>The criterion met by <paramref name="severity"/>, or null when it does not make an incident major.</summary>
    /// <param name="severity">The incident's severity.</param>
    /// <returns>A sentence naming the criterion, e.g. <c>"severity 3 (Major) is at least 3"</c>; or null.</returns>
    public string? Assess(SeverityLevel severity) =>
        severity.Level >= MinimumSeverity
            ? string.Create(CultureInfo.InvariantCulture, $"severity {severity} is at least {MinimumSeverity}")
            : null;
}
