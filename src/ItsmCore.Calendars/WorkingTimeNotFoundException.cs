using System;
using NodaTime;

namespace ItsmCore.Calendars;

/// <summary>
/// Thrown when a calendar operation needs working time that the calendar does not provide within
/// the search horizon (<see cref="BusinessCalendar.SearchHorizonYears"/> consecutive years without
/// working time) or before the end of the supported range. The search stops; it never loops.
/// </summary>
public sealed class WorkingTimeNotFoundException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="calendarId">The id of the calendar that was searched.</param>
    /// <param name="searchStart">Where the search started.</param>
    /// <param name="detail">What was searched for and where the search stopped.</param>
    public WorkingTimeNotFoundException(string calendarId, Instant searchStart, string detail)
        : base($"Calendar '{calendarId}' has no working time to satisfy the request starting at {searchStart}: {detail}")
    {
        CalendarId = calendarId;
        SearchStart = searchStart;
    }

    /// <summary>The id of the calendar that was searched.</summary>
    public string CalendarId { get; }

    /// <summary>The instant the search started from.</summary>
    public Instant SearchStart { get; }
}
