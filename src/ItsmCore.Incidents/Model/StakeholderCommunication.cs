using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Incidents;

/// <summary>Who was told what, when (or who told the provider).</summary>
/// <param name="Number">1 for the incident's first communication, then 2, 3, ...</param>
/// <param name="At">When.</param>
/// <param name="RecordedBy">Who recorded it.</param>
/// <param name="Audience">The other party.</param>
/// <param name="Direction">Who informed whom.</param>
/// <param name="Party">The party's name or id.</param>
/// <param name="Summary">What was said.</param>
public sealed record StakeholderCommunication(int Number, Instant At, Actor RecordedBy, StakeholderAudience Audience, CommunicationDirection Direction, string Party, string Summary);
