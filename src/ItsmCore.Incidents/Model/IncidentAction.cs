using System.Collections.Generic;
using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Incidents;

/// <summary>A prepared action candidate (case 12): the information that decides it, the criterion, and the decision once taken.</summary>
/// <param name="Name">The action.</param>
/// <param name="DecidingInformation">What must be known to decide.</param>
/// <param name="Criterion">The rule that decides it.</param>
/// <param name="PreparedAt">When it was prepared.</param>
/// <param name="PreparedBy">Who prepared it.</param>
public sealed record IncidentAction(string Name, IReadOnlyList<string> DecidingInformation, string Criterion, Instant PreparedAt, Actor PreparedBy)
{
    /// <summary>The decision; null while undecided.</summary>
    public IncidentActionDecision? Decision { get; init; }
}
