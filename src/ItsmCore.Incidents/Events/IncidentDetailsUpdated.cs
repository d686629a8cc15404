using System.Collections.Generic;
using ItsmCore.Classification;
using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Incidents;

/// <summary>Descriptive fields changed; every field carries its value after the change.</summary>
/// <param name="Incident">The incident.</param>
/// <param name="Version">The incident's version after the event.</param>
/// <param name="At">When it happened.</param>
/// <param name="Actor">Who caused it.</param>
/// <param name="Title">The title.</param>
/// <param name="Description">The description.</param>
/// <param name="Service">The affected service, or null.</param>
/// <param name="ConfigurationItems">The affected configuration items.</param>
/// <param name="Category">The classification.</param>
public sealed record IncidentDetailsUpdated(IncidentId Incident, long Version, Instant At, Actor Actor, string Title, string Description, ServiceId? Service, IReadOnlyList<ConfigurationItemId> ConfigurationItems, CategoryPath Category)
    : IncidentEvent(Incident, Version, At, Actor)
{
    /// <inheritdoc />
    public override string Action => "Details updated";
}
