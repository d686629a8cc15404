using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Calendars.Model;

/// <summary>A date whose working hours replace the weekly hours (and any holiday); empty hours mean closed.</summary>
internal sealed record DateException(LocalDate Date, EquatableArray<WallInterval> Hours);
