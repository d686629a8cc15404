using System.Collections.Generic;
using ItsmCore.Classification;
using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Changes;

/// <summary>Submits a change request (an RFC). Immutable.</summary>
/// <param name="Type">Standard, normal or emergency.</param>
/// <param name="Title">The one-line title.</param>
/// <param name="Description">What changes.</param>
/// <param name="Reason">Why the change is needed.</param>
/// <param name="Requester">Who requests it.</param>
/// <param name="PlannedStart">Start of the planned window (inclusive).</param>
/// <param name="PlannedEnd">End of the planned window (exclusive); after <paramref name="PlannedStart"/>.</param>
/// <param name="ImplementationPlan">How it is implemented.</param>
/// <param name="RollbackPlan">How it is rolled back.</param>
public sealed record SubmitChangeRequest(
    ChangeType Type,
    string Title,
    string Description,
    string Reason,
    Actor Requester,
    Instant PlannedStart,
    Instant PlannedEnd,
    string ImplementationPlan,
    string RollbackPlan)
{
    /// <summary>The category; the empty path when not given.</summary>
    public CategoryPath Category { get; init; }

    /// <summary>The class (one of the rules' classes); null counts as <see cref="ChangeClass.Feature"/>.</summary>
    public string? Class { get; init; }

    /// <summary>The change authority (a board id or role); null: the emergency board for emergencies, "cab" otherwise, "template" for standard changes.</summary>
    public string? ChangeAuthority { get; init; }

    /// <summary>The affected configuration items.</summary>
    public IReadOnlyList<ConfigurationItemId>? AffectedConfigurationItems { get; init; }

    /// <summary>The affected services.</summary>
    public IReadOnlyList<ServiceId>? AffectedServices { get; init; }

    /// <summary>The expected outage; null for none.</summary>
    public Duration? ExpectedOutage { get; init; }

    /// <summary>Who implements it (actor ids).</summary>
    public IReadOnlyList<string>? Implementers { get; init; }

    /// <summary>Whether the rollback plan was tested (required before authorization).</summary>
    public bool RollbackTested { get; init; }

    /// <summary>The configuration item updates released on success.</summary>
    public IReadOnlyList<PlannedConfigurationUpdate>? ConfigurationUpdates { get; init; }

    /// <summary>The catalogue template the change is created from (required for standard changes).</summary>
    public string? TemplateId { get; init; }

    /// <summary>Whether the change runs on the delegated (agile) track of the rules' <see cref="ChangeRules.Delegation"/>.</summary>
    public bool DelegatedTrack { get; init; }

    /// <summary>Linked incidents.</summary>
    public IReadOnlyList<IncidentId>? Incidents { get; init; }

    /// <summary>Linked problems.</summary>
    public IReadOnlyList<ProblemId>? Problems { get; init; }

    /// <summary>Linked service requests.</summary>
    public IReadOnlyList<ServiceRequestId>? ServiceRequests { get; init; }
}
