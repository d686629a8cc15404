namespace ItsmCore.Incidents;

/// <summary>
/// Command: record who was told what, when (or who told the provider). Outbound messages to the customer stop the
/// customer-notification clocks and restart the interim-update clocks; any message satisfies the matching
/// communication expectations. Checked by <see cref="RecordStakeholderCommunicationValidator"/>.
/// </summary>
/// <param name="Audience">The other party.</param>
/// <param name="Direction">Who informed whom.</param>
/// <param name="Party">The party's name or id (e.g. <c>"sales"</c>, <c>"payment-network"</c>); 1 to 200 characters.</param>
/// <param name="Summary">What was said; 1 to 2,000 characters.</param>
public sealed record RecordStakeholderCommunication(StakeholderAudience Audience, CommunicationDirection Direction, string Party, string Summary);
