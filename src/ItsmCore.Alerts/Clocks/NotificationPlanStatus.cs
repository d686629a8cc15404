using NodaTime;

namespace ItsmCore.Alerts;

/// <summary>Where a <see cref="NotificationPlan"/> stands at an instant (<see cref="NotificationPlan.Evaluate"/>).</summary>
/// <param name="Answered">The answer that ended the plan; null while nobody has answered.</param>
/// <param name="Current">Whose turn it is: the contact to call now; null once answered or exhausted.</param>
/// <param name="CurrentPosition">The current contact's position (0 = first); -1 when there is none.</param>
/// <param name="TurnStartedAt">When the current contact's turn began; null when there is none.</param>
/// <param name="NextEscalationAt">When the turn passes to the next contact if nobody answers; null when answered or on the last contact.</param>
/// <param name="IsExhausted">The last contact's turn ran out without an answer (escalate outside the plan).</param>
public sealed record NotificationPlanStatus(
    ContactAnswer? Answered,
    NotificationContact? Current,
    int CurrentPosition,
    Instant? TurnStartedAt,
    Instant? NextEscalationAt,
    bool IsExhausted);
