using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using NodaTime;

namespace ItsmCore.Calendars;

/// <summary>
/// An immutable set of calendars by id, each with its versions keyed by the instant from which they apply.
/// <see cref="Add(BusinessCalendar, Instant)"/> returns a new catalog; instances are thread-safe.
/// </summary>
/// <remarks>
/// A version applies from its effective instant (inclusive) until the next version's. A calendar added without an
/// effective instant applies from <see cref="BusinessCalendar.MinSupportedInstant"/>. Before the first version of an
/// id, the id has no calendar: <see cref="TryGetCalendar"/> returns false.
/// </remarks>
public sealed class BusinessCalendarCatalog : IBusinessCalendarProvider
{
    private readonly ImmutableSortedDictionary<string, ImmutableArray<BusinessCalendarVersion>> versions;

    private BusinessCalendarCatalog(ImmutableSortedDictionary<string, ImmutableArray<BusinessCalendarVersion>> versions) =>
        this.versions = versions;

    /// <summary>A catalog with no calendars.</summary>
    public static BusinessCalendarCatalog Empty { get; } =
        new(ImmutableSortedDictionary.Create<string, ImmutableArray<BusinessCalendarVersion>>(StringComparer.Ordinal));

    /// <inheritdoc />
    public IReadOnlyCollection<string> CalendarIds => versions.Keys.ToImmutableArray();

    /// <summary>Creates a catalog holding the given calendars, each effective from the beginning of supported time.</summary>
    /// <param name="calendars">The calendars; ids must be distinct unless the calendars are equal.</param>
    /// <returns>The catalog.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calendars"/> or one of its items is null.</exception>
    /// <exception cref="ArgumentException">Two different calendars share an id.</exception>
    public static BusinessCalendarCatalog Of(IEnumerable<BusinessCalendar> calendars)
    {
        ArgumentNullException.ThrowIfNull(calendars);
        BusinessCalendarCatalog catalog = Empty;
        foreach (BusinessCalendar calendar in calendars)
        {
            ArgumentNullException.ThrowIfNull(calendar, nameof(calendars));
            catalog = catalog.Add(calendar);
        }

        return catalog;
    }

    /// <summary>Adds a calendar effective from the beginning of supported time.</summary>
    /// <param name="calendar">The calendar.</param>
    /// <returns>A new catalog.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    /// <exception cref="ArgumentException">A different calendar with the same id is already effective from that instant.</exception>
    public BusinessCalendarCatalog Add(BusinessCalendar calendar) => Add(calendar, BusinessCalendar.MinSupportedInstant);

    /// <summary>Adds a version of a calendar that applies from <paramref name="effectiveFrom"/> (inclusive).</summary>
    /// <param name="calendar">The calendar version.</param>
    /// <param name="effectiveFrom">The instant from which this version applies.</param>
    /// <returns>A new catalog.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    /// <exception cref="ArgumentException">A different version of the same id is already effective from that instant.</exception>
    public BusinessCalendarCatalog Add(BusinessCalendar calendar, Instant effectiveFrom)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ImmutableArray<BusinessCalendarVersion> list = versions.TryGetValue(calendar.Id, out ImmutableArray<BusinessCalendarVersion> existing)
            ? existing
            : ImmutableArray<BusinessCalendarVersion>.Empty;
        int index = 0;
        while (index < list.Length && list[index].EffectiveFrom < effectiveFrom)
        {
            index++;
        }

        if (index < list.Length && list[index].EffectiveFrom == effectiveFrom)
        {
            return list[index].Calendar.Equals(calendar)
                ? this
                : throw new ArgumentException(
                    $"Calendar '{calendar.Id}' already has a different version effective from {effectiveFrom}.", nameof(calendar));
        }

        return new BusinessCalendarCatalog(versions.SetItem(calendar.Id, list.Insert(index, new BusinessCalendarVersion(effectiveFrom, calendar))));
    }

    /// <summary>The versions of a calendar, oldest first (empty for an unknown id).</summary>
    /// <param name="id">The calendar id.</param>
    /// <returns>The versions with the instant each applies from.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public IReadOnlyList<BusinessCalendarVersion> Versions(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return versions.TryGetValue(id, out ImmutableArray<BusinessCalendarVersion> list) ? list : ImmutableArray<BusinessCalendarVersion>.Empty;
    }

    /// <inheritdoc />
    public bool TryGetCalendar(string id, Instant effectiveAt, [NotNullWhen(true)] out BusinessCalendar? calendar)
    {
        ArgumentNullException.ThrowIfNull(id);
        calendar = null;
        if (!versions.TryGetValue(id, out ImmutableArray<BusinessCalendarVersion> list))
        {
            return false;
        }

        for (int i = list.Length - 1; i >= 0; i--)
        {
            if (list[i].EffectiveFrom <= effectiveAt)
            {
                calendar = list[i].Calendar;
                return true;
            }
        }

        return false;
    }
}
