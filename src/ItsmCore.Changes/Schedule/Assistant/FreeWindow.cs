using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Changes;

/// <summary>A free window found by the <see cref="ScheduleAssistant"/>: no conflict; its ranking keys and the reason. Immutable.</summary>
/// <param name="Window">The window [start, end), starting on a whole minute.</param>
/// <param name="Neighbours">The other scheduled changes within a day of the window that share an affected service with it, by id (ordinal).</param>
/// <param name="ServiceTime">The service time the window covers: the working time in it of each affected service's service-hours calendar, summed.</param>
/// <param name="Reason">Why it is offered, for people.</param>
public sealed record FreeWindow(Interval Window, EquatableArray<ChangeId> Neighbours, Duration ServiceTime, string Reason);
