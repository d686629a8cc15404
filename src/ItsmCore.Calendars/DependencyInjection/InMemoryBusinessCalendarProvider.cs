using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;

namespace ItsmCore.Calendars.DependencyInjection;

/// <summary>An immutable id-to-calendar map; thread-safe.</summary>
internal sealed class InMemoryBusinessCalendarProvider : IBusinessCalendarProvider
{
    private readonly Dictionary<string, BusinessCalendar> calendars = new(StringComparer.Ordinal);

    public InMemoryBusinessCalendarProvider(IEnumerable<BusinessCalendar> calendars)
    {
        foreach (BusinessCalendar calendar in calendars)
        {
            if (this.calendars.TryGetValue(calendar.Id, out BusinessCalendar? existing) && !existing.Equals(calendar))
            {
                throw new InvalidOperationException($"Two different business calendars are registered with id '{calendar.Id}'.");
            }

            this.calendars[calendar.Id] = calendar;
        }
    }

    public IReadOnlyCollection<string> CalendarIds => calendars.Keys;

    public bool TryGetCalendar(string id, [NotNullWhen(true)] out BusinessCalendar? calendar)
    {
        ArgumentNullException.ThrowIfNull(id);
        return calendars.TryGetValue(id, out calendar);
    }
}
