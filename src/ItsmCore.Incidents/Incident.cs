using System;
using System.Collections.Generic;
using System.Linq;
using ItsmCore.Classification;
using ItsmCore.Primitives;
using ItsmCore.Sla;
using NodaTime;

namespace ItsmCore.Incidents;

/// <summary>
/// An incident: an unplanned interruption or reduction in quality of a service (ISO/IEC 20000-1). The aggregate
/// records, prioritises, classifies, updates, escalates, resolves and closes it; every change is checked (the
/// command by its validator, the state by <see cref="Lifecycle"/>), raised as a domain event, applied and journaled,
/// and the incident can be rebuilt from its events (<see cref="Rebuild"/>). Its SLA clocks (one
/// <see cref="TieredSlaClock"/> per attached definition) start, pause and stop with the lifecycle; a major
/// incident adds child tasks, stakeholder communications and communication expectations, each measured by an SLA clock.
/// </summary>
/// <remarks>
/// <para>Commands take the acting <see cref="Primitives.Actor"/> and the instant (from the host's <c>IClock</c>); an
/// instant before the incident's last event is refused. A refused command (validation, lifecycle or rule) throws and
/// leaves the incident unchanged.</para>
/// <para>Not thread-safe: an incident is owned by one unit of work. Load, change and save it through an
/// <see cref="IIncidentRepository"/> (optimistic concurrency on <see cref="EventSourcedAggregate{TEvent}.PersistedVersion"/>).</para>
/// </remarks>
public sealed partial class Incident : EventSourcedAggregate<IncidentEvent>
{
    /// <summary>The prefix of incident ids made by an <see cref="IIdGenerator"/>.</summary>
    public const string IdPrefix = "INC";

    /// <summary>
    /// The incident lifecycle as data. New -Assign-> Assigned -StartWork-> InProgress; InProgress -PutOnHold-> OnHold
    /// (reason required) -Resume-> InProgress; InProgress or OnHold -Resolve-> Resolved -Close-> Closed;
    /// Resolved -Reopen-> InProgress; Cancel (reason required) from every open state; Reassign keeps the state.
    /// </summary>
    public static Lifecycle<IncidentStatus, IncidentTrigger> Lifecycle { get; } =
        Lifecycle<IncidentStatus, IncidentTrigger>.CreateBuilder("Incident", IncidentStatus.New)
            .Permit(IncidentStatus.New, IncidentTrigger.Assign, IncidentStatus.Assigned)
            .Permit(IncidentStatus.Assigned, IncidentTrigger.Reassign, IncidentStatus.Assigned)
            .Permit(IncidentStatus.Assigned, IncidentTrigger.StartWork, IncidentStatus.InProgress)
            .Permit(IncidentStatus.InProgress, IncidentTrigger.Reassign, IncidentStatus.InProgress)
            .Permit(IncidentStatus.InProgress, IncidentTrigger.PutOnHold, IncidentStatus.OnHold, "hold reason required")
            .Permit(IncidentStatus.OnHold, IncidentTrigger.Reassign, IncidentStatus.OnHold)
            .Permit(IncidentStatus.OnHold, IncidentTrigger.Resume, IncidentStatus.InProgress)
            .Permit(IncidentStatus.InProgress, IncidentTrigger.Resolve, IncidentStatus.Resolved, "resolution code and notes required")
            .Permit(IncidentStatus.OnHold, IncidentTrigger.Resolve, IncidentStatus.Resolved, "resolution code and notes required")
            .Permit(IncidentStatus.Resolved, IncidentTrigger.Reopen, IncidentStatus.InProgress, "reason required")
            .Permit(IncidentStatus.Resolved, IncidentTrigger.Close, IncidentStatus.Closed)
            .Permit(IncidentStatus.New, IncidentTrigger.Cancel, IncidentStatus.Cancelled, "reason required")
            .Permit(IncidentStatus.Assigned, IncidentTrigger.Cancel, IncidentStatus.Cancelled, "reason required")
            .Permit(IncidentStatus.InProgress, IncidentTrigger.Cancel, IncidentStatus.Cancelled, "reason required")
            .Permit(IncidentStatus.OnHold, IncidentTrigger.Cancel, IncidentStatus.Cancelled, "reason required")
            .Build();

    private readonly IncidentRules rules;
    private readonly IncidentSlaClocks slas;
    private readonly List<IncidentComment> comments = new();
    private readonly List<IncidentLink> links = new();
    private readonly List<Escalation> escalations = new();
    private readonly List<MajorIncidentTask> tasks = new();
    private readonly List<StakeholderCommunication> communications = new();
    private readonly List<CommunicationExpectation> expectations = new();
    private readonly List<IncidentAction> actions = new();
    private readonly List<IncidentWorkaround> workarounds = new();

    private Incident(IncidentRules rules)
    {
        this.rules = rules;
        slas = new IncidentSlaClocks(rules.Calendars);
    }

    /// <summary>The incident's id.</summary>
    public IncidentId Id { get; private set; }

    /// <summary>A one-line summary.</summary>
    public string Title { get; private set; } = string.Empty;

    /// <summary>What was reported.</summary>
    public string Description { get; private set; } = string.Empty;

    /// <summary>When it was reported; its SLA clocks start here.</summary>
    public Instant ReportedAt { get; private set; }

    /// <summary>When it was recorded (the first event).</summary>
    public Instant RecordedAt { get; private set; }

    /// <summary>Who reported it.</summary>
    public Actor ReportedBy { get; private set; } = Actor.System;

    /// <summary>How it reached the desk.</summary>
    public ReportingChannel Channel { get; private set; }

    /// <summary>The affected service, if known.</summary>
    public ServiceId? Service { get; private set; }

    /// <summary>The affected configuration items (ids; the CMDB holds the items).</summary>
    public IReadOnlyList<ConfigurationItemId> ConfigurationItems { get; private set; } = [];

    /// <summary>The classification; empty when not classified.</summary>
    public CategoryPath Category { get; private set; }

    /// <summary>The impact level (a level of the rules' priority matrix).</summary>
    public string Impact { get; private set; } = string.Empty;

    /// <summary>The urgency level.</summary>
    public string Urgency { get; private set; } = string.Empty;

    /// <summary>The priority: from the matrix, or set by hand (<see cref="IsPriorityOverridden"/>).</summary>
    public Priority Priority { get; private set; }

    /// <summary>
    /// The incident's zone, recorded in <see cref="IncidentRecorded.Zone"/> (<see cref="RecordIncident.Zone"/>, by default
    /// its SLA calendar's zone, else UTC): its <see cref="EventSourcedAggregate{TEvent}.Journal"/> entries show instants
    /// in it (<see cref="JournalEntry.ToString()"/>), as do the journal texts of its communication expectations.
    /// </summary>
    public DateTimeZone Zone { get; private set; } = DateTimeZone.Utc;

    /// <inheritdoc />
    protected override DateTimeZone? JournalZone => Zone;

    /// <summary>True when the priority was set by hand with a reason rather than by the matrix.</summary>
    public bool IsPriorityOverridden { get; private set; }

    /// <summary>The severity level.</summary>
    public SeverityLevel Severity { get; private set; }

    /// <summary>The assignment group; null until assigned.</summary>
    public string? AssignmentGroup { get; private set; }

    /// <summary>The assignee; null for the group's queue.</summary>
    public Actor? Assignee { get; private set; }

    /// <summary>The lifecycle status.</summary>
    public IncidentStatus Status { get; private set; }

    /// <summary>What the incident waits for while <see cref="IncidentStatus.OnHold"/>; otherwise null.</summary>
    public HoldReason? HoldReason { get; private set; }

    /// <summary>The reason given with the last status change (hold note, reopen or cancel reason); null when none.</summary>
    public string? StatusReason { get; private set; }

    /// <summary>The resolution code; null until resolved (and again after a reopen).</summary>
    public string? ResolutionCode { get; private set; }

    /// <summary>The resolution notes; null until resolved (and again after a reopen).</summary>
    public string? ResolutionNotes { get; private set; }

    /// <summary>When the incident was resolved; null while not resolved.</summary>
    public Instant? ResolvedAt { get; private set; }

    /// <summary>When the incident was closed; null while not closed.</summary>
    public Instant? ClosedAt { get; private set; }

    /// <summary>Whether the incident can still change: not in one of the lifecycle's final states (<see cref="IncidentStatus.Closed"/>, <see cref="IncidentStatus.Cancelled"/>).</summary>
    public bool IsOpen => !Lifecycle.FinalStates.Contains(Status);

    /// <summary>Whether work is still due: open and not resolved.</summary>
    public bool IsUnresolved => IsOpen && Status != IncidentStatus.Resolved;

    /// <summary>Customer-visible comments and internal work notes, oldest first.</summary>
    public IReadOnlyList<IncidentComment> Comments => comments.AsReadOnly();

    /// <summary>Links to problems, changes, the parent major incident and related incidents.</summary>
    public IReadOnlyList<IncidentLink> Links => links.AsReadOnly();

    /// <summary>The linked problem, if any (the first problem link).</summary>
    public ProblemId? Problem => links.FirstOrDefault(l => l.Kind == IncidentLinkKind.Problem) is { } l ? new ProblemId(l.TargetId) : null;

    /// <summary>The major incident this one is part of, if any.</summary>
    public IncidentId? ParentMajorIncident => links.FirstOrDefault(l => l.Kind == IncidentLinkKind.ParentMajorIncident) is { } l ? new IncidentId(l.TargetId) : null;

    /// <summary>Escalations, oldest first, with their answer deadlines.</summary>
    public IReadOnlyList<Escalation> Escalations => escalations.AsReadOnly();

    /// <summary>The major-incident declaration; null for an ordinary incident.</summary>
    public MajorIncidentDeclaration? MajorIncident { get; private set; }

    /// <summary>Whether the incident is major.</summary>
    public bool IsMajor => MajorIncident is not null;

    /// <summary>The major incident's child tasks, oldest first.</summary>
    public IReadOnlyList<MajorIncidentTask> Tasks => tasks.AsReadOnly();

    /// <summary>Stakeholder communications, oldest first.</summary>
    public IReadOnlyList<StakeholderCommunication> Communications => communications.AsReadOnly();

    /// <summary>Expected communications and their clocks.</summary>
    public IReadOnlyList<CommunicationExpectation> CommunicationExpectations => expectations.AsReadOnly();

    /// <summary>Prepared action candidates and their decisions.</summary>
    public IReadOnlyList<IncidentAction> Actions => actions.AsReadOnly();

    /// <summary>Workarounds noted from linked problems.</summary>
    public IReadOnlyList<IncidentWorkaround> Workarounds => workarounds.AsReadOnly();

    /// <summary>The SLA clocks, one per attached definition that has started (interim-update clocks start at the first customer notification).</summary>
    public IReadOnlyList<TieredSlaClock> SlaClocks => slas.Started;

    /// <summary>The rules the incident works with.</summary>
    public IncidentRules Rules => rules;

    /// <summary>The SLA clocks measuring <paramref name="metric"/>.</summary>
    /// <param name="metric">The metric.</param>
    /// <returns>The clocks, in definition order; empty when none is attached or started.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="metric"/> is null.</exception>
    public IReadOnlyList<TieredSlaClock> SlaClocksFor(SlaMetric metric)
    {
        ArgumentNullException.ThrowIfNull(metric);
        return slas.Started.Where(c => c.Definition.Metric == metric).ToArray();
    }

    /// <summary>
    /// The incident's SLA measurements at <paramref name="now"/>, ready for the compliance reports: one per cycle and tier
    /// of every started clock, in definition order (objective before agreement), each carrying its
    /// <see cref="SlaMeasurement.Tier"/>, the definition's metric and the clock's priority key, with the incident id as
    /// ticket id. Cycles still open are measured at <paramref name="now"/>; events after it are ignored.
    /// </summary>
    /// <param name="now">The instant; not before <see cref="ReportedAt"/>.</param>
    /// <returns>The measurements; empty when no clock has started.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="now"/> is before <see cref="ReportedAt"/>.</exception>
    public IReadOnlyList<SlaMeasurement> SlaMeasurements(Instant now)
    {
        if (now < ReportedAt)
        {
            throw new ArgumentOutOfRangeException(nameof(now), now, $"The incident was reported at {ReportedAt}; nothing is measured before that.");
        }

        var result = new List<SlaMeasurement>();
        foreach (TieredSlaClock clock in slas.Started)
        {
            result.AddRange(SlaMeasurement.FromTieredClock(Id.Value, clock, now));
        }

        return result;
    }

    /// <summary>
    /// The next instant strictly after <paramref name="now"/> at which something about the incident changes without a
    /// command: an SLA threshold or breach (incident clocks, task clocks, communication expectations) or an
    /// escalation answer falling due. Hosts set one timer per incident to it.
    /// </summary>
    /// <param name="now">The instant; not before <see cref="ReportedAt"/>.</param>
    /// <returns>The instant, or null when nothing is pending (always null once the incident is closed or cancelled).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="now"/> is before <see cref="ReportedAt"/>.</exception>
    public Instant? NextChangeAt(Instant now)
    {
        if (now < ReportedAt)
        {
            throw new ArgumentOutOfRangeException(nameof(now), now, $"The incident was reported at {ReportedAt}; nothing is known before that.");
        }

        if (!IsOpen)
        {
            return null;
        }

        Instant? next = slas.NextChangeAt(now);
        foreach (MajorIncidentTask task in tasks)
        {
            next = Earlier(next, task.OpenedAt <= now ? task.Clock.NextChangeAt(now) : task.OpenedAt);
        }

        foreach (CommunicationExpectation expectation in expectations)
        {
            next = Earlier(next, expectation.From <= now ? expectation.Clock.NextChangeAt(now) : expectation.From);
        }

        foreach (Escalation escalation in escalations)
        {
            if (escalation.AnsweredAt is null && escalation.OverdueFrom > now)
            {
                // Overdue from the first instant over the reply target's working time.
                next = Earlier(next, escalation.OverdueFrom);
            }
        }

        return next;
    }

    /// <summary>Records a new incident.</summary>
    /// <param name="command">What was reported.</param>
    /// <param name="id">The new incident's id (e.g. from an <see cref="IIdGenerator"/> with <see cref="IdPrefix"/>).</param>
    /// <param name="actor">Who records it.</param>
    /// <param name="at">When (from the host's clock); not before the command's <c>ReportedAt</c>.</param>
    /// <param name="rules">The rules.</param>
    /// <returns>The new incident, with its creating events uncommitted.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is the default value.</exception>
    /// <exception cref="FluentValidation.ValidationException">The command is not valid (every failure listed with its field).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the command's <c>ReportedAt</c>.</exception>
    public static Incident Record(RecordIncident command, IncidentId id, Actor actor, Instant at, IncidentRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(actor);
        if (id.Value.Length == 0)
        {
            throw new ArgumentException("The incident id is the default value; give a real id.", nameof(id));
        }

        rules.Validators.Check(command);
        Instant reportedAt = command.ReportedAt ?? at;
        if (reportedAt > at)
        {
            throw new ArgumentOutOfRangeException(nameof(at), at, $"The incident is recorded at {at}, before it was reported ({reportedAt}).");
        }

        string impact = rules.PriorityMatrix.CanonicalImpact(command.Impact);
        string urgency = rules.PriorityMatrix.CanonicalUrgency(command.Urgency);
        Priority priority = rules.PriorityMatrix.PriorityFor(impact, urgency);
        SeverityLevel severity = command.Severity is { } level ? rules.SeverityScale.Get(level) : rules.DefaultSeverity;
        var incident = new Incident(rules);
        EquatableArray<IncidentSlaAttachment> attachments = rules.Attach(reportedAt, command.SlaAttributes);
        var recorded = new IncidentRecorded(
            id, 1, at, actor, command.Title, command.Description, reportedAt, command.ReportedBy, command.Channel, command.Service,
            EquatableArray.From(command.ConfigurationItems), command.Category, impact, urgency, priority, severity,
            attachments, rules.MajorIncidentPolicy.Assess(severity) is null ? null : rules.MajorIncidentPolicy.CalendarId)
        {
            Zone = command.Zone ?? SlaZone(rules, attachments, priority, reportedAt),
        };
        incident.Raise(recorded);
        incident.DeclareIfPolicyMet(actor, at);
        return incident;
    }

    /// <summary>
    /// The default zone of an incident: the zone of the calendar of the first attachment with a target for its priority
    /// (the target rule's calendar when a rule chose the targets), or UTC.
    /// </summary>
    private static DateTimeZone SlaZone(IncidentRules rules, EquatableArray<IncidentSlaAttachment> attachments, Priority priority, Instant at)
    {
        foreach (IncidentSlaAttachment attachment in attachments)
        {
            string? key = attachment.ChosenByRules ? attachment.Rule?.Priority : priority.Name;
            if (key is null || !attachment.Definition.HasPriority(key))
            {
                continue;
            }

            SlaPriorityTargets targets = attachment.Definition.GetTargets(key);
            if ((attachment.Rule?.CalendarId ?? (targets.Objective ?? targets.Agreement)?.CalendarId) is { } calendar)
            {
                return rules.Calendar(calendar, at).Zone;
            }
        }

        return DateTimeZone.Utc;
    }

    /// <summary>Rebuilds an incident from its events (oldest first), with the same state, journal and SLA clocks.</summary>
    /// <param name="history">The events; the first is <see cref="IncidentRecorded"/>.</param>
    /// <param name="rules">
    /// The rules the rebuilt incident works with from now on. The history does not depend on them: the SLA definitions,
    /// the major-incident calendar, escalation deadlines and task targets come from the events that applied them, so
    /// edited or reordered options never move a recorded deadline. Calendars are looked up by id in the versions in force
    /// at each event.
    /// </param>
    /// <returns>The incident, with no uncommitted events.</returns>
    /// <exception cref="ArgumentNullException">An argument or event is null.</exception>
    /// <exception cref="ArgumentException">The history is empty, does not start with <see cref="IncidentRecorded"/>, skips a version or mixes incidents.</exception>
    public static Incident Rebuild(IEnumerable<IncidentEvent> history, IncidentRules rules)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(rules);
        var incident = new Incident(rules);
        incident.Replay(history);
        return incident;
    }

    /// <inheritdoc />
    protected override void When(IncidentEvent domainEvent)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        if (Version == 0 && domainEvent is not IncidentRecorded)
        {
            throw new ArgumentException($"An incident's history starts with {nameof(IncidentRecorded)}, not {domainEvent.GetType().Name}.", nameof(domainEvent));
        }

        if (Version > 0 && domainEvent is IncidentRecorded)
        {
            throw new ArgumentException($"{nameof(IncidentRecorded)} can only be the first event.", nameof(domainEvent));
        }

        Instant at = domainEvent.At;
        switch (domainEvent)
        {
            case IncidentRecorded e:
                Id = e.Incident;
                Zone = e.Zone;
                Title = e.Title;
                Description = e.Description;
                ReportedAt = e.ReportedAt;
                RecordedAt = e.At;
                ReportedBy = e.ReportedBy;
                Channel = e.Channel;
                Service = e.Service;
                ConfigurationItems = Array.AsReadOnly(e.ConfigurationItems.ToArray());
                Category = e.Category;
                Impact = e.Impact;
                Urgency = e.Urgency;
                Priority = e.Priority;
                Severity = e.Severity;
                Status = IncidentStatus.New;
                slas.Start(e.SlaAttachments, e.ReportedAt, e.Priority, e.SlaCalendar);
                break;
            case IncidentDetailsUpdated e:
                Title = e.Title;
                Description = e.Description;
                Service = e.Service;
                ConfigurationItems = Array.AsReadOnly(e.ConfigurationItems.ToArray());
                Category = e.Category;
                break;
            case IncidentPriorityChanged e:
                Impact = e.Impact;
                Urgency = e.Urgency;
                IsPriorityOverridden = e.Overridden;
                if (e.Priority != Priority)
                {
                    Priority = e.Priority;
                    slas.ChangePriority(at, e.Priority, e.SlaVersions);
                }

                break;
            case IncidentSeverityChanged e:
                Severity = e.Severity;
                break;
            case IncidentAssigned e:
                AssignmentGroup = e.AssignmentGroup;
                Assignee = e.Assignee;
                Status = Lifecycle.Fire(Status, e.Trigger, Id.Value).To;
                break;
            case IncidentStatusChanged e:
                ApplyStatus(e);
                break;
            case IncidentResolved e:
                Status = IncidentStatus.Resolved;
                HoldReason = null;
                ResolutionCode = e.ResolutionCode;
                ResolutionNotes = e.ResolutionNotes;
                ResolvedAt = at;
                slas.Resolved(at);
                break;
            case IncidentEscalated e:
                escalations.Add(e.Escalation);
                if (e.Escalation.Kind == EscalationKind.Functional)
                {
                    AssignmentGroup = e.Escalation.To;
                    Assignee = null;
                    Status = Lifecycle.Fire(Status, Status == IncidentStatus.New ? IncidentTrigger.Assign : IncidentTrigger.Reassign, Id.Value).To;
                }

                break;
            case EscalationAnswered e:
                escalations[e.Number - 1] = escalations[e.Number - 1] with { AnsweredAt = at, Answer = e.Answer };
                break;
            case IncidentCommentAdded e:
                comments.Add(e.Comment);
                if (e.Comment.Visibility == CommentVisibility.CustomerVisible)
                {
                    slas.Responded(at);
                }

                break;
            case IncidentLinked e:
                links.Add(e.Link);
                break;
            case IncidentUnlinked e:
                links.Remove(e.Link);
                break;
            case MajorIncidentDeclared e:
                MajorIncident = e.Declaration;
                slas.MoveToCalendar(at, e.Declaration.CalendarId);
                break;
            case MajorIncidentTaskOpened e:
                SlaClock taskClock = SlaClock.Start(e.Target, rules.Calendar(e.Target.CalendarId, at), at);
                tasks.Add(new MajorIncidentTask(e.Number, e.Title, e.Priority, e.Owner, e.EscalationTarget, at, taskClock.Evaluate(at).DueAt!.Value, taskClock)
                {
                    EscalationReplyWithin = e.EscalationReplyWithin,
                });
                break;
            case MajorIncidentTaskCompleted e:
                MajorIncidentTask task = tasks[e.Number - 1];
                tasks[e.Number - 1] = task with { CompletedAt = at, Outcome = e.Outcome, Clock = task.Clock.Stop(at) };
                break;
            case StakeholderCommunicated e:
                ApplyCommunication(e.Communication);
                break;
            case StakeholderCommunicationExpected e:
                expectations.Add(new CommunicationExpectation(
                    e.Name, e.Audience, e.Direction, e.Within, e.From, SlaClock.Start(e.Within, rules.Calendar(e.Within.CalendarId, e.From), e.From)));
                break;
            case IncidentActionPrepared e:
                actions.Add(new IncidentAction(e.Name, e.DecidingInformation.ToArray(), e.Criterion, at, e.Actor));
                break;
            case IncidentActionDecided e:
                int index = actions.FindIndex(a => string.Equals(a.Name, e.Name, StringComparison.OrdinalIgnoreCase));
                actions[index] = actions[index] with { Decision = new IncidentActionDecision(e.Taken, e.Observed, e.Rationale, at, e.Actor) };
                break;
            case IncidentWorkaroundNoted e:
                workarounds.Add(new IncidentWorkaround(e.Problem, e.Workaround, at));
                break;
            default:
                throw new ArgumentException($"Unknown incident event {domainEvent.GetType().Name}.", nameof(domainEvent));
        }
    }

    private static Instant? Earlier(Instant? a, Instant? b) => a is null ? b : b is null ? a : Instant.Min(a.Value, b.Value);

    private static bool Pauses(HoldReason? reason) => reason is Incidents.HoldReason.AwaitingCustomer or Incidents.HoldReason.AwaitingSupplier;

    private static string PauseText(HoldReason reason) => reason == Incidents.HoldReason.AwaitingCustomer ? "awaiting customer" : "awaiting supplier";

    private void ApplyStatus(IncidentStatusChanged e)
    {
        Instant at = e.At;
        Status = e.To;
        StatusReason = e.Reason;
        switch (e.Trigger)
        {
            case IncidentTrigger.StartWork:
                slas.Responded(at);
                break;
            case IncidentTrigger.PutOnHold:
                HoldReason = e.HoldReason;
                if (Pauses(e.HoldReason))
                {
                    slas.Hold(at, PauseText(e.HoldReason!.Value));
                }

                break;
            case IncidentTrigger.Resume:
                if (Pauses(HoldReason))
                {
                    slas.Resume(at);
                }

                HoldReason = null;
                break;
            case IncidentTrigger.Reopen:
                ResolutionCode = null;
                ResolutionNotes = null;
                ResolvedAt = null;
                slas.Reopened(at, e.SlaVersions);
                break;
            case IncidentTrigger.Close:
                ClosedAt = at;
                slas.Ended(at, "incident closed");
                EndOpenWork(at, "incident closed");
                break;
            case IncidentTrigger.Cancel:
                HoldReason = null;
                slas.Ended(at, "incident cancelled: " + e.Reason);
                EndOpenWork(at, "incident cancelled");
                break;
        }
    }

    /// <summary>Ends the clocks of open tasks and expectations when the incident ends: stopped if breached (the breach stays visible), cancelled otherwise.</summary>
    private void EndOpenWork(Instant at, string reason)
    {
        for (int i = 0; i < tasks.Count; i++)
        {
            if (!tasks[i].IsCompleted && tasks[i].Clock.IsActive)
            {
                tasks[i] = tasks[i] with { Clock = IncidentSlaClocks.End(tasks[i].Clock, at, reason) };
            }
        }

        for (int i = 0; i < expectations.Count; i++)
        {
            if (expectations[i].Clock.IsActive)
            {
                expectations[i] = expectations[i] with { Clock = IncidentSlaClocks.End(expectations[i].Clock, at, reason) };
            }
        }
    }

    private void ApplyCommunication(StakeholderCommunication communication)
    {
        communications.Add(communication);
        Instant at = communication.At;
        if (communication.Audience == StakeholderAudience.Customer && communication.Direction == CommunicationDirection.Outbound)
        {
            slas.CustomerContacted(at, IsUnresolved, Status == IncidentStatus.OnHold && Pauses(HoldReason) ? PauseText(HoldReason!.Value) : null);
        }

        for (int i = 0; i < expectations.Count; i++)
        {
            CommunicationExpectation expectation = expectations[i];
            if (expectation.SatisfiedBy is null && expectation.Audience == communication.Audience
                && expectation.Direction == communication.Direction && expectation.From <= at && expectation.Clock.IsActive)
            {
                expectations[i] = expectation with { SatisfiedBy = communication.Number, Clock = expectation.Clock.Stop(at) };
            }
        }
    }
}
