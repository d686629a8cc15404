using NodaTime;

namespace ItsmCore.Alerts;

/// <summary>A contact of a <see cref="NotificationPlan"/> answered (took the notification) at an instant.</summary>
/// <param name="Contact">The contact's name.</param>
/// <param name="At">When they answered.</param>
public sealed record ContactAnswer(string Contact, Instant At);
