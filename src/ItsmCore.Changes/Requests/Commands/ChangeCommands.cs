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

/// <summary>Records and classifies a change. Immutable.</summary>
/// <param name="Category">The category; null keeps it.</param>
/// <param name="Class">The class; null keeps it.</param>
public sealed record ClassifyChange(CategoryPath? Category = null, string? Class = null);

/// <summary>Assesses a change's risk with the rules' risk model. Immutable.</summary>
/// <param name="Impact">The matrix impact, when the model has a matrix.</param>
/// <param name="Likelihood">The matrix likelihood, when the model has a matrix.</param>
/// <param name="Answers">The questionnaire answers, when the model has a questionnaire.</param>
public sealed record AssessChangeRisk(string? Impact, string? Likelihood, IReadOnlyDictionary<string, string>? Answers = null);

/// <summary>Records an approval vote on a step of the change's approval policy. Immutable.</summary>
/// <param name="Step">The step's name.</param>
/// <param name="Decision">Approve or reject.</param>
public sealed record RecordChangeVote(string Step, ApprovalDecision Decision);

/// <summary>Records the CAB's decision. Immutable.</summary>
/// <param name="Decision">Approve, reject or defer.</param>
/// <param name="Reason">The reason (required for reject and defer).</param>
public sealed record DecideChangeAtCab(CabDecision Decision, string? Reason = null);

/// <summary>Authorizes an emergency change by the emergency board. Immutable.</summary>
/// <param name="NoticeTemplate">The pre-approved notice template used, or null.</param>
public sealed record AuthorizeEmergencyChange(string? NoticeTemplate = null);

/// <summary>Schedules the change in its planned window. Immutable.</summary>
public sealed record ScheduleChange;

/// <summary>Evaluates a go/no-go gate for the change. Immutable.</summary>
/// <param name="Gate">The gate.</param>
/// <param name="Measured">The measured values by criterion name.</param>
public sealed record EvaluateChangeGate(GoNoGoGate Gate, IReadOnlyDictionary<string, decimal> Measured);

/// <summary>Starts the implementation. Immutable.</summary>
public sealed record StartChangeImplementation;

/// <summary>Reports a successful implementation. Immutable.</summary>
public sealed record CompleteChangeImplementation;

/// <summary>Reports a failed implementation. Immutable.</summary>
/// <param name="Reason">What went wrong.</param>
public sealed record FailChangeImplementation(string Reason);

/// <summary>Rolls the change back after a failure. Immutable.</summary>
/// <param name="Reason">A note, or null.</param>
public sealed record RollBackChange(string? Reason = null);

/// <summary>Releases the change's configuration item updates for the CMDB. Immutable.</summary>
public sealed record ReleaseChangeConfigurationUpdates;

/// <summary>Records the post-implementation review. Immutable.</summary>
/// <param name="Outcome">The outcome.</param>
/// <param name="Lessons">The lessons learned.</param>
public sealed record ReviewChange(string Outcome, string Lessons);

/// <summary>Closes a reviewed change. Immutable.</summary>
public sealed record CloseChange;

/// <summary>Withdraws a change. Immutable.</summary>
/// <param name="Reason">Why.</param>
public sealed record CancelChange(string Reason);

/// <summary>Links an incident, problem or service request to the change. Immutable.</summary>
/// <param name="Kind">The kind of record.</param>
/// <param name="RecordId">Its id.</param>
public sealed record LinkChangeRecord(ChangeLinkKind Kind, string RecordId);
