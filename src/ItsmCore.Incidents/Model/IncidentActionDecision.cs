using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Incidents;

/// <summary>The decision on a prepared action: taken or declined, on what information, by which reasoning.</summary>
/// <param name="Taken">True when taken, false when declined.</param>
/// <param name="Observed">The information observed.</param>
/// <param name="Rationale">How the criterion applied.</param>
/// <param name="At">When.</param>
/// <param name="By">Who decided.</param>
public sealed record IncidentActionDecision(bool Taken, string Observed, string Rationale, Instant At, Actor By);
