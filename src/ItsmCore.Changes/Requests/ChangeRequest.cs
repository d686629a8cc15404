using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using FluentValidation;
using FluentValidation.Results;
using ItsmCore.Calendars;
using ItsmCore.Classification;
using ItsmCore.Primitives;
using ItsmCore.Sla;
using NodaTime;
using NodaTime.Text;

namespace ItsmCore.Changes;

/// <summary>
/// A change request (RFC, ISO/IEC 20000-1 change management): what changes, why, its planned window, plans, risk,
/// approvals, CAB decision, implementation and rollback, the configuration item updates it releases on success, gate
/// evaluations, the post-implementation review, and a journal of every step. Each <see cref="ChangeType"/> has its own
/// lifecycle table (<see cref="LifecycleFor"/>).
/// </summary>
/// <remarks>
/// <para>
/// Built on the aggregate convention (docs/conventions.md): every command guards its arguments, runs its validator
/// (<see cref="ValidationException"/>, codes <c>Change.{Field}.{Reason}</c>), refuses an <c>at</c> earlier than
/// <see cref="EventSourcedAggregate{TEvent}.LastEventAt"/>, checks the lifecycle
/// (<see cref="InvalidTransitionException"/>) and the change's rules (<see cref="DomainRuleException"/> with a code
/// from <see cref="ChangeRefusalCodes"/>), and only then raises its event; a refused command changes nothing.
/// </para>
/// <para>
/// Everything taken from <see cref="Rules"/> (template version and lead time, risk assessment, approval policy,
/// emergency board, rollback decision time, delegated roles) is written into the event that applied it, so a change
/// rebuilt under other rules has the same state and journal.
/// </para>
/// <para>Not thread-safe: one unit of work owns a change; load and save it through an <see cref="IChangeRequestRepository"/>.</para>
/// </remarks>
public sealed class ChangeRequest : EventSourcedAggregate<ChangeEvent>
{
    /// <summary>The record type used in exceptions and lifecycle messages.</summary>
    public const string RecordTypeName = "Change";

    /// <summary>The longest title accepted.</summary>
    public const int MaxTitleLength = 200;

    /// <summary>The longest description, reason, plan or lesson accepted.</summary>
    public const int MaxTextLength = 4000;

    /// <summary>The longest name (class, authority, template, step, outcome) accepted.</summary>
    public const int MaxNameLength = 200;

    private static readonly ChangeStatus[] Withdrawable =
        [ChangeStatus.Submitted, ChangeStatus.Classified, ChangeStatus.Assessed, ChangeStatus.Authorized, ChangeStatus.Scheduled];

    private readonly List<ApprovalVote> votes = new();
    private readonly List<GoNoGoResult> gates = new();
    private readonly List<IncidentId> incidents = new();
    private readonly List<ProblemId> problems = new();
    private readonly List<ServiceRequestId> serviceRequests = new();
    /// <summary>The calendar of the rollback decision clock: elapsed time.</summary>
    private static readonly BusinessCalendar ElapsedTime = BusinessCalendar.AlwaysOpen(DateTimeZone.Utc);

    private readonly ChangeRules rules;

    private ChangeRequest(ChangeRules rules) => this.rules = rules;

    /// <summary>
    /// The normal-change lifecycle: Submitted -Classify-> Classified -Assess-> Assessed -Authorize (CAB approval)->
    /// Authorized -Schedule-> Scheduled -Start-> Implementing -Succeed-> Implemented / -Fail-> Failed -RollBack->
    /// RolledBack; Implemented, Failed or RolledBack -Review-> Reviewed -Close-> Closed; Assessed -Reject-> Rejected;
    /// Cancel before implementation. Immutable and thread-safe.
    /// </summary>
    public static Lifecycle<ChangeStatus, ChangeTrigger> NormalLifecycle { get; } = Common(ChangeType.Normal, "CAB approval; approval policy approved; rollback tested")
        .Build();

    /// <summary>
    /// The emergency lifecycle: as <see cref="NormalLifecycle"/>, but authorized by the emergency board (bypassing the
    /// CAB cycle; the approval steps the rules allow are skipped) and startable straight after authorization (the
    /// schedule step may be skipped). Immutable and thread-safe.
    /// </summary>
    public static Lifecycle<ChangeStatus, ChangeTrigger> EmergencyLifecycle { get; } = Common(ChangeType.Emergency, "emergency board member; rollback tested")
        .Permit(ChangeStatus.Authorized, ChangeTrigger.Start, ChangeStatus.Implementing, "schedule step skipped")
        .Build();

    /// <summary>
    /// The standard-change lifecycle: pre-approved from an approved catalogue template, so Submitted -Schedule->
    /// Scheduled directly (the planned start checked with the template's lead time); the normal route stays open
    /// (a lifecycle table reaches every status). Immutable and thread-safe.
    /// </summary>
    public static Lifecycle<ChangeStatus, ChangeTrigger> StandardLifecycle { get; } = Common(ChangeType.Standard, "CAB approval; approval policy approved; rollback tested")
        .Permit(ChangeStatus.Submitted, ChangeTrigger.Schedule, ChangeStatus.Scheduled, "pre-approved template; its lead time")
        .Build();

    /// <summary>The change's id.</summary>
    public ChangeId Id { get; private set; }

    /// <summary>Standard, normal or emergency.</summary>
    public ChangeType Type { get; private set; }

    /// <summary>The title.</summary>
    public string Title { get; private set; } = string.Empty;

    /// <summary>What changes.</summary>
    public string Description { get; private set; } = string.Empty;

    /// <summary>Why the change is needed.</summary>
    public string Reason { get; private set; } = string.Empty;

    /// <summary>The category; the empty path when unclassified.</summary>
    public CategoryPath Category { get; private set; }

    /// <summary>The class (<see cref="ChangeClass"/> or a host's); <see cref="ChangeClass.Feature"/> when unclassified.</summary>
    public string Class { get; private set; } = ChangeClass.Feature.Name;

    /// <summary>Who requested it.</summary>
    public Actor Requester { get; private set; } = Actor.System;

    /// <summary>The change authority (board id, role, or "template").</summary>
    public string ChangeAuthority { get; private set; } = string.Empty;

    /// <summary>When it was submitted.</summary>
    public Instant SubmittedAt { get; private set; }

    /// <summary>The affected configuration items.</summary>
    public EquatableArray<ConfigurationItemId> AffectedConfigurationItems { get; private set; }

    /// <summary>The affected services.</summary>
    public EquatableArray<ServiceId> AffectedServices { get; private set; }

    /// <summary>Start of the planned window (inclusive).</summary>
    public Instant PlannedStart { get; private set; }

    /// <summary>End of the planned window (exclusive).</summary>
    public Instant PlannedEnd { get; private set; }

    /// <summary>The expected outage; null for none.</summary>
    public Duration? ExpectedOutage { get; private set; }

    /// <summary>Who implements it (actor ids).</summary>
    public EquatableArray<string> Implementers { get; private set; }

    /// <summary>The implementation plan.</summary>
    public string ImplementationPlan { get; private set; } = string.Empty;

    /// <summary>The rollback plan.</summary>
    public string RollbackPlan { get; private set; } = string.Empty;

    /// <summary>Whether the rollback plan was tested (required before authorization).</summary>
    public bool RollbackTested { get; private set; }

    /// <summary>The configuration item updates attached to the change (released only after success).</summary>
    public EquatableArray<ConfigurationUpdate> ConfigurationUpdates { get; private set; }

    /// <summary>Whether <see cref="ConfigurationUpdates"/> were released.</summary>
    public bool ConfigurationUpdatesReleased { get; private set; }

    /// <summary>The catalogue template version applied, or null.</summary>
    public AppliedTemplate? Template { get; private set; }

    /// <summary>The delegated authority of the change's track, or null on the central track.</summary>
    public DelegatedAuthority? Delegation { get; private set; }

    /// <summary>The risk assessment; null until assessed.</summary>
    public RiskAssessment? Risk { get; private set; }

    /// <summary>The approval policy chosen at assessment; null until assessed.</summary>
    public ApprovalPolicy? ApprovalPolicy { get; private set; }

    /// <summary>The approval votes recorded, oldest first.</summary>
    public IReadOnlyList<ApprovalVote> Votes => votes.AsReadOnly();

    /// <summary>The approval policy's result after the last vote; null until assessed.</summary>
    public ApprovalResult? ApprovalResult { get; private set; }

    /// <summary>The last CAB decision, or null.</summary>
    public CabDecision? LastCabDecision { get; private set; }

    /// <summary>The pre-approved notice template of an emergency, or null.</summary>
    public string? NoticeTemplate { get; private set; }

    /// <summary>The approval steps an emergency authorization skipped.</summary>
    public EquatableArray<string> SkippedApprovalSteps { get; private set; }

    /// <summary>The go/no-go gate results, oldest first.</summary>
    public IReadOnlyList<GoNoGoResult> GateResults => gates.AsReadOnly();

    /// <summary>When the rollback decision is due after a failure; null unless failed.</summary>
    public Instant? RollbackDecisionDueAt { get; private set; }

    /// <summary>
    /// The rollback decision deadline of a failed implementation as an SLA clock: started at the failure with the
    /// target its event carries (<see cref="ChangeImplementationFailed.RollbackDecisionWithin"/>) on elapsed time
    /// (<see cref="BusinessCalendar.AlwaysOpen"/> in UTC: a cutover runs at night and at weekends), stopped when the decision is
    /// taken (rolled back, or reviewed without a rollback). Its status tells the time left, the due instant, and whether
    /// the decision was or is late (SLA semantics: a decision exactly at the due instant is on time). Null unless the
    /// implementation failed. Immutable: each step replaces the clock.
    /// </summary>
    public SlaClock? RollbackDecisionClock { get; private set; }

    /// <summary>The post-implementation review, or null.</summary>
    public ChangeReview? Review { get; private set; }

    /// <summary>Linked incidents.</summary>
    public IReadOnlyList<IncidentId> Incidents => incidents.AsReadOnly();

    /// <summary>Linked problems.</summary>
    public IReadOnlyList<ProblemId> Problems => problems.AsReadOnly();

    /// <summary>Linked service requests.</summary>
    public IReadOnlyList<ServiceRequestId> ServiceRequests => serviceRequests.AsReadOnly();

    /// <summary>Where the change is in its lifecycle.</summary>
    public ChangeStatus Status { get; private set; }

    /// <summary>Whether the change is not in a final state of its lifecycle.</summary>
    public bool IsOpen => !Lifecycle.FinalStates.Contains(Status);

    /// <summary>The lifecycle of the change's type.</summary>
    public Lifecycle<ChangeStatus, ChangeTrigger> Lifecycle => LifecycleFor(Type);

    /// <summary>The frozen rules the change works with.</summary>
    public ChangeRules Rules => rules;

    /// <summary>The lifecycle table of a change type.</summary>
    /// <param name="type">The type.</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Not a defined type.</exception>
    public static Lifecycle<ChangeStatus, ChangeTrigger> LifecycleFor(ChangeType type) => type switch
    {
        ChangeType.Normal => NormalLifecycle,
        ChangeType.Emergency => EmergencyLifecycle,
        ChangeType.Standard => StandardLifecycle,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Not a change type."),
    };

    /// <summary>
    /// The change as a CAB agenda sees it (<see cref="ChangeAdvisoryBoard.AgendaFrom(CabMeeting, IEnumerable{ChangeRequest})"/>):
    /// its id, <see cref="SubmittedAt"/> and where it stands with the board: <see cref="CabItemStatus.Withdrawn"/> when
    /// cancelled; <see cref="CabItemStatus.Reviewed"/> once the CAB approved or rejected it;
    /// <see cref="CabItemStatus.Deferred"/> when its last CAB decision was a deferral; else
    /// <see cref="CabItemStatus.Waiting"/>. Null for a standard change (pre-approved from its template) and an emergency
    /// change (decided by the emergency board): neither goes to a meeting.
    /// </summary>
    public CabAgendaItem? CabItem => Type != ChangeType.Normal
        ? null
        : new CabAgendaItem(Id, SubmittedAt, Status switch
        {
            ChangeStatus.Cancelled => CabItemStatus.Withdrawn,
            _ when LastCabDecision == CabDecision.Defer => CabItemStatus.Deferred,
            _ when LastCabDecision is not null => CabItemStatus.Reviewed,
            ChangeStatus.Submitted or ChangeStatus.Classified or ChangeStatus.Assessed => CabItemStatus.Waiting,
            _ => CabItemStatus.Reviewed,
        });

    /// <summary>
    /// Whether the rollback decision of a failed change is overdue at <paramref name="now"/>: the change is still failed
    /// (no decision taken) and <see cref="RollbackDecisionClock"/> is breached at <paramref name="now"/>, that is
    /// <paramref name="now"/> is after <see cref="RollbackDecisionDueAt"/> (at exactly the due instant it is not yet late).
    /// </summary>
    /// <param name="now">The instant to check.</param>
    /// <returns>True when failed, undecided and past the due instant.</returns>
    public bool IsRollbackDecisionOverdue(Instant now) =>
        Status == ChangeStatus.Failed && RollbackDecisionClock is { } clock && clock.Evaluate(now).IsBreached;

    /// <summary>Submits a change request. A standard change names an approved catalogue template of type standard (the version applied is written into the event).</summary>
    /// <param name="command">The request.</param>
    /// <param name="id">The change's id.</param>
    /// <param name="actor">Who submits it.</param>
    /// <param name="at">When.</param>
    /// <param name="rules">The rules.</param>
    /// <returns>The change with one uncommitted <see cref="ChangeRequestSubmitted"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is the empty id.</exception>
    /// <exception cref="ValidationException">The command is invalid (the messages name the change).</exception>
    /// <exception cref="DomainRuleException">The template is not approved or not of the change's type (<c>Change.Template.NotApproved</c>).</exception>
    public static ChangeRequest Submit(SubmitChangeRequest command, ChangeId id, Actor actor, Instant at, ChangeRules rules)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(rules);
        if (id.Value is null || id.Value.Length == 0)
        {
            throw new ArgumentException("A change needs an id; the empty id (the default value) was given.", nameof(id));
        }

        var context = new ValidationContext<SubmitChangeRequest>(command);
        context.RootContextData[ChangeCommandValidators.ChangeIdKey] = id.Value;
        ValidationResult result = rules.Validators.SubmitChangeRequest.Validate(context);
        if (!result.IsValid)
        {
            throw new ValidationException(result.Errors);
        }

        AppliedTemplate? template = null;
        if (command.TemplateId is { } templateId)
        {
            ChangeTemplate? current = rules.Catalogue.Current(templateId);
            if (current is null || current.Type != command.Type)
            {
                throw new DomainRuleException(
                    RecordTypeName,
                    id.Value,
                    "submit",
                    new Refusal(
                        ChangeRefusalCodes.TemplateNotApproved,
                        current is null
                            ? $"the catalogue has no approved version of template '{templateId}'"
                            : $"template '{templateId}' is for {current.Type} changes, not {command.Type}",
                        [new("template", templateId)]));
            }

            template = new AppliedTemplate(current.Id, current.Version, current.LeadTime);
        }

        string authority = command.ChangeAuthority ?? command.Type switch
        {
            ChangeType.Emergency => rules.EmergencyBoard?.Id ?? "emergency-board",
            ChangeType.Standard => "template",
            _ => "cab",
        };
        var change = new ChangeRequest(rules);
        change.Raise(new ChangeRequestSubmitted(
            id,
            1,
            at,
            actor,
            command.Type,
            command.Title,
            command.Description,
            command.Reason,
            command.Category,
            command.Class ?? ChangeClass.Feature.Name,
            command.Requester,
            authority,
            EquatableArray.From(command.AffectedConfigurationItems ?? []),
            EquatableArray.From(command.AffectedServices ?? []),
            command.PlannedStart,
            command.PlannedEnd,
            command.ExpectedOutage,
            EquatableArray.From(command.Implementers ?? []),
            command.ImplementationPlan,
            command.RollbackPlan,
            command.RollbackTested,
            EquatableArray.From((command.ConfigurationUpdates ?? []).Select(u => ConfigurationUpdate.Of(id, u))),
            template,
            command.DelegatedTrack ? rules.Delegation : null));
        foreach (IncidentId i in command.Incidents ?? [])
        {
            change.Raise(new ChangeRecordLinked(id, change.Version + 1, at, actor, ChangeLinkKind.Incident, i.Value));
        }

        foreach (ProblemId p in command.Problems ?? [])
        {
            change.Raise(new ChangeRecordLinked(id, change.Version + 1, at, actor, ChangeLinkKind.Problem, p.Value));
        }

        foreach (ServiceRequestId s in command.ServiceRequests ?? [])
        {
            change.Raise(new ChangeRecordLinked(id, change.Version + 1, at, actor, ChangeLinkKind.ServiceRequest, s.Value));
        }

        return change;
    }

    /// <summary>Rebuilds a change from its events.</summary>
    /// <param name="history">The events, oldest first, starting with <see cref="ChangeRequestSubmitted"/>.</param>
    /// <param name="rules">The rules from now on (the history does not depend on them).</param>
    /// <returns>The change, with no uncommitted events.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The history is not a valid change history.</exception>
    public static ChangeRequest Rebuild(IEnumerable<ChangeEvent> history, ChangeRules rules)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(rules);
        var change = new ChangeRequest(rules);
        change.Replay(history);
        return change;
    }

    /// <summary>Records and classifies the change (trigger <see cref="ChangeTrigger.Classify"/>).</summary>
    /// <param name="command">The classification.</param>
    /// <param name="actor">Who.</param>
    /// <param name="at">When.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ValidationException">The class is not one of the rules'.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last event.</exception>
    /// <exception cref="InvalidTransitionException">The lifecycle does not allow it.</exception>
    public void Classify(ClassifyChange command, Actor actor, Instant at)
    {
        CheckTransition(command, actor, at, rules.Validators.ClassifyChange, ChangeTrigger.Classify);
        Raise(new ChangeClassified(Id, Version + 1, at, actor, command.Category ?? Category, command.Class ?? Class, Category, Class));
    }

    /// <summary>
    /// Assesses the risk with the rules' risk model and chooses the approval policy by type and risk from the rules'
    /// routing (trigger <see cref="ChangeTrigger.Assess"/>); assessment and policy are written into the event.
    /// </summary>
    /// <param name="command">The inputs.</param>
    /// <param name="actor">Who.</param>
    /// <param name="at">When.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last event.</exception>
    /// <exception cref="InvalidTransitionException">The lifecycle does not allow it.</exception>
    /// <exception cref="DomainRuleException">No risk model (<c>Change.Risk.NoModel</c>), the model refuses the inputs (its codes), or no approval route (<c>Change.Approval.NoRoute</c>).</exception>
    public void AssessRisk(AssessChangeRisk command, Actor actor, Instant at)
    {
        CheckTransition(command, actor, at, rules.Validators.AssessChangeRisk, ChangeTrigger.Assess);
        if (rules.RiskModel is not { } model)
        {
            throw Refuse("assess the risk", new Refusal(ChangeRefusalCodes.NoRiskModel, "the rules have no risk model"));
        }

        Outcome<RiskAssessment> assessment = model.Assess(command.Impact, command.Likelihood, command.Answers);
        if (assessment.IsRefused)
        {
            throw Refuse("assess the risk", assessment.Refusals[0]);
        }

        Outcome<ApprovalPolicy> policy = rules.ApprovalRouting is { } routing
            ? routing.PolicyFor(Type, assessment.Value.Level)
            : Outcome<ApprovalPolicy>.Refused(new Refusal(ApprovalRouting.NoRouteCode, "the rules have no approval routing"));
        if (policy.IsRefused)
        {
            throw Refuse("assess the risk", policy.Refusals[0]);
        }

        Raise(new ChangeRiskAssessed(Id, Version + 1, at, actor, assessment.Value, policy.Value));
    }

    /// <summary>Records an approval vote by <paramref name="actor"/>, checked and evaluated by the change's approval policy (segregation of duties: the requester and implementers may not vote).</summary>
    /// <param name="command">The vote.</param>
    /// <param name="actor">The approver.</param>
    /// <param name="at">When.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ValidationException">The command is invalid.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last event.</exception>
    /// <exception cref="DomainRuleException">Not assessed (<c>Change.Approval.NotAssessed</c>), final, or the policy does not count the vote (its code, e.g. <c>Change.Approval.SegregationOfDuties</c>).</exception>
    public void RecordVote(RecordChangeVote command, Actor actor, Instant at)
    {
        CheckEdit(command, actor, at, rules.Validators.RecordChangeVote, "record a vote");
        if (ApprovalPolicy is not { } policy || Status != ChangeStatus.Assessed)
        {
            throw Refuse("record a vote", new Refusal("Change.Approval.NotAssessed", $"votes are recorded on an assessed change; it is {Status}", [new("status", Status.ToString())]));
        }

        var vote = new ApprovalVote(command.Step, actor, command.Decision, at);
        Outcome<ApprovalEvaluation> checkedVote = policy.CheckVote(votes, vote, Requester.Id, Implementers);
        if (checkedVote.IsRefused)
        {
            throw Refuse("record a vote", checkedVote.Refusals[0]);
        }

        Raise(new ChangeApprovalVoteRecorded(Id, Version + 1, at, actor, vote, checkedVote.Value.Result));
    }

    /// <summary>Records the CAB decision: approve authorizes (the policy must have approved and the rollback be tested), reject ends the change, defer keeps it assessed.</summary>
    /// <param name="command">The decision.</param>
    /// <param name="actor">Who records it.</param>
    /// <param name="at">When.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ValidationException">The command is invalid.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last event.</exception>
    /// <exception cref="InvalidTransitionException">The lifecycle does not allow it.</exception>
    /// <exception cref="DomainRuleException"><c>Change.Approval.NotApproved</c> or <c>Change.RollbackPlan.NotTested</c> for an approval.</exception>
    public void DecideAtCab(DecideChangeAtCab command, Actor actor, Instant at)
    {
        CheckCommon(command, actor, at, rules.Validators.DecideChangeAtCab);
        if (command.Decision == CabDecision.Approve && Type == ChangeType.Emergency)
        {
            throw new InvalidTransitionException(RecordTypeName, Id.Value, Status.ToString(), "approve at the CAB", "an emergency change is authorized by the emergency board");
        }

        // Approve fires Authorize; reject and defer are decided on an assessed change, which the Reject transition checks.
        Lifecycle.Fire(Status, command.Decision == CabDecision.Approve ? ChangeTrigger.Authorize : ChangeTrigger.Reject, Id.Value);
        if (command.Decision == CabDecision.Approve)
        {
            if (ApprovalResult != Changes.ApprovalResult.Approved)
            {
                throw Refuse("approve at the CAB", new Refusal(ChangeRefusalCodes.NotApproved, $"the approval policy's result is {ApprovalResult}, not Approved", [new("result", ApprovalResult?.ToString() ?? "none")]));
            }

            CheckRollbackTested("approve at the CAB");
        }

        Raise(new ChangeCabDecided(Id, Version + 1, at, actor, command.Decision, EquatableArray.From(votes), ApprovalResult ?? Changes.ApprovalResult.Pending, command.Reason, Status));
    }

    /// <summary>Authorizes an emergency change by a member of the rules' emergency board, bypassing the CAB cycle; the approval steps the rules allow an emergency to skip are recorded as skipped.</summary>
    /// <param name="command">The notice template used.</param>
    /// <param name="actor">The board member.</param>
    /// <param name="at">When.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ValidationException">The command is invalid.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last event.</exception>
    /// <exception cref="InvalidTransitionException">Not an emergency change, or the lifecycle does not allow it.</exception>
    /// <exception cref="DomainRuleException"><c>Change.EmergencyBoard.None</c>, <c>Change.EmergencyBoard.NotMember</c>, <c>Change.NoticeTemplate.NotPreApproved</c>, <c>Change.RollbackPlan.NotTested</c>.</exception>
    public void AuthorizeEmergency(AuthorizeEmergencyChange command, Actor actor, Instant at)
    {
        CheckCommon(command, actor, at, rules.Validators.AuthorizeEmergencyChange);
        if (Type != ChangeType.Emergency)
        {
            throw new InvalidTransitionException(RecordTypeName, Id.Value, Status.ToString(), "authorize as an emergency", $"a {Type} change is not an emergency change");
        }

        Lifecycle.Fire(Status, ChangeTrigger.Authorize, Id.Value);
        const string attempted = "authorize an emergency change";
        if (rules.EmergencyBoard is not { } board)
        {
            throw Refuse(attempted, new Refusal(ChangeRefusalCodes.NoEmergencyBoard, "the rules have no emergency board"));
        }

        if (board.Members.Count > 0 && !board.Members.Contains(actor.Id))
        {
            throw Refuse(attempted, new Refusal(ChangeRefusalCodes.NotEmergencyBoardMember, $"'{actor.Id}' is not a member of the emergency board '{board.Id}'", [new("actor", actor.Id), new("board", board.Id)]));
        }

        if (command.NoticeTemplate is { } notice && !rules.PreApprovedNoticeTemplates.Contains(notice))
        {
            throw Refuse(attempted, new Refusal(ChangeRefusalCodes.NoticeTemplateNotPreApproved, $"the notice template '{notice}' is not pre-approved", [new("noticeTemplate", notice)]));
        }

        CheckRollbackTested(attempted);
        string[] skipped = ApprovalPolicy is { } policy
            ? policy.Steps.Select(s => s.Name).Where(n => rules.EmergencySkippableSteps.Contains(n)).ToArray()
            : [];
        Raise(new ChangeEmergencyAuthorized(Id, Version + 1, at, actor, board.Id, command.NoticeTemplate, EquatableArray.From(skipped), Status));
    }

    /// <summary>Schedules the change in its planned window; a change from a template has its start checked with the template's lead time from <see cref="SubmittedAt"/> (the earliest allowed instant is written into the event).</summary>
    /// <param name="command">The command.</param>
    /// <param name="actor">Who.</param>
    /// <param name="at">When.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last event.</exception>
    /// <exception cref="InvalidTransitionException">The lifecycle does not allow it.</exception>
    /// <exception cref="DomainRuleException"><c>LeadTime.DesiredAt.BeforeEarliestAllowed</c> (naming the earliest allowed instant) or <c>Change.Template.CalendarUnknown</c>.</exception>
    public void Schedule(ScheduleChange command, Actor actor, Instant at)
    {
        CheckTransition(command, actor, at, rules.Validators.ScheduleChange, ChangeTrigger.Schedule);
        Instant? earliest = null;
        if (Template is { } template)
        {
            if (!rules.Calendars.TryGetCalendar(template.LeadTime.CalendarId, SubmittedAt, out BusinessCalendar? calendar))
            {
                throw Refuse("schedule", new Refusal(ChangeRefusalCodes.CalendarUnknown, $"the rules have no calendar '{template.LeadTime.CalendarId}' for the lead time of template '{template.Id}'", [new("calendar", template.LeadTime.CalendarId)]));
            }

            Outcome<Sla.LeadTimeCheck> check = template.LeadTime.Check(calendar, SubmittedAt, PlannedStart);
            if (check.IsRefused)
            {
                throw Refuse("schedule", check.Refusals[0]);
            }

            earliest = check.Value.EarliestAllowed;
        }

        Raise(new ChangeScheduled(Id, Version + 1, at, actor, PlannedStart, PlannedEnd, earliest, Status));
    }

    /// <summary>Evaluates a go/no-go gate and records every criterion's verdict.</summary>
    /// <param name="command">The gate and measurements.</param>
    /// <param name="actor">Who.</param>
    /// <param name="at">When.</param>
    /// <returns>The gate's result.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ValidationException">The command is invalid.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last event.</exception>
    /// <exception cref="DomainRuleException">The change is final (<c>Change.Status.Final</c>).</exception>
    public GoNoGoResult EvaluateGate(EvaluateChangeGate command, Actor actor, Instant at)
    {
        CheckEdit(command, actor, at, rules.Validators.EvaluateChangeGate, "evaluate a gate");
        GoNoGoResult result = command.Gate.Evaluate(command.Measured);
        Raise(new ChangeGateEvaluated(Id, Version + 1, at, actor, result));
        return result;
    }

    /// <summary>Starts the implementation; on a delegated track only the release role may (checked in <paramref name="roles"/>).</summary>
    /// <param name="command">The command.</param>
    /// <param name="actor">Who.</param>
    /// <param name="at">When.</param>
    /// <param name="roles">The host's role directory (needed on a delegated track).</param>
    /// <exception cref="ArgumentNullException">An argument is null, or <paramref name="roles"/> on a delegated track.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last event.</exception>
    /// <exception cref="InvalidTransitionException">The lifecycle does not allow it.</exception>
    /// <exception cref="DomainRuleException"><c>Change.Release.NotDelegated</c>.</exception>
    public void StartImplementation(StartChangeImplementation command, Actor actor, Instant at, IRoleDirectory? roles = null)
    {
        CheckTransition(command, actor, at, rules.Validators.StartChangeImplementation, ChangeTrigger.Start);
        if (Delegation is { } delegation)
        {
            ArgumentNullException.ThrowIfNull(roles);
            Outcome<Actor> allowed = delegation.AuthorizeRelease(actor, roles);
            if (allowed.IsRefused)
            {
                throw Refuse("start the implementation", allowed.Refusals[0]);
            }
        }

        Raise(new ChangeImplementationStarted(Id, Version + 1, at, actor, Status));
    }

    /// <summary>Reports a successful implementation.</summary>
    /// <param name="command">The command.</param>
    /// <param name="actor">Who.</param>
    /// <param name="at">When.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last event.</exception>
    /// <exception cref="InvalidTransitionException">The lifecycle does not allow it.</exception>
    public void CompleteImplementation(CompleteChangeImplementation command, Actor actor, Instant at)
    {
        CheckTransition(command, actor, at, rules.Validators.CompleteChangeImplementation, ChangeTrigger.Succeed);
        Raise(new ChangeImplementationSucceeded(Id, Version + 1, at, actor));
    }

    /// <summary>Reports a failed implementation; the rollback decision is due after the rules' <see cref="ChangeRules.RollbackDecisionWithin"/> (written into the event).</summary>
    /// <param name="command">What went wrong.</param>
    /// <param name="actor">Who.</param>
    /// <param name="at">When.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ValidationException">The command is invalid.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last event.</exception>
    /// <exception cref="InvalidTransitionException">The lifecycle does not allow it.</exception>
    public void FailImplementation(FailChangeImplementation command, Actor actor, Instant at)
    {
        CheckTransition(command, actor, at, rules.Validators.FailChangeImplementation, ChangeTrigger.Fail);
        Raise(new ChangeImplementationFailed(Id, Version + 1, at, actor, command.Reason, rules.RollbackDecisionWithin));
    }

    /// <summary>Rolls the change back after a failure.</summary>
    /// <param name="command">A note.</param>
    /// <param name="actor">Who.</param>
    /// <param name="at">When.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ValidationException">The command is invalid.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last event.</exception>
    /// <exception cref="InvalidTransitionException">The lifecycle does not allow it.</exception>
    public void RollBack(RollBackChange command, Actor actor, Instant at)
    {
        CheckTransition(command, actor, at, rules.Validators.RollBackChange, ChangeTrigger.RollBack);
        Raise(new ChangeRolledBack(Id, Version + 1, at, actor, command.Reason));
    }

    /// <summary>
    /// Releases the configuration item updates attached to the change (one event naming each update with the change
    /// id, which <see cref="ChangeConfigurationUpdates"/> applies to the CMDB); only after a successful implementation, once, and on a delegated track only by the
    /// CI-update role (checked in <paramref name="roles"/>). A change without updates raises no event.
    /// </summary>
    /// <param name="command">The command.</param>
    /// <param name="actor">Who.</param>
    /// <param name="at">When.</param>
    /// <param name="roles">The host's role directory (needed on a delegated track).</param>
    /// <exception cref="ArgumentNullException">An argument is null, or <paramref name="roles"/> on a delegated track.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last event.</exception>
    /// <exception cref="DomainRuleException"><c>Change.ConfigurationUpdates.NotImplemented</c>, <c>Change.ConfigurationUpdates.AlreadyReleased</c>, <c>Change.CiUpdate.NotAllowed</c>.</exception>
    public void ReleaseConfigurationUpdates(ReleaseChangeConfigurationUpdates command, Actor actor, Instant at, IRoleDirectory? roles = null)
    {
        CheckCommon(command, actor, at, rules.Validators.ReleaseChangeConfigurationUpdates);
        const string attempted = "release the configuration updates";
        if (!(Status == ChangeStatus.Implemented || (Status is ChangeStatus.Reviewed or ChangeStatus.Closed && Review is not null && !RollbackDecisionDueAt.HasValue)))
        {
            throw Refuse(attempted, new Refusal(ChangeRefusalCodes.NotImplemented, $"configuration updates are released only after a successful implementation; the change is {Status}", [new("status", Status.ToString())]));
        }

        if (ConfigurationUpdatesReleased)
        {
            throw Refuse(attempted, new Refusal(ChangeRefusalCodes.AlreadyReleased, "the configuration updates were already released"));
        }

        if (Delegation is { } delegation)
        {
            ArgumentNullException.ThrowIfNull(roles);
            Outcome<Actor> allowed = delegation.AuthorizeCiUpdate(actor, roles);
            if (allowed.IsRefused)
            {
                throw Refuse(attempted, allowed.Refusals[0]);
            }
        }

        if (ConfigurationUpdates.Count == 0)
        {
            return;
        }

        Raise(new ChangeConfigurationUpdatesReleased(Id, Version + 1, at, actor, ConfigurationUpdates));
    }

    /// <summary>Records the post-implementation review (required before closing).</summary>
    /// <param name="command">Outcome and lessons.</param>
    /// <param name="actor">Who.</param>
    /// <param name="at">When.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ValidationException">The command is invalid.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last event.</exception>
    /// <exception cref="InvalidTransitionException">The lifecycle does not allow it.</exception>
    public void RecordReview(ReviewChange command, Actor actor, Instant at)
    {
        CheckTransition(command, actor, at, rules.Validators.ReviewChange, ChangeTrigger.Review);
        Raise(new ChangeReviewed(Id, Version + 1, at, actor, command.Outcome, command.Lessons, Status));
    }

    /// <summary>Closes a reviewed change.</summary>
    /// <param name="command">The command.</param>
    /// <param name="actor">Who.</param>
    /// <param name="at">When.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last event.</exception>
    /// <exception cref="InvalidTransitionException">The lifecycle does not allow it (no review yet).</exception>
    public void Close(CloseChange command, Actor actor, Instant at)
    {
        CheckTransition(command, actor, at, rules.Validators.CloseChange, ChangeTrigger.Close);
        Raise(new ChangeClosed(Id, Version + 1, at, actor));
    }

    /// <summary>Withdraws the change before implementation.</summary>
    /// <param name="command">Why.</param>
    /// <param name="actor">Who.</param>
    /// <param name="at">When.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ValidationException">The command is invalid.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last event.</exception>
    /// <exception cref="InvalidTransitionException">The lifecycle does not allow it.</exception>
    public void Cancel(CancelChange command, Actor actor, Instant at)
    {
        CheckTransition(command, actor, at, rules.Validators.CancelChange, ChangeTrigger.Cancel);
        Raise(new ChangeCancelled(Id, Version + 1, at, actor, command.Reason, Status));
    }

    /// <summary>Links an incident, problem or service request; linking a linked record raises no event.</summary>
    /// <param name="command">The record.</param>
    /// <param name="actor">Who.</param>
    /// <param name="at">When.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ValidationException">The command is invalid.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last event.</exception>
    /// <exception cref="DomainRuleException">The change is final (<c>Change.Status.Final</c>).</exception>
    public void Link(LinkChangeRecord command, Actor actor, Instant at)
    {
        CheckEdit(command, actor, at, rules.Validators.LinkChangeRecord, "link a record");
        bool linked = command.Kind switch
        {
            ChangeLinkKind.Incident => incidents.Contains(new IncidentId(command.RecordId)),
            ChangeLinkKind.Problem => problems.Contains(new ProblemId(command.RecordId)),
            _ => serviceRequests.Contains(new ServiceRequestId(command.RecordId)),
        };
        if (!linked)
        {
            Raise(new ChangeRecordLinked(Id, Version + 1, at, actor, command.Kind, command.RecordId));
        }
    }

    /// <inheritdoc />
    protected override void When(ChangeEvent domainEvent)
    {
        if ((domainEvent is ChangeRequestSubmitted) != (Version == 0))
        {
            throw new ArgumentException(
                Version == 0
                    ? $"A change's history starts with {nameof(ChangeRequestSubmitted)}, not {domainEvent.GetType().Name}."
                    : $"{nameof(ChangeRequestSubmitted)} can only be a change's first event; change {Id} already has {Version}.",
                nameof(domainEvent));
        }

        if (Version > 0 && domainEvent.At < LastEventAt)
        {
            throw new ArgumentException(
                $"Event {domainEvent.GetType().Name} (version {domainEvent.Version}) at {InstantPattern.ExtendedIso.Format(domainEvent.At)} is earlier than the event before it ({InstantPattern.ExtendedIso.Format(LastEventAt)}).",
                nameof(domainEvent));
        }

        switch (domainEvent)
        {
            case ChangeRequestSubmitted e:
                Id = e.Change;
                Type = e.Type;
                Title = e.Title;
                Description = e.Description;
                Reason = e.Reason;
                Category = e.Category;
                Class = e.Class;
                Requester = e.Requester;
                ChangeAuthority = e.ChangeAuthority;
                SubmittedAt = e.At;
                AffectedConfigurationItems = e.AffectedConfigurationItems;
                AffectedServices = e.AffectedServices;
                PlannedStart = e.PlannedStart;
                PlannedEnd = e.PlannedEnd;
                ExpectedOutage = e.ExpectedOutage;
                Implementers = e.Implementers;
                ImplementationPlan = e.ImplementationPlan;
                RollbackPlan = e.RollbackPlan;
                RollbackTested = e.RollbackTested;
                ConfigurationUpdates = e.ConfigurationUpdates;
                Template = e.Template;
                Delegation = e.Delegation;
                Status = ChangeStatus.Submitted;
                break;
            case ChangeClassified e:
                Category = e.Category;
                Class = e.Class;
                Status = ChangeStatus.Classified;
                break;
            case ChangeRiskAssessed e:
                Risk = e.Assessment;
                ApprovalPolicy = e.Policy;
                ApprovalResult = Changes.ApprovalResult.Pending;
                Status = ChangeStatus.Assessed;
                break;
            case ChangeApprovalVoteRecorded e:
                votes.Add(e.Vote);
                ApprovalResult = e.Result;
                break;
            case ChangeCabDecided e:
                LastCabDecision = e.Decision;
                Status = e.Status;
                break;
            case ChangeEmergencyAuthorized e:
                ChangeAuthority = e.Board;
                NoticeTemplate = e.NoticeTemplate;
                SkippedApprovalSteps = e.SkippedSteps;
                Status = ChangeStatus.Authorized;
                break;
            case ChangeScheduled e:
                PlannedStart = e.Start;
                PlannedEnd = e.End;
                Status = ChangeStatus.Scheduled;
                break;
            case ChangeGateEvaluated e:
                gates.Add(e.Result);
                break;
            case ChangeImplementationStarted:
                Status = ChangeStatus.Implementing;
                break;
            case ChangeImplementationSucceeded:
                Status = ChangeStatus.Implemented;
                break;
            case ChangeImplementationFailed e:
                RollbackDecisionDueAt = e.RollbackDecisionDueAt;
                RollbackDecisionClock = SlaClock.Start(e.RollbackDecisionWithin, ElapsedTime, e.At);
                Status = ChangeStatus.Failed;
                break;
            case ChangeRolledBack e:
                RollbackDecisionClock = RollbackDecisionClock?.Stop(e.At);
                Status = ChangeStatus.RolledBack;
                break;
            case ChangeConfigurationUpdatesReleased:
                ConfigurationUpdatesReleased = true;
                break;
            case ChangeReviewed e:
                Review = new ChangeReview(e.Outcome, e.Lessons, e.Actor, e.At);
                if (RollbackDecisionClock is { IsActive: true } undecided)
                {
                    RollbackDecisionClock = undecided.Stop(e.At);
                }

                Status = ChangeStatus.Reviewed;
                break;
            case ChangeClosed:
                Status = ChangeStatus.Closed;
                break;
            case ChangeCancelled:
                Status = ChangeStatus.Cancelled;
                break;
            case ChangeRecordLinked e:
                switch (e.Kind)
                {
                    case ChangeLinkKind.Incident:
                        incidents.Add(new IncidentId(e.RecordIdLinked));
                        break;
                    case ChangeLinkKind.Problem:
                        problems.Add(new ProblemId(e.RecordIdLinked));
                        break;
                    default:
                        serviceRequests.Add(new ServiceRequestId(e.RecordIdLinked));
                        break;
                }

                break;
            default:
                throw new ArgumentException($"{domainEvent.GetType().Name} is not a change event this version of ItsmCore.Changes knows.", nameof(domainEvent));
        }
    }

    private static LifecycleBuilder<ChangeStatus, ChangeTrigger> Common(ChangeType type, string authorization)
    {
        LifecycleBuilder<ChangeStatus, ChangeTrigger> builder = Lifecycle<ChangeStatus, ChangeTrigger>.CreateBuilder(RecordTypeName + "." + type, ChangeStatus.Submitted)
            .Permit(ChangeStatus.Submitted, ChangeTrigger.Classify, ChangeStatus.Classified)
            .Permit(ChangeStatus.Classified, ChangeTrigger.Assess, ChangeStatus.Assessed)
            .Permit(ChangeStatus.Assessed, ChangeTrigger.Authorize, ChangeStatus.Authorized, authorization)
            .Permit(ChangeStatus.Assessed, ChangeTrigger.Reject, ChangeStatus.Rejected, "CAB rejection (or deferral, which stays)")
            .Permit(ChangeStatus.Authorized, ChangeTrigger.Schedule, ChangeStatus.Scheduled, "lead time of the template, if any")
            .Permit(ChangeStatus.Scheduled, ChangeTrigger.Start, ChangeStatus.Implementing, "release role on a delegated track")
            .Permit(ChangeStatus.Implementing, ChangeTrigger.Succeed, ChangeStatus.Implemented)
            .Permit(ChangeStatus.Implementing, ChangeTrigger.Fail, ChangeStatus.Failed, "rollback decision clock starts")
            .Permit(ChangeStatus.Failed, ChangeTrigger.RollBack, ChangeStatus.RolledBack)
            .Permit(ChangeStatus.Implemented, ChangeTrigger.Review, ChangeStatus.Reviewed)
            .Permit(ChangeStatus.Failed, ChangeTrigger.Review, ChangeStatus.Reviewed)
            .Permit(ChangeStatus.RolledBack, ChangeTrigger.Review, ChangeStatus.Reviewed)
            .Permit(ChangeStatus.Reviewed, ChangeTrigger.Close, ChangeStatus.Closed, "post-implementation review recorded");
        foreach (ChangeStatus from in Withdrawable)
        {
            builder.Permit(from, ChangeTrigger.Cancel, ChangeStatus.Cancelled, "reason required");
        }

        return builder;
    }

    private void CheckRollbackTested(string attempted)
    {
        if (!RollbackTested)
        {
            throw Refuse(attempted, new Refusal(ChangeRefusalCodes.RollbackNotTested, "the rollback plan must be tested before the change is authorized", [new("rollbackTested", "false")]));
        }
    }

    private void CheckCommon<TCommand>(TCommand command, Actor actor, Instant at, IValidator<TCommand> validator)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(actor);
        var context = new ValidationContext<TCommand>(command);
        context.RootContextData[ChangeCommandValidators.ChangeIdKey] = Id.Value;
        ValidationResult result = validator.Validate(context);
        if (!result.IsValid)
        {
            throw new ValidationException(result.Errors);
        }

        if (at < LastEventAt)
        {
            throw new ArgumentOutOfRangeException(
                nameof(at),
                at,
                $"{RecordTypeName} {Id}: the command is dated {InstantPattern.ExtendedIso.Format(at)}, earlier than the change's last event ({InstantPattern.ExtendedIso.Format(LastEventAt)}).");
        }
    }

    private void CheckEdit<TCommand>(TCommand command, Actor actor, Instant at, IValidator<TCommand> validator, string attempted)
    {
        CheckCommon(command, actor, at, validator);
        if (!IsOpen)
        {
            throw Refuse(attempted, new Refusal(ChangeRefusalCodes.Final, $"it is {Status}, a final state", [new("status", Status.ToString())]));
        }
    }

    private void CheckTransition<TCommand>(TCommand command, Actor actor, Instant at, IValidator<TCommand> validator, ChangeTrigger trigger)
    {
        CheckCommon(command, actor, at, validator);
        Lifecycle.Fire(Status, trigger, Id.Value);
    }

    private DomainRuleException Refuse(string attempted, Refusal refusal) => new(RecordTypeName, Id.Value, attempted, refusal);
}
