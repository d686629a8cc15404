using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ItsmCore.Calendars;
using ItsmCore.Classification;
using ItsmCore.Primitives;
using ItsmCore.Sla;
using NodaTime;

namespace ItsmCore.Incidents;

/// <content>The commands: each checks its command, the state and the instant, then raises its events.</content>
public sealed partial class Incident
{
    /// <summary>Changes descriptive fields. Fields equal to the current values are not journaled; a command that changes nothing raises no event.</summary>
    /// <param name="command">The new values.</param>
    /// <param name="actor">Who.</param>
    /// <param name="at">When; not before <see cref="EventSourcedAggregate{TEvent}.LastEventAt"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="command"/> or <paramref name="actor"/> is null.</exception>
    /// <exception cref="FluentValidation.ValidationException">The command is not valid.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before <see cref="EventSourcedAggregate{TEvent}.LastEventAt"/>.</exception>
    /// <exception cref="DomainRuleException">The incident is closed or cancelled.</exception>
    public void UpdateDetails(UpdateIncidentDetails command, Actor actor, Instant at)
    {
        Begin(command, actor, at, "update details", requireUnresolved: false);
        EquatableArray<ConfigurationItemId> previousItems = EquatableArray.From(ConfigurationItems);
        var updated = new IncidentDetailsUpdated(
            Id,
            Version + 1,
            at,
            actor,
            command.Title ?? Title,
            command.Description ?? Description,
            command.Service ?? Service,
            command.ConfigurationItems is { } items ? EquatableArray.From(items) : previousItems,
            command.Category ?? Category,
            Title,
            Description,
            Service,
            previousItems,
            Category);
        if (updated.ToJournalEntry().Changes.Count > 0)
        {
            Raise(updated);
        }
    }

    /// <summary>
    /// Reprioritises: a new impact and/or urgency (the matrix decides), or a priority set by hand with a reason. The SLA
    /// clocks follow with each definition's target-change policy; a definition whose clock starts at the change starts
    /// under its version in force then (recorded in <see cref="IncidentPriorityChanged.SlaVersions"/>). A command that
    /// changes nothing raises no event.
    /// </summary>
    /// <param name="command">The change.</param>
    /// <param name="actor">Who.</param>
    /// <param name="at">When; not before <see cref="EventSourcedAggregate{TEvent}.LastEventAt"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="command"/> or <paramref name="actor"/> is null.</exception>
    /// <exception cref="FluentValidation.ValidationException">The command is not valid.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before <see cref="EventSourcedAggregate{TEvent}.LastEventAt"/>.</exception>
    /// <exception cref="DomainRuleException">The incident is resolved, closed or cancelled.</exception>
    public void ChangePriority(ChangeIncidentPriority command, Actor actor, Instant at)
    {
        Begin(command, actor, at, "change the priority", requireUnresolved: true);
        string impact = command.Impact is null ? Impact : rules.PriorityMatrix.CanonicalImpact(command.Impact);
        string urgency = command.Urgency is null ? Urgency : rules.PriorityMatrix.CanonicalUrgency(command.Urgency);
        bool isOverride = command.OverridePriority is not null;
        Priority priority = isOverride ? rules.PriorityScale.Get(command.OverridePriority!) : rules.PriorityMatrix.PriorityFor(impact, urgency);
        var changed = new IncidentPriorityChanged(
            Id, Version + 1, at, actor, impact, urgency, priority, isOverride, command.Reason, Impact, Urgency, Priority, IsPriorityOverridden)
        {
            SlaVersions = priority == Priority ? EquatableArray<IncidentSlaAttachment>.Empty : rules.VersionsAt(at, slas.Attachments, slas.StartsOnPriorityChange),
        };
        if (changed.ToJournalEntry().Changes.Count > 0)
        {
            Raise(changed);
        }
    }

    /// <summary>
    /// Sets the severity. When it meets the <see cref="MajorIncidentPolicy"/> the incident is declared major in the
    /// same step (a second event records the criterion). Lowering the severity later does not undo a declaration.
    /// </summary>
    /// <param name="command">The new severity.</param>
    /// <param name="actor">Who.</param>
    /// <param name="at">When; not before <see cref="EventSourcedAggregate{TEvent}.LastEventAt"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="command"/> or <paramref name="actor"/> is null.</exception>
    /// <exception cref="FluentValidation.ValidationException">The command is not valid.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before <see cref="EventSourcedAggregate{TEvent}.LastEventAt"/>.</exception>
    /// <exception cref="DomainRuleException">The incident is resolved, closed or cancelled.</exception>
    public void ChangeSeverity(ChangeIncidentSeverity command, Actor actor, Instant at)
    {
        Begin(command, actor, at, "change the severity", requireUnresolved: true);
        SeverityLevel severity = rules.SeverityScale.Get(command.Severity);
        if (severity != Severity)
        {
            Raise(new IncidentSeverityChanged(Id, Version + 1, at, actor, severity, command.Reason, Severity));
            DeclareIfPolicyMet(actor, at);
        }
    }

    /// <summary>Assigns (New to Assigned) or reassigns (the state stays). Assigning to the current group and assignee raises no event.</summary>
    /// <param name="command">The group and assignee.</param>
    /// <param name="actor">Who.</param>
    /// <param name="at">When; not before <see cref="EventSourcedAggregate{TEvent}.LastEventAt"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="command"/> or <paramref name="actor"/> is null.</exception>
    /// <exception cref="FluentValidation.ValidationException">The command is not valid.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before <see cref="EventSourcedAggregate{TEvent}.LastEventAt"/>.</exception>
    /// <exception cref="InvalidTransitionException">The lifecycle does not allow (re)assignment in the current state.</exception>
    public void Assign(AssignIncident command, Actor actor, Instant at)
    {
        BeginTransition(command, actor, at);
        IncidentTrigger trigger = Status == IncidentStatus.New ? IncidentTrigger.Assign : IncidentTrigger.Reassign;
        Lifecycle.Fire(Status, trigger, Id.Value);
        if (trigger == IncidentTrigger.Reassign && command.AssignmentGroup == AssignmentGroup && command.Assignee == Assignee)
        {
            return;
        }

        Raise(new IncidentAssigned(Id, Version + 1, at, actor, trigger, command.AssignmentGroup, command.Assignee, AssignmentGroup, Assignee, Status));
    }

    /// <summary>Starts work (Assigned to InProgress); stops the first-response clocks.</summary>
    /// <param name="actor">Who.</param>
    /// <param name="at">When; not before <see cref="EventSourcedAggregate{TEvent}.LastEventAt"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before <see cref="EventSourcedAggregate{TEvent}.LastEventAt"/>.</exception>
    /// <exception cref="InvalidTransitionException">The incident is not Assigned.</exception>
    public void StartWork(Actor actor, Instant at) => Transition(IncidentTrigger.StartWork, actor, at, null, null);

    /// <summary>Puts the incident on hold; waiting for the customer or a supplier pauses the resolution and interim-update clocks.</summary>
    /// <param name="command">What it waits for.</param>
    /// <param name="actor">Who.</param>
    /// <param name="at">When; not before <see cref="EventSourcedAggregate{TEvent}.LastEventAt"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="command"/> or <paramref name="actor"/> is null.</exception>
    /// <exception cref="FluentValidation.ValidationException">The command is not valid.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before <see cref="EventSourcedAggregate{TEvent}.LastEventAt"/>.</exception>
    /// <exception cref="InvalidTransitionException">The incident is not InProgress.</exception>
    public void PutOnHold(PutIncidentOnHold command, Actor actor, Instant at)
    {
        BeginTransition(command, actor, at);
        Transition(IncidentTrigger.PutOnHold, actor, at, command.Reason, command.Note);
    }

    /// <summary>Resumes work after a hold; paused clocks run again.</summary>
    /// <param name="actor">Who.</param>
    /// <param name="at">When; not before <see cref="EventSourcedAggregate{TEvent}.LastEventAt"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before <see cref="EventSourcedAggregate{TEvent}.LastEventAt"/>.</exception>
    /// <exception cref="InvalidTransitionException">The incident is not OnHold.</exception>
    public void Resume(Actor actor, Instant at) => Transition(IncidentTrigger.Resume, actor, at, null, null);

    /// <summary>Resolves; stops the response, resolution and interim-update clocks.</summary>
    /// <param name="command">The resolution code and notes.</param>
    /// <param name="actor">Who.</param>
    /// <param name="at">When; not before <see cref="EventSourcedAggregate{TEvent}.LastEventAt"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="command"/> or <paramref name="actor"/> is null.</exception>
    /// <exception cref="FluentValidation.ValidationException">The command is not valid.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before <see cref="EventSourcedAggregate{TEvent}.LastEventAt"/>.</exception>
    /// <exception cref="InvalidTransitionException">The incident is not InProgress or OnHold.</exception>
    public void Resolve(ResolveIncident command, Actor actor, Instant at)
    {
        BeginTransition(command, actor, at);
        Lifecycle.Fire(Status, IncidentTrigger.Resolve, Id.Value);
        Raise(new IncidentResolved(Id, Version + 1, at, actor, command.ResolutionCode, command.ResolutionNotes, Status, HoldReason));
    }

    /// <summary>Closes a resolved incident; clocks still open (e.g. a customer notification never sent) end: stopped if already breached, otherwise cancelled.</summary>
    /// <param name="command">An optional note.</param>
    /// <param name="actor">Who.</param>
    /// <param name="at">When; not before <see cref="EventSourcedAggregate{TEvent}.LastEventAt"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="command"/> or <paramref name="actor"/> is null.</exception>
    /// <exception cref="FluentValidation.ValidationException">The command is not valid.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before <see cref="EventSourcedAggregate{TEvent}.LastEventAt"/>.</exception>
    /// <exception cref="InvalidTransitionException">The incident is not Resolved.</exception>
    public void Close(CloseIncident command, Actor actor, Instant at)
    {
        BeginTransition(command, actor, at);
        Transition(IncidentTrigger.Close, actor, at, null, command.Note);
    }

    /// <summary>Reopens a resolved incident; the resolution and interim-update clocks start a new cycle.</summary>
    /// <param name="command">Why.</param>
    /// <param name="actor">Who.</param>
    /// <param name="at">When; not before <see cref="EventSourcedAggregate{TEvent}.LastEventAt"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="command"/> or <paramref name="actor"/> is null.</exception>
    /// <exception cref="FluentValidation.ValidationException">The command is not valid.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before <see cref="EventSourcedAggregate{TEvent}.LastEventAt"/>.</exception>
    /// <exception cref="InvalidTransitionException">The incident is not Resolved.</exception>
    public void Reopen(ReopenIncident command, Actor actor, Instant at)
    {
        BeginTransition(command, actor, at);
        Transition(IncidentTrigger.Reopen, actor, at, null, command.Reason, rules.VersionsAt(at, slas.Attachments));
    }

    /// <summary>Cancels an open incident; every running clock (incident, task, expectation) is cancelled or, if already breached, stopped.</summary>
    /// <param name="command">Why.</param>
    /// <param name="actor">Who.</param>
    /// <param name="at">When; not before <see cref="EventSourcedAggregate{TEvent}.LastEventAt"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="command"/> or <paramref name="actor"/> is null.</exception>
    /// <exception cref="FluentValidation.ValidationException">The command is not valid.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before <see cref="EventSourcedAggregate{TEvent}.LastEventAt"/>.</exception>
    /// <exception cref="InvalidTransitionException">The incident is resolved, closed or cancelled.</exception>
    public void Cancel(CancelIncident command, Actor actor, Instant at)
    {
        BeginTransition(command, actor, at);
        Transition(IncidentTrigger.Cancel, actor, at, null, command.Reason);
    }

    /// <summary>
    /// Escalates with an answer deadline: the reply target's deadline from <paramref name="at"/> on its calendar (on the
    /// major-incident calendar for a major incident). A functional escalation also reassigns the incident to the target group.
    /// </summary>
    /// <param name="command">The escalation.</param>
    /// <param name="actor">Who.</param>
    /// <param name="at">When; not before <see cref="EventSourcedAggregate{TEvent}.LastEventAt"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="command"/> or <paramref name="actor"/> is null.</exception>
    /// <exception cref="FluentValidation.ValidationException">The command is not valid.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before <see cref="EventSourcedAggregate{TEvent}.LastEventAt"/>.</exception>
    /// <exception cref="DomainRuleException">The incident is resolved, closed or cancelled; a functional escalation names the current group; or no reply target is given or configured.</exception>
    /// <exception cref="KeyNotFoundException">The reply target's calendar is unknown.</exception>
    public void Escalate(EscalateIncident command, Actor actor, Instant at)
    {
        const string attempted = "escalate";
        Begin(command, actor, at, attempted, requireUnresolved: true);
        if (command.Kind == EscalationKind.Functional && string.Equals(command.To, AssignmentGroup, StringComparison.Ordinal))
        {
            throw Refuse(attempted, IncidentRefusalCodes.EscalationSameGroup, $"it is already assigned to {command.To}; a functional escalation moves it to another group");
        }

        SlaTarget target = command.ReplyWithin ?? rules.EscalationReplyTarget
            ?? throw Refuse(attempted, IncidentRefusalCodes.ReplyWithinNotConfigured, "no reply deadline: give ReplyWithin or configure IncidentOptions.EscalationReplyTarget");
        if (MajorIncident is { } major)
        {
            target = target.OnCalendar(major.CalendarId);
        }

        Raise(new IncidentEscalated(Id, Version + 1, at, actor, NewEscalation(command.Kind, command.To, command.Reason, at, actor, target, null), AssignmentGroup, Assignee, Status));
    }

    /// <summary>
    /// Escalates an open major-incident task to its own escalation target (a hierarchical escalation: the incident's
    /// assignment stays), with an answer deadline: the command's <c>ReplyWithin</c>, else the task's
    /// <see cref="MajorIncidentTask.EscalationReplyWithin"/>, else <see cref="IncidentOptions.EscalationReplyTarget"/>,
    /// measured on the target's own calendar (like the task's deadline). The escalation joins <see cref="Escalations"/>
    /// with <see cref="Escalation.Task"/> set; answer it with <see cref="AnswerEscalation"/>, and read
    /// <see cref="Escalation.OutcomeAt"/>: answered on time, answered late, or unanswered and overdue.
    /// </summary>
    /// <param name="command">The task and why.</param>
    /// <param name="actor">Who.</param>
    /// <param name="at">When; not before <see cref="EventSourcedAggregate{TEvent}.LastEventAt"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="command"/> or <paramref name="actor"/> is null.</exception>
    /// <exception cref="FluentValidation.ValidationException">The command is not valid.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before <see cref="EventSourcedAggregate{TEvent}.LastEventAt"/>.</exception>
    /// <exception cref="DomainRuleException">The incident is closed or cancelled; there is no such task, or it is completed; or no reply deadline is given or configured.</exception>
    /// <exception cref="KeyNotFoundException">The reply target's calendar is unknown.</exception>
    public void EscalateTask(EscalateMajorIncidentTask command, Actor actor, Instant at)
    {
        const string attempted = "escalate a task";
        Begin(command, actor, at, attempted, requireUnresolved: false);
        MajorIncidentTask task = OpenTaskNumbered(command.Task, attempted);
        SlaTarget target = command.ReplyWithin ?? task.EscalationReplyWithin ?? rules.EscalationReplyTarget
            ?? throw Refuse(attempted, IncidentRefusalCodes.ReplyWithinNotConfigured, "no reply deadline: give ReplyWithin, open the task with EscalationReplyWithin, or configure IncidentOptions.EscalationReplyTarget");
        Escalation escalation = NewEscalation(EscalationKind.Hierarchical, task.EscalationTarget, command.Reason, at, actor, target, task.Number);
        Raise(new IncidentEscalated(Id, Version + 1, at, actor, escalation, AssignmentGroup, Assignee, Status));
    }

    /// <summary>Records the answer to an escalation (late answers are kept and show as overdue).</summary>
    /// <param name="command">The escalation's number and the answer.</param>
    /// <param name="actor">Who.</param>
    /// <param name="at">When; not before <see cref="EventSourcedAggregate{TEvent}.LastEventAt"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="command"/> or <paramref name="actor"/> is null.</exception>
    /// <exception cref="FluentValidation.ValidationException">The command is not valid.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before <see cref="EventSourcedAggregate{TEvent}.LastEventAt"/>.</exception>
    /// <exception cref="DomainRuleException">The incident is closed or cancelled, or there is no such unanswered escalation.</exception>
    public void AnswerEscalation(AnswerEscalation command, Actor actor, Instant at)
    {
        const string attempted = "answer an escalation";
        Begin(command, actor, at, attempted, requireUnresolved: false);
        if (command.Escalation > escalations.Count)
        {
            throw Refuse(attempted, IncidentRefusalCodes.EscalationNotFound, Invariant($"there is no escalation #{command.Escalation} (the incident has {escalations.Count})"));
        }

        if (escalations[command.Escalation - 1].AnsweredAt is { } answered)
        {
            throw Refuse(attempted, IncidentRefusalCodes.EscalationAlreadyAnswered, Invariant($"escalation #{command.Escalation} was answered at {answered}"));
        }

        Raise(new EscalationAnswered(Id, Version + 1, at, actor, command.Escalation, command.Answer));
    }

    /// <summary>Adds a customer-visible comment (the first stops the first-response clocks) or an internal work note.</summary>
    /// <param name="command">The comment.</param>
    /// <param name="actor">Who.</param>
    /// <param name="at">When; not before <see cref="EventSourcedAggregate{TEvent}.LastEventAt"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="command"/> or <paramref name="actor"/> is null.</exception>
    /// <exception cref="FluentValidation.ValidationException">The command is not valid.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before <see cref="EventSourcedAggregate{TEvent}.LastEventAt"/>.</exception>
    /// <exception cref="DomainRuleException">The incident is closed or cancelled.</exception>
    public void AddComment(AddIncidentComment command, Actor actor, Instant at)
    {
        Begin(command, actor, at, "add a comment", requireUnresolved: false);
        Raise(new IncidentCommentAdded(Id, Version + 1, at, actor, new IncidentComment(at, actor, command.Visibility, command.Text)));
    }

    /// <summary>Links a problem, change, parent major incident (at most one) or related incident.</summary>
    /// <param name="command">The link.</param>
    /// <param name="actor">Who.</param>
    /// <param name="at">When; not before <see cref="EventSourcedAggregate{TEvent}.LastEventAt"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="command"/> or <paramref name="actor"/> is null.</exception>
    /// <exception cref="FluentValidation.ValidationException">The command is not valid.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before <see cref="EventSourcedAggregate{TEvent}.LastEventAt"/>.</exception>
    /// <exception cref="DomainRuleException">The incident is closed or cancelled, the link exists, it points at the incident itself, or a second parent is given.</exception>
    public void Link(LinkIncident command, Actor actor, Instant at)
    {
        const string attempted = "add a link";
        Begin(command, actor, at, attempted, requireUnresolved: false);
        var link = new IncidentLink(command.Kind, command.TargetId);
        if (links.Contains(link))
        {
            throw Refuse(attempted, IncidentRefusalCodes.LinkExists, $"it is already linked to {link}");
        }

        if (command.Kind is IncidentLinkKind.ParentMajorIncident or IncidentLinkKind.RelatedIncident && command.TargetId == Id.Value)
        {
            throw Refuse(attempted, IncidentRefusalCodes.LinkSelf, "an incident cannot be linked to itself");
        }

        if (command.Kind == IncidentLinkKind.ParentMajorIncident && ParentMajorIncident is { } parent)
        {
            throw Refuse(attempted, IncidentRefusalCodes.LinkSecondParent, $"it is already part of major incident {parent}; unlink it first");
        }

        Raise(new IncidentLinked(Id, Version + 1, at, actor, link));
    }

    /// <summary>Removes a link.</summary>
    /// <param name="command">The link and why.</param>
    /// <param name="actor">Who.</param>
    /// <param name="at">When; not before <see cref="EventSourcedAggregate{TEvent}.LastEventAt"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="command"/> or <paramref name="actor"/> is null.</exception>
    /// <exception cref="FluentValidation.ValidationException">The command is not valid.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before <see cref="EventSourcedAggregate{TEvent}.LastEventAt"/>.</exception>
    /// <exception cref="DomainRuleException">The incident is closed or cancelled, or has no such link.</exception>
    public void Unlink(UnlinkIncident command, Actor actor, Instant at)
    {
        const string attempted = "remove a link";
        Begin(command, actor, at, attempted, requireUnresolved: false);
        var link = new IncidentLink(command.Kind, command.TargetId);
        if (!links.Contains(link))
        {
            throw Refuse(attempted, IncidentRefusalCodes.LinkNotFound, $"it has no link to {link}");
        }

        Raise(new IncidentUnlinked(Id, Version + 1, at, actor, link, command.Reason));
    }

    /// <summary>
    /// Declares a major incident by hand, with the decision and the criterion applied (the policy's criterion when the
    /// severity meets it). Its clocks move to the policy's calendar under each definition's target-change policy.
    /// </summary>
    /// <param name="command">The decision and criterion.</param>
    /// <param name="actor">Who.</param>
    /// <param name="at">When; not before <see cref="EventSourcedAggregate{TEvent}.LastEventAt"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="command"/> or <paramref name="actor"/> is null.</exception>
    /// <exception cref="FluentValidation.ValidationException">The command is not valid.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before <see cref="EventSourcedAggregate{TEvent}.LastEventAt"/>.</exception>
    /// <exception cref="DomainRuleException">The incident is resolved, closed, cancelled or already major, or no criterion is stated and the severity does not meet the policy.</exception>
    public void DeclareMajor(DeclareMajorIncident command, Actor actor, Instant at)
    {
        const string attempted = "declare a major incident";
        Begin(command, actor, at, attempted, requireUnresolved: true);
        if (MajorIncident is { } declared)
        {
            throw Refuse(attempted, IncidentRefusalCodes.MajorAlreadyDeclared, $"it was declared major at {declared.At} ({declared.Criterion})");
        }

        string criterion = command.Criterion ?? rules.MajorIncidentPolicy.Assess(Severity)
            ?? throw Refuse(attempted, IncidentRefusalCodes.MajorPolicyNotMet, $"severity {Severity} does not meet the major-incident policy (at least {rules.MajorIncidentPolicy.MinimumSeverity}); state the criterion applied");
        RaiseDeclaration(new MajorIncidentDeclaration(at, actor, criterion, command.Decision, Automatic: false, rules.MajorIncidentPolicy.CalendarId));
    }

    /// <summary>
    /// Opens a child task of the major incident with its priority, owner, escalation target and deadline (its own
    /// target, or the configured task target for the priority), measured on the target's own calendar.
    /// </summary>
    /// <param name="command">The task.</param>
    /// <param name="actor">Who.</param>
    /// <param name="at">When; not before <see cref="EventSourcedAggregate{TEvent}.LastEventAt"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="command"/> or <paramref name="actor"/> is null.</exception>
    /// <exception cref="FluentValidation.ValidationException">The command is not valid.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before <see cref="EventSourcedAggregate{TEvent}.LastEventAt"/>.</exception>
    /// <exception cref="DomainRuleException">The incident is not major, is closed or cancelled, or no target is given or configured.</exception>
    /// <exception cref="KeyNotFoundException">The target's calendar is unknown.</exception>
    public void OpenTask(OpenMajorIncidentTask command, Actor actor, Instant at)
    {
        const string attempted = "open a major-incident task";
        Begin(command, actor, at, attempted, requireUnresolved: false);
        if (!IsMajor)
        {
            throw Refuse(attempted, IncidentRefusalCodes.MajorNotDeclared, "it is not a major incident");
        }

        Priority priority = command.Priority;
        SlaTarget target = command.Target
            ?? (rules.MajorIncidentTaskTargets is { } d && d.TryGetTargets(priority.Name, out SlaPriorityTargets? t) ? t.Agreement ?? t.Objective : null)
            ?? throw Refuse(attempted, IncidentRefusalCodes.TargetNotConfigured, $"no deadline for priority {priority.Name}: give Target or configure IncidentOptions.MajorIncidentTaskTargets");
        _ = rules.Calendar(target.CalendarId, at);
        int number = tasks.Count + 1;
        if (command.EscalationReplyWithin is { } reply)
        {
            _ = rules.Calendar(reply.CalendarId, at);
        }

        Raise(new MajorIncidentTaskOpened(Id, Version + 1, at, actor, number, command.Title, priority, command.Owner, command.EscalationTarget, target)
        {
            EscalationReplyWithin = command.EscalationReplyWithin,
        });
    }

    /// <summary>Completes a major-incident task; its clock stops (met or breached).</summary>
    /// <param name="command">The task's number and outcome.</param>
    /// <param name="actor">Who.</param>
    /// <param name="at">When; not before <see cref="EventSourcedAggregate{TEvent}.LastEventAt"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="command"/> or <paramref name="actor"/> is null.</exception>
    /// <exception cref="FluentValidation.ValidationException">The command is not valid.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before <see cref="EventSourcedAggregate{TEvent}.LastEventAt"/>.</exception>
    /// <exception cref="DomainRuleException">The incident is closed or cancelled, or there is no such open task.</exception>
    public void CompleteTask(CompleteMajorIncidentTask command, Actor actor, Instant at)
    {
        const string attempted = "complete a task";
        Begin(command, actor, at, attempted, requireUnresolved: false);
        _ = OpenTaskNumbered(command.Task, attempted);
        Raise(new MajorIncidentTaskCompleted(Id, Version + 1, at, actor, command.Task, command.Outcome));
    }

    /// <summary>
    /// Records a stakeholder communication. An outbound message to the customer stops the first-response and
    /// customer-notification clocks and, while the incident is unresolved, starts the next interim-update cycle; any
    /// message stops the open expectations with the same audience and direction.
    /// </summary>
    /// <param name="command">The communication.</param>
    /// <param name="actor">Who recorded it.</param>
    /// <param name="at">When it happened; not before <see cref="EventSourcedAggregate{TEvent}.LastEventAt"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="command"/> or <paramref name="actor"/> is null.</exception>
    /// <exception cref="FluentValidation.ValidationException">The command is not valid.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before <see cref="EventSourcedAggregate{TEvent}.LastEventAt"/>.</exception>
    /// <exception cref="DomainRuleException">The incident is closed or cancelled.</exception>
    public void RecordCommunication(RecordStakeholderCommunication command, Actor actor, Instant at)
    {
        Begin(command, actor, at, "record a communication", requireUnresolved: false);
        var communication = new StakeholderCommunication(communications.Count + 1, at, actor, command.Audience, command.Direction, command.Party, command.Summary);
        Raise(new StakeholderCommunicated(Id, Version + 1, at, actor, communication));
    }

    /// <summary>Expects a communication within a target, measured from the command's <c>From</c> (e.g. the outage start) on the target's calendar.</summary>
    /// <param name="command">The expectation.</param>
    /// <param name="actor">Who.</param>
    /// <param name="at">When; not before <see cref="EventSourcedAggregate{TEvent}.LastEventAt"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="command"/> or <paramref name="actor"/> is null.</exception>
    /// <exception cref="FluentValidation.ValidationException">The command is not valid.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before <see cref="EventSourcedAggregate{TEvent}.LastEventAt"/>, or <c>From</c> is after <paramref name="at"/>.</exception>
    /// <exception cref="DomainRuleException">The incident is closed or cancelled, or an expectation has that name.</exception>
    /// <exception cref="KeyNotFoundException">The target's calendar is unknown.</exception>
    public void ExpectCommunication(ExpectStakeholderCommunication command, Actor actor, Instant at)
    {
        const string attempted = "expect a communication";
        Begin(command, actor, at, attempted, requireUnresolved: false);
        Instant from = command.From ?? at;
        if (from > at)
        {
            throw new ArgumentOutOfRangeException(nameof(command), from, $"The expectation starts at {from}, after the command at {at}; record it when it starts.");
        }

        if (expectations.Any(e => string.Equals(e.Name, command.Name, StringComparison.OrdinalIgnoreCase)))
        {
            throw Refuse(attempted, IncidentRefusalCodes.ExpectationExists, $"an expectation named '{command.Name}' exists");
        }

        _ = rules.Calendar(command.Within.CalendarId, from);
        Raise(new StakeholderCommunicationExpected(Id, Version + 1, at, actor, command.Name, command.Audience, command.Direction, command.Within, from) { Zone = Zone });
    }

    /// <summary>Prepares an action candidate with the information that decides it and the criterion.</summary>
    /// <param name="command">The action.</param>
    /// <param name="actor">Who.</param>
    /// <param name="at">When; not before <see cref="EventSourcedAggregate{TEvent}.LastEventAt"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="command"/> or <paramref name="actor"/> is null.</exception>
    /// <exception cref="FluentValidation.ValidationException">The command is not valid.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before <see cref="EventSourcedAggregate{TEvent}.LastEventAt"/>.</exception>
    /// <exception cref="DomainRuleException">The incident is closed or cancelled, or an action has that name.</exception>
    public void PrepareAction(PrepareIncidentAction command, Actor actor, Instant at)
    {
        const string attempted = "prepare an action";
        Begin(command, actor, at, attempted, requireUnresolved: false);
        if (actions.Any(a => string.Equals(a.Name, command.Name, StringComparison.OrdinalIgnoreCase)))
        {
            throw Refuse(attempted, IncidentRefusalCodes.ActionExists, $"an action named '{command.Name}' is prepared");
        }

        Raise(new IncidentActionPrepared(Id, Version + 1, at, actor, command.Name, EquatableArray.From(command.DecidingInformation), command.Criterion));
    }

    /// <summary>Records the decision on a prepared action: taken or declined, the information observed and how the criterion applied.</summary>
    /// <param name="command">The decision.</param>
    /// <param name="actor">Who.</param>
    /// <param name="at">When; not before <see cref="EventSourcedAggregate{TEvent}.LastEventAt"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="command"/> or <paramref name="actor"/> is null.</exception>
    /// <exception cref="FluentValidation.ValidationException">The command is not valid.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before <see cref="EventSourcedAggregate{TEvent}.LastEventAt"/>.</exception>
    /// <exception cref="DomainRuleException">The incident is closed or cancelled, or there is no such undecided action.</exception>
    public void DecideAction(DecideIncidentAction command, Actor actor, Instant at)
    {
        const string attempted = "decide an action";
        Begin(command, actor, at, attempted, requireUnresolved: false);
        IncidentAction? action = actions.FirstOrDefault(a => string.Equals(a.Name, command.Name, StringComparison.OrdinalIgnoreCase))
            ?? throw Refuse(attempted, IncidentRefusalCodes.ActionNotFound, $"no action named '{command.Name}' is prepared");
        if (action.Decision is { } decision)
        {
            throw Refuse(attempted, IncidentRefusalCodes.ActionAlreadyDecided, $"'{action.Name}' was decided at {decision.At}");
        }

        Raise(new IncidentActionDecided(Id, Version + 1, at, actor, action.Name, command.Taken, command.Observed, command.Rationale));
    }

    /// <summary>Notes a workaround published by a problem (ItsmCore.Problems sends it to the open incidents linked to the problem).</summary>
    /// <param name="command">The problem and the workaround.</param>
    /// <param name="actor">Who.</param>
    /// <param name="at">When; not before <see cref="EventSourcedAggregate{TEvent}.LastEventAt"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="command"/> or <paramref name="actor"/> is null.</exception>
    /// <exception cref="FluentValidation.ValidationException">The command is not valid.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before <see cref="EventSourcedAggregate{TEvent}.LastEventAt"/>.</exception>
    /// <exception cref="DomainRuleException">The incident is closed or cancelled.</exception>
    public void NoteWorkaround(NoteIncidentWorkaround command, Actor actor, Instant at)
    {
        Begin(command, actor, at, "note a workaround", requireUnresolved: false);
        Raise(new IncidentWorkaroundNoted(Id, Version + 1, at, actor, command.Problem, command.Workaround));
    }

    private static string Invariant(FormattableString text) => JournalChanges.Invariant(text);

    /// <summary>The open task numbered <paramref name="number"/>; refused when there is none or it is completed.</summary>
    private MajorIncidentTask OpenTaskNumbered(int number, string attempted)
    {
        if (number > tasks.Count)
        {
            throw Refuse(attempted, IncidentRefusalCodes.TaskNotFound, Invariant($"there is no task #{number} (the incident has {tasks.Count})"));
        }

        MajorIncidentTask task = tasks[number - 1];
        return task.CompletedAt is { } completed
            ? throw Refuse(attempted, IncidentRefusalCodes.TaskAlreadyCompleted, Invariant($"task #{number} was completed at {completed}"))
            : task;
    }

    /// <summary>The next escalation, answered by <paramref name="target"/>'s deadline from <paramref name="at"/> on its calendar.</summary>
    private Escalation NewEscalation(EscalationKind kind, string to, string reason, Instant at, Actor actor, SlaTarget target, int? task)
    {
        BusinessCalendar calendar = rules.Calendar(target.CalendarId, at);
        Instant replyDueAt = target.DeadlineFrom(calendar, at);

        // Over only once working time beyond the budget passed: a due instant at a close is not exceeded before the next opening.
        return new Escalation(escalations.Count + 1, kind, to, reason, at, actor, replyDueAt)
        {
            Task = task,
            ReplyWithin = target,
            ReplyZone = calendar.Zone,
            OverdueFrom = calendar.NextWorkingInstant(replyDueAt) + Duration.Epsilon,
        };
    }

    private void DeclareIfPolicyMet(Actor actor, Instant at)
    {
        if (MajorIncident is null && IsUnresolved && rules.MajorIncidentPolicy.Assess(Severity) is { } criterion)
        {
            RaiseDeclaration(new MajorIncidentDeclaration(at, actor, criterion, "Declared by the major-incident policy.", Automatic: true, rules.MajorIncidentPolicy.CalendarId));
        }
    }

    private void RaiseDeclaration(MajorIncidentDeclaration declaration) =>
        Raise(new MajorIncidentDeclared(Id, Version + 1, declaration.At, declaration.By, declaration));

    private void Transition(
        IncidentTrigger trigger, Actor actor, Instant at, HoldReason? holdReason, string? reason, EquatableArray<IncidentSlaAttachment> slaVersions = default)
    {
        CheckActorAndInstant(actor, at);
        LifecycleTransition<IncidentStatus, IncidentTrigger> transition = Lifecycle.Fire(Status, trigger, Id.Value);
        Raise(new IncidentStatusChanged(
            Id, Version + 1, at, actor, trigger, Status, transition.To, holdReason, reason, HoldReason, trigger == IncidentTrigger.Reopen ? ResolutionCode : null)
        {
            SlaVersions = slaVersions,
        });
    }

    private void BeginTransition<TCommand>(TCommand command, Actor actor, Instant at)
        where TCommand : class
    {
        rules.Validators.Check(command);
        CheckActorAndInstant(actor, at);
    }

    private void Begin<TCommand>(TCommand command, Actor actor, Instant at, string attempted, bool requireUnresolved)
        where TCommand : class
    {
        rules.Validators.Check(command);
        CheckActorAndInstant(actor, at);
        if (!IsOpen || (requireUnresolved && !IsUnresolved))
        {
            throw Refuse(attempted, IncidentRefusalCodes.Final, $"it is {Status}; {(IsOpen ? "a resolved incident is reopened first" : "closed and cancelled incidents do not change")}");
        }
    }

    private void CheckActorAndInstant(Actor actor, Instant at)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (at < LastEventAt)
        {
            throw new ArgumentOutOfRangeException(nameof(at), at, $"Incident {Id} last changed at {LastEventAt}; a command cannot be earlier.");
        }
    }

    private DomainRuleException Refuse(string attempted, string code, string reason) =>
        new("Incident", Id.Value, attempted, new Refusal(code, reason));
}
