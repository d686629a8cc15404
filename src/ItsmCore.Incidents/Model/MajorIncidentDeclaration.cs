using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Incidents;

/// <summary>The decision that made an incident major, and the criterion applied.</summary>
/// <param name="At">When.</param>
/// <param name="By">Who declared it (<see cref="Actor.System"/>'s id is not used: the actor whose command met the policy).</param>
/// <param name="Criterion">The criterion applied (the policy's, or the one stated).</param>
/// <param name="Decision">What was decided.</param>
/// <param name="Automatic">True when the severity met the <see cref="MajorIncidentPolicy"/>; false for a declaration by hand.</param>
/// <param name="CalendarId">The calendar the incident's clocks run on from then on.</param>
public sealed record MajorIncidentDeclaration(Instant At, Actor By, string Criterion, string Decision, bool Automatic, string CalendarId);
