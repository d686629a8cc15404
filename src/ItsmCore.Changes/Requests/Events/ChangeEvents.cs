using System.Globalization;
using System.Linq;
using ItsmCore.Classification;
using ItsmCore.Primitives;
using NodaTime;
using NodaTime.Text;

namespace ItsmCore.Changes;

/// <summary>A change request was submitted (the RFC); carries every field and what was taken from the rules.</summary>
/// <param name="Change">The change's id.</param>
/// <param name="Version">The event's version (1).</param>
/// <param name="At">When.</param>
/// <param name="Actor">Who submitted it.</param>
/// <param name="Type">Standard, normal or emergency.</param>
/// <param name="Title">The title.</param>
/// <param name="Description">The description.</param>
/// <param name="Reason">Why the change is needed.</param>
/// <param name="Category">The category.</param>
/// <param name="Class">The class (feature when the command gave none).</param>
/// <param name="Requester">Who requests the change.</param>
/// <param name="ChangeAuthority">The authority that authorizes it (a board id or a role).</param>
/// <param name="AffectedConfigurationItems">The affected configuration items.</param>
/// <param name="AffectedServices">The affected services.</param>
/// <param name="PlannedStart">Start of the planned window (inclusive).</param>
/// <param name="PlannedEnd">End of the planned window (exclusive).</param>
/// <param name="ExpectedOutage">The expected outage; null for none.</param>
/// <param name="Implementers">Who implements it (actor ids).</param>
/// <param name="ImplementationPlan">The implementation plan.</param>
/// <param name="RollbackPlan">The rollback plan.</param>
/// <param name="RollbackTested">Whether the rollback plan was tested.</param>
/// <param name="ConfigurationUpdates">The configuration item updates released on success.</param>
/// <param name="Template">The standard-change template version applied (from the rules' catalogue), or null.</param>
/// <param name="Delegation">The delegated authority of the track (from the rules), or null for the central track.</param>
public sealed record ChangeRequestSubmitted(
    ChangeId Change,
    long Version,
    Instant At,
    Actor Actor,
    ChangeType Type,
    string Title,
    string Description,
    string Reason,
    CategoryPath Category,
    string Class,
    Actor Requester,
    string ChangeAuthority,
    EquatableArray<ConfigurationItemId> AffectedConfigurationItems,
    EquatableArray<ServiceId> AffectedServices,
    Instant PlannedStart,
    Instant PlannedEnd,
    Duration? ExpectedOutage,
    EquatableArray<string> Implementers,
    string ImplementationPlan,
    string RollbackPlan,
    bool RollbackTested,
    EquatableArray<ConfigurationUpdate> ConfigurationUpdates,
    AppliedTemplate? Template,
    DelegatedAuthority? Delegation)
    : ChangeEvent(Change, Version, At, Actor)
{
    private protected override JournalEntry Journal() =>
        Entry(
            "Submitted",
            Reason,
            (ChangeFields.Type, null, Type.ToString()),
            (ChangeFields.Title, null, Title),
            (ChangeFields.Class, null, Class),
            (ChangeFields.Requester, null, Requester.Id),
            (ChangeFields.PlannedWindow, null, ChangeFields.Window(PlannedStart, PlannedEnd)),
            (ChangeFields.RollbackTested, null, RollbackTested ? "yes" : "no"),
            (ChangeFields.Template, null, Template is null ? null : $"{Template.Id} v{Template.Version.ToString(CultureInfo.InvariantCulture)}"),
            (ChangeFields.Status, null, ChangeStatus.Submitted.ToString()));
}

/// <summary>The change was recorded and classified.</summary>
/// <param name="Change">The change's id.</param>
/// <param name="Version">The event's version.</param>
/// <param name="At">When.</param>
/// <param name="Actor">Who classified it.</param>
/// <param name="Category">The category.</param>
/// <param name="Class">The class.</param>
/// <param name="PreviousCategory">The category before.</param>
/// <param name="PreviousClass">The class before.</param>
public sealed record ChangeClassified(ChangeId Change, long Version, Instant At, Actor Actor, CategoryPath Category, string Class, CategoryPath PreviousCategory, string PreviousClass)
    : ChangeEvent(Change, Version, At, Actor)
{
    private protected override JournalEntry Journal() =>
        Entry(
            "Classified",
            null,
            (ChangeFields.Category, PreviousCategory.IsEmpty ? null : PreviousCategory.ToString(), Category.IsEmpty ? null : Category.ToString()),
            (ChangeFields.Class, PreviousClass, Class),
            (ChangeFields.Status, ChangeStatus.Submitted.ToString(), ChangeStatus.Classified.ToString()));
}

/// <summary>The risk was assessed with the rules' risk model and the approval policy chosen by the rules' routing; both are written here.</summary>
/// <param name="Change">The change's id.</param>
/// <param name="Version">The event's version.</param>
/// <param name="At">When.</param>
/// <param name="Actor">Who assessed it.</param>
/// <param name="Assessment">The risk model's assessment.</param>
/// <param name="Policy">The approval policy the votes are evaluated by.</param>
public sealed record ChangeRiskAssessed(ChangeId Change, long Version, Instant At, Actor Actor, RiskAssessment Assessment, ApprovalPolicy Policy)
    : ChangeEvent(Change, Version, At, Actor)
{
    private protected override JournalEntry Journal() =>
        Entry(
            "Risk assessed",
            null,
            (ChangeFields.Risk, null, Assessment.Level.Name),
            (ChangeFields.ApprovalPolicy, null, Policy.Id),
            (ChangeFields.Status, ChangeStatus.Classified.ToString(), ChangeStatus.Assessed.ToString()));
}

/// <summary>An approval vote was recorded; the evaluation by the change's policy after it is written here.</summary>
/// <param name="Change">The change's id.</param>
/// <param name="Version">The event's version.</param>
/// <param name="At">When.</param>
/// <param name="Actor">Who voted.</param>
/// <param name="Vote">The vote.</param>
/// <param name="Result">The policy's result after the vote.</param>
public sealed record ChangeApprovalVoteRecorded(ChangeId Change, long Version, Instant At, Actor Actor, ApprovalVote Vote, ApprovalResult Result)
    : ChangeEvent(Change, Version, At, Actor)
{
    private protected override JournalEntry Journal() =>
        Entry("Vote recorded", null, (ChangeFields.Approval, null, $"{Vote.Step}: {Vote.Decision} ({Result})"));
}

/// <summary>The CAB decided on the change (approve, reject, defer) with the votes recorded so far.</summary>
/// <param name="Change">The change's id.</param>
/// <param name="Version">The event's version.</param>
/// <param name="At">When.</param>
/// <param name="Actor">Who recorded the decision (the CAB chair).</param>
/// <param name="Decision">The decision.</param>
/// <param name="Votes">The votes it was taken with.</param>
/// <param name="Result">The approval policy's result at the decision.</param>
/// <param name="Reason">The reason given.</param>
/// <param name="PreviousStatus">The status before.</param>
public sealed record ChangeCabDecided(
    ChangeId Change, long Version, Instant At, Actor Actor, CabDecision Decision, EquatableArray<ApprovalVote> Votes, ApprovalResult Result, string? Reason, ChangeStatus PreviousStatus)
    : ChangeEvent(Change, Version, At, Actor)
{
    /// <summary>The status after the decision.</summary>
    public ChangeStatus Status => Decision switch
    {
        CabDecision.Approve => ChangeStatus.Authorized,
        CabDecision.Reject => ChangeStatus.Rejected,
        _ => PreviousStatus,
    };

    private protected override JournalEntry Journal() =>
        Entry("CAB decided", Reason, (ChangeFields.CabDecision, null, Decision.ToString()), (ChangeFields.Status, PreviousStatus.ToString(), Status.ToString()));
}

/// <summary>An emergency change was authorized by the emergency board, with the pre-approved notice template it uses.</summary>
/// <param name="Change">The change's id.</param>
/// <param name="Version">The event's version.</param>
/// <param name="At">When.</param>
/// <param name="Actor">The board member who authorized it.</param>
/// <param name="Board">The emergency board's id.</param>
/// <param name="NoticeTemplate">The pre-approved notice template used, or null.</param>
/// <param name="SkippedSteps">The approval steps the rules allow an emergency to skip (e.g. staging approval).</param>
/// <param name="PreviousStatus">The status before.</param>
public sealed record ChangeEmergencyAuthorized(
    ChangeId Change, long Version, Instant At, Actor Actor, string Board, string? NoticeTemplate, EquatableArray<string> SkippedSteps, ChangeStatus PreviousStatus)
    : ChangeEvent(Change, Version, At, Actor)
{
    private protected override JournalEntry Journal() =>
        Entry(
            "Emergency authorized",
            null,
            (ChangeFields.ChangeAuthority, null, Board),
            (ChangeFields.NoticeTemplate, null, NoticeTemplate),
            (ChangeFields.SkippedSteps, null, SkippedSteps.Count == 0 ? null : string.Join(", ", SkippedSteps)),
            (ChangeFields.Status, PreviousStatus.ToString(), ChangeStatus.Authorized.ToString()));
}

/// <summary>The change was scheduled in its planned window; for a template change the lead-time check applied is written here.</summary>
/// <param name="Change">The change's id.</param>
/// <param name="Version">The event's version.</param>
/// <param name="At">When.</param>
/// <param name="Actor">Who scheduled it.</param>
/// <param name="Start">Start of the window.</param>
/// <param name="End">End of the window (exclusive).</param>
/// <param name="EarliestAllowed">The earliest start the template's lead time allowed, or null when no lead time applied.</param>
/// <param name="PreviousStatus">The status before.</param>
public sealed record ChangeScheduled(ChangeId Change, long Version, Instant At, Actor Actor, Instant Start, Instant End, Instant? EarliestAllowed, ChangeStatus PreviousStatus)
    : ChangeEvent(Change, Version, At, Actor)
{
    private protected override JournalEntry Journal() =>
        Entry("Scheduled", null, (ChangeFields.PlannedWindow, null, ChangeFields.Window(Start, End)), (ChangeFields.Status, PreviousStatus.ToString(), ChangeStatus.Scheduled.ToString()));
}

/// <summary>A go/no-go gate was evaluated; every criterion's verdict is written here.</summary>
/// <param name="Change">The change's id.</param>
/// <param name="Version">The event's version.</param>
/// <param name="At">When.</param>
/// <param name="Actor">Who evaluated it.</param>
/// <param name="Result">The gate's result with each verdict.</param>
public sealed record ChangeGateEvaluated(ChangeId Change, long Version, Instant At, Actor Actor, GoNoGoResult Result)
    : ChangeEvent(Change, Version, At, Actor)
{
    private protected override JournalEntry Journal() =>
        Entry(
            "Gate evaluated",
            string.Join("; ", Result.Verdicts.Select(v => v.Explanation)),
            (ChangeFields.Gate, null, $"{Result.GateName}: {(Result.IsGo ? "go" : "no-go")}"));
}

/// <summary>Implementation started.</summary>
/// <param name="Change">The change's id.</param>
/// <param name="Version">The event's version.</param>
/// <param name="At">When.</param>
/// <param name="Actor">Who started it (checked against the delegated release role on a delegated track).</param>
/// <param name="PreviousStatus">The status before.</param>
public sealed record ChangeImplementationStarted(ChangeId Change, long Version, Instant At, Actor Actor, ChangeStatus PreviousStatus)
    : ChangeEvent(Change, Version, At, Actor)
{
    private protected override JournalEntry Journal() =>
        Entry("Implementation started", null, (ChangeFields.Status, PreviousStatus.ToString(), ChangeStatus.Implementing.ToString()));
}

/// <summary>Implementation succeeded.</summary>
/// <param name="Change">The change's id.</param>
/// <param name="Version">The event's version.</param>
/// <param name="At">When.</param>
/// <param name="Actor">Who reported it.</param>
public sealed record ChangeImplementationSucceeded(ChangeId Change, long Version, Instant At, Actor Actor)
    : ChangeEvent(Change, Version, At, Actor)
{
    private protected override JournalEntry Journal() =>
        Entry("Implementation succeeded", null, (ChangeFields.Status, ChangeStatus.Implementing.ToString(), ChangeStatus.Implemented.ToString()));
}

/// <summary>Implementation failed; the rollback decision is due by <see cref="RollbackDecisionDueAt"/> (the rules' duration, written here).</summary>
/// <param name="Change">The change's id.</param>
/// <param name="Version">The event's version.</param>
/// <param name="At">When.</param>
/// <param name="Actor">Who reported it.</param>
/// <param name="Reason">What went wrong.</param>
/// <param name="RollbackDecisionWithin">The rules' time for the rollback decision.</param>
public sealed record ChangeImplementationFailed(ChangeId Change, long Version, Instant At, Actor Actor, string Reason, Duration RollbackDecisionWithin)
    : ChangeEvent(Change, Version, At, Actor)
{
    /// <summary>When the rollback decision is due: <see cref="ChangeEvent.At"/> + <see cref="RollbackDecisionWithin"/>.</summary>
    public Instant RollbackDecisionDueAt => At + RollbackDecisionWithin;

    private protected override JournalEntry Journal() =>
        Entry(
            "Implementation failed",
            Reason,
            (ChangeFields.RollbackDecisionDueAt, null, InstantPattern.ExtendedIso.Format(RollbackDecisionDueAt)),
            (ChangeFields.Status, ChangeStatus.Implementing.ToString(), ChangeStatus.Failed.ToString()));
}

/// <summary>The change was rolled back after a failure.</summary>
/// <param name="Change">The change's id.</param>
/// <param name="Version">The event's version.</param>
/// <param name="At">When.</param>
/// <param name="Actor">Who rolled it back.</param>
/// <param name="Reason">A note, or null.</param>
public sealed record ChangeRolledBack(ChangeId Change, long Version, Instant At, Actor Actor, string? Reason)
    : ChangeEvent(Change, Version, At, Actor)
{
    private protected override JournalEntry Journal() =>
        Entry("Rolled back", Reason, (ChangeFields.Status, ChangeStatus.Failed.ToString(), ChangeStatus.RolledBack.ToString()));
}

/// <summary>
/// The change's configuration item updates were released for the CMDB (each names the change); only after success,
/// and on a delegated track only by the CI-update role.
/// </summary>
/// <param name="Change">The change's id.</param>
/// <param name="Version">The event's version.</param>
/// <param name="At">When.</param>
/// <param name="Actor">Who released them.</param>
/// <param name="Updates">The updates released.</param>
public sealed record ChangeConfigurationUpdatesReleased(ChangeId Change, long Version, Instant At, Actor Actor, EquatableArray<ConfigurationUpdate> Updates)
    : ChangeEvent(Change, Version, At, Actor)
{
    private protected override JournalEntry Journal() =>
        Entry("Configuration updates released", null, (ChangeFields.ConfigurationUpdates, null, string.Join(", ", Updates.Select(u => u.ConfigurationItem.Value))));
}

/// <summary>The post-implementation review was recorded.</summary>
/// <param name="Change">The change's id.</param>
/// <param name="Version">The event's version.</param>
/// <param name="At">When.</param>
/// <param name="Actor">Who reviewed it.</param>
/// <param name="Outcome">The outcome.</param>
/// <param name="Lessons">The lessons learned.</param>
/// <param name="PreviousStatus">The status before.</param>
public sealed record ChangeReviewed(ChangeId Change, long Version, Instant At, Actor Actor, string Outcome, string Lessons, ChangeStatus PreviousStatus)
    : ChangeEvent(Change, Version, At, Actor)
{
    private protected override JournalEntry Journal() =>
        Entry("Reviewed", Lessons, (ChangeFields.ReviewOutcome, null, Outcome), (ChangeFields.Status, PreviousStatus.ToString(), ChangeStatus.Reviewed.ToString()));
}

/// <summary>The change was closed.</summary>
/// <param name="Change">The change's id.</param>
/// <param name="Version">The event's version.</param>
/// <param name="At">When.</param>
/// <param name="Actor">Who closed it.</param>
public sealed record ChangeClosed(ChangeId Change, long Version, Instant At, Actor Actor)
    : ChangeEvent(Change, Version, At, Actor)
{
    private protected override JournalEntry Journal() =>
        Entry("Closed", null, (ChangeFields.Status, ChangeStatus.Reviewed.ToString(), ChangeStatus.Closed.ToString()));
}

/// <summary>The change was withdrawn.</summary>
/// <param name="Change">The change's id.</param>
/// <param name="Version">The event's version.</param>
/// <param name="At">When.</param>
/// <param name="Actor">Who withdrew it.</param>
/// <param name="Reason">Why.</param>
/// <param name="PreviousStatus">The status before.</param>
public sealed record ChangeCancelled(ChangeId Change, long Version, Instant At, Actor Actor, string Reason, ChangeStatus PreviousStatus)
    : ChangeEvent(Change, Version, At, Actor)
{
    private protected override JournalEntry Journal() =>
        Entry("Cancelled", Reason, (ChangeFields.Status, PreviousStatus.ToString(), ChangeStatus.Cancelled.ToString()));
}

/// <summary>A record (incident, problem, service request) was linked to the change.</summary>
/// <param name="Change">The change's id.</param>
/// <param name="Version">The event's version.</param>
/// <param name="At">When.</param>
/// <param name="Actor">Who linked it.</param>
/// <param name="Kind">The kind of record.</param>
/// <param name="RecordIdLinked">The linked record's id.</param>
public sealed record ChangeRecordLinked(ChangeId Change, long Version, Instant At, Actor Actor, ChangeLinkKind Kind, string RecordIdLinked)
    : ChangeEvent(Change, Version, At, Actor)
{
    private protected override JournalEntry Journal() =>
        Entry("Linked", null, (ChangeFields.Links, null, $"{Kind} {RecordIdLinked}"));
}

/// <summary>The journal's field names (the change request's property names).</summary>
internal static class ChangeFields
{
    internal const string Type = nameof(ChangeRequest.Type);
    internal const string Title = nameof(ChangeRequest.Title);
    internal const string Category = nameof(ChangeRequest.Category);
    internal const string Class = nameof(ChangeRequest.Class);
    internal const string Requester = nameof(ChangeRequest.Requester);
    internal const string PlannedWindow = "PlannedWindow";
    internal const string RollbackTested = nameof(ChangeRequest.RollbackTested);
    internal const string Template = nameof(ChangeRequest.Template);
    internal const string Status = nameof(ChangeRequest.Status);
    internal const string Risk = nameof(ChangeRequest.Risk);
    internal const string ApprovalPolicy = nameof(ChangeRequest.ApprovalPolicy);
    internal const string Approval = nameof(ChangeRequest.Votes);
    internal const string CabDecision = "CabDecision";
    internal const string ChangeAuthority = nameof(ChangeRequest.ChangeAuthority);
    internal const string NoticeTemplate = nameof(ChangeRequest.NoticeTemplate);
    internal const string SkippedSteps = nameof(ChangeRequest.SkippedApprovalSteps);
    internal const string Gate = nameof(ChangeRequest.GateResults);
    internal const string RollbackDecisionDueAt = nameof(ChangeRequest.RollbackDecisionDueAt);
    internal const string ConfigurationUpdates = nameof(ChangeRequest.ConfigurationUpdates);
    internal const string ReviewOutcome = nameof(ChangeRequest.Review);
    internal const string Links = "Links";

    internal static string Window(Instant start, Instant end) =>
        $"[{InstantPattern.ExtendedIso.Format(start)}, {InstantPattern.ExtendedIso.Format(end)})";
}
