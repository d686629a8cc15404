using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;

namespace ItsmCore.Calendars;

/// <summary>
/// The port through which hosts and other ItsmCore packages find calendars by id (an SLA definition
/// stores a calendar id, not a calendar). Implementations must be thread-safe.
/// </summary>
public interface IBusinessCalendarProvider
{
    /// <summary>The ids of the calendars the provider knows.</summary>
    IReadOnlyCollection<string> CalendarIds { get; }

    /// <summary>Finds a calendar by id.</summary>
    /// <param name="id">The calendar id (ordinal, case-sensitive).</param>
    /// <param name="calendar">The calendar, when found.</param>
    /// <returns>True when found.</returns>
    bool TryGetCalendar(string id, [NotNullWhen(true)] out BusinessCalendar? calendar);
}
