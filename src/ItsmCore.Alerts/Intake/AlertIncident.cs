using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Alerts;

/// <summary>An open incident as the <see cref="IAlertIncidentGateway"/> reports it: what an alert may be attached to.</summary>
/// <param name="Id">The incident.</param>
/// <param name="Fingerprint">The fingerprint of the alert that opened it.</param>
/// <param name="ConfigurationItem">The CI it is about; null when none.</param>
/// <param name="Service">The business service it is about; null when none.</param>
/// <param name="OpenedAt">When it was opened.</param>
public sealed record AlertIncident(IncidentId Id, string Fingerprint, ConfigurationItemId? ConfigurationItem, ServiceId? Service, Instant OpenedAt);
