using System;
using System.Collections.Generic;
using NodaTime;

namespace ItsmCore.Calendars;

/// <summary>Convenience members for <see cref="IBusinessCalendarProvider"/>.</summary>
public static class BusinessCalendarProviderExtensions
{
    /// <summary>Gets the version of a calendar in force at an instant, or throws naming the id and the known ids.</summary>
    /// <param name="provider">The provider.</param>
    /// <param name="id">The calendar id.</param>
    /// <param name="effectiveAt">The instant whose version is wanted.</param>
    /// <returns>The calendar.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="provider"/> or <paramref name="id"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No calendar has that id, or none of its versions was in force then.</exception>
    public static BusinessCalendar GetCalendar(this IBusinessCalendarProvider provider, string id, Instant effectiveAt)
    {
        ArgumentNullException.ThrowIfNull(provider);
        ArgumentNullException.ThrowIfNull(id);
        if (provider.TryGetCalendar(id, effectiveAt, out BusinessCalendar? calendar))
        {
            return calendar;
        }

        string known = string.Join(", ", provider.CalendarIds);
        throw new KeyNotFoundException(
            $"No business calendar with id '{id}' was in force at {effectiveAt}. Known ids: {(known.Length == 0 ? "(none)" : known)}.");
    }
}
