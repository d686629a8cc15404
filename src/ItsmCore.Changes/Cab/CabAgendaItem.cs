using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Changes;

/// <summary>An RFC as a board's agenda sees it. Immutable; equal by value.</summary>
/// <param name="Change">The RFC's id.</param>
/// <param name="SubmittedAt">When it was submitted to the board.</param>
/// <param name="Status">Where it stands.</param>
public sealed record CabAgendaItem(ChangeId Change, Instant SubmittedAt, CabItemStatus Status);
