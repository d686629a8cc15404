using NodaTime;

namespace ItsmCore.Changes;

/// <summary>
/// Where an RFC stands with a board: the first meeting whose cut-off is at or after its submission, and the earliest
/// instant its implementation may start. Immutable; equal by value.
/// </summary>
/// <param name="Meeting">The meeting that will hear the RFC.</param>
/// <param name="EarliestImplementation">
/// The first instant e &gt;= <c>Add(Meeting.Start, leadTime)</c> on the board's calendar at which every maintenance-window
/// calendar given is working (only e itself must be working); with none given, <c>Add(Meeting.Start, leadTime)</c>.
/// </param>
public sealed record CabForecast(CabMeeting Meeting, Instant EarliestImplementation);
