using System;
using System.Collections.Generic;

namespace ItsmCore.Calendars;

/// <summary>Convenience members for <see cref="IBusinessCalendarProvider"/>.</summary>
public static class BusinessCalendarProviderExtensions
{
    /// <summary>Gets a calendar by id, or throws naming the id and the known ids.</summary>
    /// <param name="provider">The provider.</param>
    /// <param name="id">The calendar id.</param>
    /// <returns>The calendar.</returns>
    /// <exception cref="KeyNotFoundException">No calendar has that id.</exception>
    public static BusinessCalendar GetCalendar(this IBusinessCalendarProvider provider, string id)
    {
        ArgumentNullException.ThrowIfNull(provider);
        ArgumentNullException.ThrowIfNull(id);
        return provider.TryGetCalendar(id, out BusinessCalendar? calendar)
            ? calendar
            : throw new KeyNotFoundException($"No business calendar with id '{id}'. Known ids: {string.Join(", ", provider.CalendarIds)}.");
    }
}
