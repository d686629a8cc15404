using System.Collections.Generic;
using ItsmCore.Classification;
using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Incidents;

/// <summary>Command: record a new incident. Checked by <see cref="RecordIncidentValidator"/>.</summary>
/// <param name="Title">A one-line summary; 1 to 200 characters.</param>
/// <param name="Description">What was reported; up to 10,000 characters, may be empty.</param>
/// <param name="ReportedBy">Who reported it.</param>
/// <param name="Channel">How it reached the desk.</param>
/// <param name="Impact">An impact level of the priority matrix (e.g. <c>"High"</c>).</param>
/// <param name="Urgency">An urgency level of the priority matrix.</param>
public sealed record RecordIncident(string Title, string Description, Actor ReportedBy, ReportingChannel Channel, string Impact, string Urgency)
{
    /// <summary>When it was reported (e.g. alert receipt); SLA clocks start here. Null for the instant of recording; never later than it.</summary>
    public Instant? ReportedAt { get; init; }

    /// <summary>The affected service, if known.</summary>
    public ServiceId? Service { get; init; }

    /// <summary>The affected configuration items (ids only); at most 100, no duplicates.</summary>
    public IReadOnlyList<ConfigurationItemId> ConfigurationItems { get; init; } = [];

    /// <summary>The classification; empty when not yet classified.</summary>
    public CategoryPath Category { get; init; }

    /// <summary>A level of the severity scale; null for <see cref="IncidentOptions.DefaultSeverity"/>.</summary>
    public int? Severity { get; init; }
}
