using ItsmCore.Calendars;

namespace ItsmCore.Changes;

/// <summary>A calendar of a change-schedule document, written inline or referenced (a path resolved relative to the document).</summary>
/// <param name="Calendar">The calendar.</param>
/// <param name="Reference">The reference it was read from, or null when it is written inline.</param>
public sealed record ScheduleCalendar(BusinessCalendar Calendar, string? Reference);
