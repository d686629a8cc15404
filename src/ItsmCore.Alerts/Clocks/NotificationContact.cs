namespace ItsmCore.Alerts;

/// <summary>One contact of a <see cref="NotificationPlan"/>: who, and how to reach them (a phone number, by default).</summary>
/// <param name="Name">Who (unique within the plan).</param>
/// <param name="Reach">How to reach them.</param>
public sealed record NotificationContact(string Name, string Reach);
