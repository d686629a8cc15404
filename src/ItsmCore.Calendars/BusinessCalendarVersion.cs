using NodaTime;

namespace ItsmCore.Calendars;

/// <summary>One version of a calendar in a <see cref="BusinessCalendarCatalog"/>: it applies from <see cref="EffectiveFrom"/>.</summary>
/// <param name="EffectiveFrom">The instant from which the version applies (inclusive).</param>
/// <param name="Calendar">The calendar.</param>
public sealed record BusinessCalendarVersion(Instant EffectiveFrom, BusinessCalendar Calendar);
