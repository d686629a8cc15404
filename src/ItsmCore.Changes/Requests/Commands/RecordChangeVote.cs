using System.Collections.Generic;
using ItsmCore.Classification;
using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Changes;

/// <summary>Records an approval vote on a step of the change's approval policy. Immutable.</summary>
/// <param name="Step">The step's name.</param>
/// <param name="Decision">Approve or reject.</param>
public sealed record RecordChangeVote(string Step, ApprovalDecision Decision);
