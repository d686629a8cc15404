using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using NodaTime;

namespace ItsmCore.Calendars;

/// <summary>
/// The port through which hosts and other ItsmCore packages find calendars by id (an SLA definition and an
/// SLA clock's event log store a calendar id, not a calendar). Calendars change over time (a holiday is added,
/// service hours are extended), so a provider answers for an instant: the version in force then. That lets an
/// SLA clock started last year be re-evaluated with the calendar that applied last year.
/// Implementations must be thread-safe; <see cref="BusinessCalendarCatalog"/> is the ready-made one.
/// </summary>
public interface IBusinessCalendarProvider
{
    /// <summary>The ids of the calendars the provider knows.</summary>
    IReadOnlyCollection<string> CalendarIds { get; }

    /// <summary>Finds the version of a calendar that was in force at an instant.</summary>
    /// <param name="id">The calendar id (ordinal, case-sensitive).</param>
    /// <param name="effectiveAt">The instant whose version is wanted.</param>
    /// <param name="calendar">The calendar, when found.</param>
    /// <returns>True when the id is known and a version was in force at <paramref name="effectiveAt"/>.</returns>
    bool TryGetCalendar(string id, Instant effectiveAt, [NotNullWhen(true)] out BusinessCalendar? calendar);
}
