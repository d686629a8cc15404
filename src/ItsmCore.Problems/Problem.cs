using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using FluentValidation;
using ItsmCore.Classification;
using ItsmCore.Primitives;
using NodaTime;
using NodaTime.Text;

namespace ItsmCore.Problems;

/// <summary>
/// A problem (ISO/IEC 20000-1: the cause of one or more incidents): its linked incidents and affected configuration
/// items, root-cause analysis notes, root cause, workaround, known-error record, priority from an impact x urgency
/// matrix, resolution and a journal of every step. The lifecycle is the table <see cref="Lifecycle"/>; every state
/// change goes through it.
/// </summary>
/// <remarks>
/// <para>
/// Every command method guards its arguments, checks its command with the validator registered for it
/// (<see cref="IValidator{T}"/>, built from <see cref="Rules"/>; throwing <see cref="ValidationException"/> with each
/// property name, reason and error code <c>Problem.{Field}.{Reason}</c>), refuses an <c>at</c> earlier than
/// <see cref="EventSourcedAggregate{TEvent}.LastEventAt"/>, checks the lifecycle and the problem's rules, and only then
/// raises its event: a refused command leaves the problem unchanged (same
/// <see cref="EventSourcedAggregate{TEvent}.Version"/> and journal). A command that would change nothing (linking a
/// linked incident, restating the same title) raises no event and throws nothing.
/// </para>
/// <para>
/// Closed and cancelled problems are final (<see cref="IsOpen"/> is false): a field edit or link on them throws
/// <see cref="DomainRuleException"/> with code <c>Problem.Status.Final</c>; a status change the lifecycle table does
/// not allow throws <see cref="InvalidTransitionException"/>. Other business refusals are
/// <see cref="DomainRuleException"/>s with the codes listed in docs/problems.md.
/// </para>
/// <para>
/// Everything a command takes from <see cref="Rules"/> (the priority a matrix gives) is written into the event, so a
/// problem rebuilt under different rules has the same state and journal.
/// </para>
/// <para>
/// A problem is a mutable object owned by one unit of work; it is not thread-safe. Load it from an
/// <see cref="IProblemRepository"/>, apply commands, save it; concurrent writers are detected by the repository.
/// </para>
/// </remarks>
public sealed class Problem : EventSourcedAggregate<ProblemEvent>
{
    /// <summary>The record type used in exceptions and lifecycle messages.</summary>
    public const string RecordTypeName = "Problem";

    /// <summary>The longest title accepted.</summary>
    public const int MaxTitleLength = 200;

    /// <summary>The longest description, note, root cause, workaround, symptom or resolution note accepted.</summary>
    public const int MaxTextLength = 4000;

    /// <summary>The longest reason accepted.</summary>
    public const int MaxReasonLength = 1000;

    /// <summary>The longest assignment group or assignee name accepted.</summary>
    public const int MaxNameLength = 200;

    /// <summary>The longest resolution code accepted.</summary>
    public const int MaxCodeLength = 100;


    private readonly List<IncidentId> linkedIncidents = new();
    private readonly List<ConfigurationItemId> affectedItems = new();
    private readonly List<RootCauseNote> notes = new();
    private readonly ReadOnlyCollection<IncidentId> linkedIncidentsView;
    private readonly ReadOnlyCollection<ConfigurationItemId> affectedItemsView;
    private readonly ReadOnlyCollection<RootCauseNote> notesView;
    private readonly ProblemRules rules;
    private string? knownErrorSymptom;
    private Instant knownErrorRecordedAt;
    private KnownErrorStatus knownErrorStatus;

    private Problem(ProblemRules rules)
    {
        this.rules = rules;
        linkedIncidentsView = linkedIncidents.AsReadOnly();
        affectedItemsView = affectedItems.AsReadOnly();
        notesView = notes.AsReadOnly();
    }

    /// <summary>
    /// The problem lifecycle, as data: New -Investigate-> UnderInvestigation -RecordKnownError-> KnownError -Resolve->
    /// Resolved -Close-> Closed; UnderInvestigation -Resolve-> Resolved (fixed without a known-error stage); Resolved
    /// -Reopen-> UnderInvestigation; Cancel from New, UnderInvestigation and KnownError. Closed and Cancelled are final.
    /// Export it with <see cref="Lifecycle{TState, TTrigger}.ToMermaid"/>. Immutable and thread-safe.
    /// </summary>
    public static Lifecycle<ProblemStatus, ProblemTrigger> Lifecycle { get; } =
        Lifecycle<ProblemStatus, ProblemTrigger>.CreateBuilder(RecordTypeName, ProblemStatus.New)
            .Permit(ProblemStatus.New, ProblemTrigger.Investigate, ProblemStatus.UnderInvestigation)
            .Permit(ProblemStatus.UnderInvestigation, ProblemTrigger.RecordKnownError, ProblemStatus.KnownError, "root cause identified or workaround published")
            .Permit(ProblemStatus.UnderInvestigation, ProblemTrigger.Resolve, ProblemStatus.Resolved)
            .Permit(ProblemStatus.KnownError, ProblemTrigger.Resolve, ProblemStatus.Resolved)
            .Permit(ProblemStatus.Resolved, ProblemTrigger.Close, ProblemStatus.Closed)
            .Permit(ProblemStatus.Resolved, ProblemTrigger.Reopen, ProblemStatus.UnderInvestigation, "reason required")
            .Permit(ProblemStatus.New, ProblemTrigger.Cancel, ProblemStatus.Cancelled, "reason required")
            .Permit(ProblemStatus.UnderInvestigation, ProblemTrigger.Cancel, ProblemStatus.Cancelled, "reason required")
            .Permit(ProblemStatus.KnownError, ProblemTrigger.Cancel, ProblemStatus.Cancelled, "reason required")
            .Build();

    /// <summary>The problem's id.</summary>
    public ProblemId Id { get; private set; }

    /// <summary>The one-line title.</summary>
    public string Title { get; private set; } = string.Empty;

    /// <summary>What is known about the problem.</summary>
    public string Description { get; private set; } = string.Empty;

    /// <summary>The classification; the empty path when unclassified.</summary>
    public CategoryPath Category { get; private set; }

    /// <summary>When the problem was recorded.</summary>
    public Instant RecordedAt { get; private set; }

    /// <summary>Who recorded it.</summary>
    public Actor RecordedBy { get; private set; } = Actor.System;

    /// <summary>The impact level, in the priority matrix's spelling.</summary>
    public string Impact { get; private set; } = string.Empty;

    /// <summary>The urgency level, in the priority matrix's spelling.</summary>
    public string Urgency { get; private set; } = string.Empty;

    /// <summary>The priority: the matrix's cell for <see cref="Impact"/> and <see cref="Urgency"/>, unless overridden.</summary>
    public Priority Priority { get; private set; }

    /// <summary>Why the priority was overridden by hand; null when <see cref="Priority"/> is the matrix's cell.</summary>
    public string? PriorityOverrideReason { get; private set; }

    /// <summary>Whether <see cref="Priority"/> is a manual override (<see cref="PriorityOverrideReason"/> says why).</summary>
    public bool IsPriorityOverridden => PriorityOverrideReason is not null;

    /// <summary>The group (team) responsible, or null.</summary>
    public string? AssignmentGroup { get; private set; }

    /// <summary>The person responsible, or null.</summary>
    public Actor? Assignee { get; private set; }

    /// <summary>The configuration items the problem affects, in the order they were linked.</summary>
    public IReadOnlyList<ConfigurationItemId> AffectedConfigurationItems => affectedItemsView;

    /// <summary>The incidents the problem caused, in the order they were linked.</summary>
    public IReadOnlyList<IncidentId> LinkedIncidents => linkedIncidentsView;

    /// <summary>The root-cause analysis notes, oldest first.</summary>
    public IReadOnlyList<RootCauseNote> RootCauseAnalysis => notesView;

    /// <summary>The identified root cause; null until identified.</summary>
    public string? RootCause { get; private set; }

    /// <summary>The published workaround; null until published.</summary>
    public Workaround? Workaround { get; private set; }

    /// <summary>
    /// The known-error record; null until <see cref="RecordKnownError"/>. Its root cause and workaround are the problem's
    /// current ones; it is retired when the problem is closed or cancelled.
    /// </summary>
    public KnownError? KnownError =>
        knownErrorSymptom is null ? null : new KnownError(knownErrorSymptom, RootCause, Workaround?.Text, knownErrorStatus, knownErrorRecordedAt);

    /// <summary>Where the problem is in its lifecycle.</summary>
    public ProblemStatus Status { get; private set; }

    /// <summary>The reason given with the last status change, or null when none was given.</summary>
    public string? StatusReason { get; private set; }

    /// <summary>How the problem was resolved; null unless resolved or closed.</summary>
    public ProblemResolution? Resolution { get; private set; }

    /// <summary>Whether the problem is in a state that is not final in <see cref="Lifecycle"/> (not closed or cancelled): it still accepts commands.</summary>
    public bool IsOpen => !Lifecycle.FinalStates.Contains(Status);

    /// <summary>The frozen rules the problem works with (the priority matrix), given when it was recorded or rebuilt.</summary>
    public ProblemRules Rules => rules;

    /// <summary>Records a new problem: status <see cref="ProblemStatus.New"/>, priority from the rules' matrix (written into the event).</summary>
    /// <param name="command">What to record.</param>
    /// <param name="id">The new problem's id (e.g. from an <see cref="IIdGenerator"/>).</param>
    /// <param name="actor">Who records it.</param>
    /// <param name="at">When.</param>
    /// <param name="rules">The rules (the priority matrix); see <see cref="ProblemRules.Create"/>.</param>
    /// <returns>The problem, with one uncommitted <see cref="ProblemRecorded"/> event.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="command"/>, <paramref name="actor"/> or <paramref name="rules"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is the empty id.</exception>
    /// <exception cref="ValidationException">The command breaks the rules of its validator (impact and urgency of the matrix, text limits, distinct ids).</exception>
    public static Problem Record(RecordProblem command, ProblemId id, Actor actor, Instant at, ProblemRules rules)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(rules);
        if (id.Value.Length == 0)
        {
            throw new ArgumentException("A problem needs an id; the empty id (the default value) was given.", nameof(id));
        }

        PriorityMatrix matrix = rules.PriorityMatrix;
        rules.Validators.RecordProblem.ValidateAndThrow(command);
        var problem = new Problem(rules);
        problem.Raise(new ProblemRecorded(
            id,
            1,
            at,
            actor,
            command.Title,
            command.Description,
            command.Category,
            matrix.CanonicalImpact(command.Impact),
            matrix.CanonicalUrgency(command.Urgency),
            matrix.PriorityFor(command.Impact, command.Urgency),
            EquatableArray.From(command.LinkedIncidents ?? []),
            EquatableArray.From(command.AffectedConfigurationItems ?? [])));
        return problem;
    }

    /// <summary>Rebuilds a problem from its events, as a repository does when loading it.</summary>
    /// <param name="history">The events, oldest first, starting with <see cref="ProblemRecorded"/>.</param>
    /// <param name="rules">
    /// The rules the problem works with from now on. The history does not depend on them: what a command took from
    /// the rules is in its event, so rebuilding under changed rules gives the same state and journal.
    /// </param>
    /// <returns>The problem, with no uncommitted events; equal to the original in every property and its journal.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="history"/>, an event or <paramref name="rules"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// The history is empty, does not start with <see cref="ProblemRecorded"/>, has a version gap, an event of another
    /// problem or of an unknown type, or an event earlier than the one before it.
    /// </exception>
    public static Problem Rebuild(IEnumerable<ProblemEvent> history, ProblemRules rules)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(rules);
        var problem = new Problem(rules);
        problem.Replay(history);
        return problem;
    }

    /// <summary>Changes the title, description or category.</summary>
    /// <param name="command">The new values (null fields keep theirs).</param>
    /// <param name="actor">Who does it.</param>
    /// <param name="at">When; not earlier than <see cref="EventSourcedAggregate{TEvent}.LastEventAt"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="command"/> or <paramref name="actor"/> is null.</exception>
    /// <exception cref="ValidationException">The command breaks its validator\'s rules.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is earlier than <see cref="EventSourcedAggregate{TEvent}.LastEventAt"/>.</exception>
    /// <exception cref="DomainRuleException">The problem is closed or cancelled (<c>Problem.Status.Final</c>).</exception>
    public void UpdateDetails(UpdateProblemDetails command, Actor actor, Instant at)
    {
        CheckEdit(command, actor, at, rules.Validators.UpdateProblemDetails, "update the details");
        string title = command.Title ?? Title;
        string description = command.Description ?? Description;
        CategoryPath category = command.Category ?? Category;
        if (title == Title && description == Description && category.ToString() == Category.ToString())
        {
            return;
        }

        Raise(new ProblemDetailsUpdated(Id, Version + 1, at, actor, title, description, category, Title, Description, Category));
    }

    /// <summary>
    /// Reassesses the priority: the <see cref="Rules"/>' matrix cell for the impact and urgency, or a manual override
    /// with a reason (see <see cref="ChangeProblemPriority"/>). The priority applied is written into the event.
    /// </summary>
    /// <param name="command">The assessment.</param>
    /// <param name="actor">Who does it.</param>
    /// <param name="at">When; not earlier than <see cref="EventSourcedAggregate{TEvent}.LastEventAt"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="command"/> or <paramref name="actor"/> is null.</exception>
    /// <exception cref="ValidationException">The command breaks its validator\'s rules.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is earlier than <see cref="EventSourcedAggregate{TEvent}.LastEventAt"/>.</exception>
    /// <exception cref="DomainRuleException">The problem is closed or cancelled (<c>Problem.Status.Final</c>).</exception>
    public void ChangePriority(ChangeProblemPriority command, Actor actor, Instant at)
    {
        PriorityMatrix matrix = rules.PriorityMatrix;
        CheckEdit(command, actor, at, rules.Validators.ChangeProblemPriority, "change the priority");
        string impact = matrix.CanonicalImpact(command.Impact);
        string urgency = matrix.CanonicalUrgency(command.Urgency);
        bool overridden = command.OverridePriority is not null;
        Priority priority = overridden ? matrix.Scale.Get(command.OverridePriority!) : matrix.PriorityFor(impact, urgency);
        string? overrideReason = overridden ? command.Reason : null;
        if (impact == Impact && urgency == Urgency && priority == Priority && overrideReason == PriorityOverrideReason)
        {
            return;
        }

        Raise(new ProblemPriorityChanged(Id, Version + 1, at, actor, impact, urgency, priority, overridden, command.Reason, Impact, Urgency, Priority, PriorityOverrideReason));
    }

    /// <summary>Sets the assignment group and assignee (null clears).</summary>
    /// <param name="command">The new assignment.</param>
    /// <param name="actor">Who does it.</param>
    /// <param name="at">When; not earlier than <see cref="EventSourcedAggregate{TEvent}.LastEventAt"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="command"/> or <paramref name="actor"/> is null.</exception>
    /// <exception cref="ValidationException">The command breaks its validator\'s rules.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is earlier than <see cref="EventSourcedAggregate{TEvent}.LastEventAt"/>.</exception>
    /// <exception cref="DomainRuleException">The problem is closed or cancelled (<c>Problem.Status.Final</c>).</exception>
    public void Assign(AssignProblem command, Actor actor, Instant at)
    {
        CheckEdit(command, actor, at, rules.Validators.AssignProblem, "assign the problem");
        if (command.AssignmentGroup == AssignmentGroup && command.Assignee?.Id == Assignee?.Id)
        {
            return;
        }

        Raise(new ProblemAssigned(Id, Version + 1, at, actor, command.AssignmentGroup, command.Assignee, AssignmentGroup, Assignee));
    }

    /// <summary>Links an incident the problem caused; an already linked incident changes nothing.</summary>
    /// <param name="command">The incident.</param>
    /// <param name="actor">Who does it.</param>
    /// <param name="at">When; not earlier than <see cref="EventSourcedAggregate{TEvent}.LastEventAt"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="command"/> or <paramref name="actor"/> is null.</exception>
    /// <exception cref="ValidationException">The command breaks its validator\'s rules.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is earlier than <see cref="EventSourcedAggregate{TEvent}.LastEventAt"/>.</exception>
    /// <exception cref="DomainRuleException">The problem is closed or cancelled (<c>Problem.Status.Final</c>).</exception>
    public void LinkIncident(LinkProblemIncident command, Actor actor, Instant at)
    {
        CheckEdit(command, actor, at, rules.Validators.LinkProblemIncident, "link an incident");
        if (linkedIncidents.Contains(command.Incident))
        {
            return;
        }

        Raise(new ProblemIncidentLinked(Id, Version + 1, at, actor, command.Incident, Workaround?.Text));
    }

    /// <summary>Removes a linked incident.</summary>
    /// <param name="command">The incident and an optional reason.</param>
    /// <param name="actor">Who does it.</param>
    /// <param name="at">When; not earlier than <see cref="EventSourcedAggregate{TEvent}.LastEventAt"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="command"/> or <paramref name="actor"/> is null.</exception>
    /// <exception cref="ValidationException">The command breaks its validator\'s rules.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is earlier than <see cref="EventSourcedAggregate{TEvent}.LastEventAt"/>.</exception>
    /// <exception cref="DomainRuleException">The problem is closed or cancelled (<c>Problem.Status.Final</c>).</exception>
    /// <exception cref="DomainRuleException">The incident is not linked to this problem (<c>Problem.LinkedIncidents.NotLinked</c>).</exception>
    public void UnlinkIncident(UnlinkProblemIncident command, Actor actor, Instant at)
    {
        CheckEdit(command, actor, at, rules.Validators.UnlinkProblemIncident, "unlink an incident");
        if (!linkedIncidents.Contains(command.Incident))
        {
            throw Refuse(
                "unlink an incident",
                new Refusal(
                    ProblemRefusalCodes.IncidentNotLinked,
                    $"incident {command.Incident} is not linked; linked incidents: {List(linkedIncidents)}",
                    [new("incident", command.Incident.Value)]));
        }

        Raise(new ProblemIncidentUnlinked(Id, Version + 1, at, actor, command.Incident, command.Reason));
    }

    /// <summary>Records a configuration item as affected; an already linked item changes nothing.</summary>
    /// <param name="command">The configuration item.</param>
    /// <param name="actor">Who does it.</param>
    /// <param name="at">When; not earlier than <see cref="EventSourcedAggregate{TEvent}.LastEventAt"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="command"/> or <paramref name="actor"/> is null.</exception>
    /// <exception cref="ValidationException">The command breaks its validator\'s rules.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is earlier than <see cref="EventSourcedAggregate{TEvent}.LastEventAt"/>.</exception>
    /// <exception cref="DomainRuleException">The problem is closed or cancelled (<c>Problem.Status.Final</c>).</exception>
    public void LinkConfigurationItem(LinkProblemConfigurationItem command, Actor actor, Instant at)
    {
        CheckEdit(command, actor, at, rules.Validators.LinkProblemConfigurationItem, "link a configuration item");
        if (affectedItems.Contains(command.ConfigurationItem))
        {
            return;
        }

        Raise(new ProblemConfigurationItemLinked(Id, Version + 1, at, actor, command.ConfigurationItem));
    }

    /// <summary>Removes an affected configuration item.</summary>
    /// <param name="command">The configuration item and an optional reason.</param>
    /// <param name="actor">Who does it.</param>
    /// <param name="at">When; not earlier than <see cref="EventSourcedAggregate{TEvent}.LastEventAt"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="command"/> or <paramref name="actor"/> is null.</exception>
    /// <exception cref="ValidationException">The command breaks its validator\'s rules.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is earlier than <see cref="EventSourcedAggregate{TEvent}.LastEventAt"/>.</exception>
    /// <exception cref="DomainRuleException">The problem is closed or cancelled (<c>Problem.Status.Final</c>).</exception>
    /// <exception cref="DomainRuleException">The configuration item is not linked to this problem (<c>Problem.AffectedConfigurationItems.NotLinked</c>).</exception>
    public void UnlinkConfigurationItem(UnlinkProblemConfigurationItem command, Actor actor, Instant at)
    {
        CheckEdit(command, actor, at, rules.Validators.UnlinkProblemConfigurationItem, "unlink a configuration item");
        if (!affectedItems.Contains(command.ConfigurationItem))
        {
            throw Refuse(
                "unlink a configuration item",
                new Refusal(
                    ProblemRefusalCodes.ConfigurationItemNotLinked,
                    $"configuration item {command.ConfigurationItem} is not linked; affected configuration items: {List(affectedItems)}",
                    [new("configurationItem", command.ConfigurationItem.Value)]));
        }

        Raise(new ProblemConfigurationItemUnlinked(Id, Version + 1, at, actor, command.ConfigurationItem, command.Reason));
    }

    /// <summary>Adds a note to the root-cause analysis (author <paramref name="actor"/>, time <paramref name="at"/>).</summary>
    /// <param name="command">The note.</param>
    /// <param name="actor">Who writes it.</param>
    /// <param name="at">When; not earlier than <see cref="EventSourcedAggregate{TEvent}.LastEventAt"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="command"/> or <paramref name="actor"/> is null.</exception>
    /// <exception cref="ValidationException">The command breaks its validator\'s rules.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is earlier than <see cref="EventSourcedAggregate{TEvent}.LastEventAt"/>.</exception>
    /// <exception cref="DomainRuleException">The problem is closed or cancelled (<c>Problem.Status.Final</c>).</exception>
    public void AddRootCauseNote(AddRootCauseNote command, Actor actor, Instant at)
    {
        CheckEdit(command, actor, at, rules.Validators.AddRootCauseNote, "add a root-cause note");
        Raise(new RootCauseNoteAdded(Id, Version + 1, at, actor, command.Text));
    }

    /// <summary>States the root cause, replacing an earlier statement; the same text again changes nothing.</summary>
    /// <param name="command">The root cause.</param>
    /// <param name="actor">Who does it.</param>
    /// <param name="at">When; not earlier than <see cref="EventSourcedAggregate{TEvent}.LastEventAt"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="command"/> or <paramref name="actor"/> is null.</exception>
    /// <exception cref="ValidationException">The command breaks its validator\'s rules.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is earlier than <see cref="EventSourcedAggregate{TEvent}.LastEventAt"/>.</exception>
    /// <exception cref="DomainRuleException">The problem is closed or cancelled (<c>Problem.Status.Final</c>).</exception>
    public void IdentifyRootCause(IdentifyRootCause command, Actor actor, Instant at)
    {
        CheckEdit(command, actor, at, rules.Validators.IdentifyRootCause, "identify the root cause");
        if (command.RootCause == RootCause)
        {
            return;
        }

        Raise(new RootCauseIdentified(Id, Version + 1, at, actor, command.RootCause, RootCause));
    }

    /// <summary>
    /// Publishes a workaround, replacing an earlier one; the same text again changes nothing. The
    /// <see cref="WorkaroundPublished"/> event lists every linked incident so a handler can notify the open ones.
    /// </summary>
    /// <param name="command">The workaround.</param>
    /// <param name="actor">Who publishes it.</param>
    /// <param name="at">When; not earlier than <see cref="EventSourcedAggregate{TEvent}.LastEventAt"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="command"/> or <paramref name="actor"/> is null.</exception>
    /// <exception cref="ValidationException">The command breaks its validator\'s rules.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is earlier than <see cref="EventSourcedAggregate{TEvent}.LastEventAt"/>.</exception>
    /// <exception cref="DomainRuleException">The problem is closed or cancelled (<c>Problem.Status.Final</c>).</exception>
    public void PublishWorkaround(PublishWorkaround command, Actor actor, Instant at)
    {
        CheckEdit(command, actor, at, rules.Validators.PublishWorkaround, "publish a workaround");
        if (command.Workaround == Workaround?.Text)
        {
            return;
        }

        Raise(new WorkaroundPublished(Id, Version + 1, at, actor, command.Workaround, Workaround?.Text, EquatableArray.From(linkedIncidents)));
    }

    /// <summary>Starts the investigation of a new problem (trigger <see cref="ProblemTrigger.Investigate"/>).</summary>
    /// <param name="command">An optional reason.</param>
    /// <param name="actor">Who does it.</param>
    /// <param name="at">When; not earlier than <see cref="EventSourcedAggregate{TEvent}.LastEventAt"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="command"/> or <paramref name="actor"/> is null.</exception>
    /// <exception cref="ValidationException">The command breaks its validator\'s rules.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is earlier than <see cref="EventSourcedAggregate{TEvent}.LastEventAt"/>.</exception>
    /// <exception cref="InvalidTransitionException">The lifecycle has no Investigate transition from the current status.</exception>
    public void StartInvestigation(InvestigateProblem command, Actor actor, Instant at)
    {
        CheckTransition(command, actor, at, rules.Validators.InvestigateProblem, ProblemTrigger.Investigate);
        Raise(new ProblemInvestigationStarted(Id, Version + 1, at, actor, command.Reason, Status, StatusReason));
    }

    /// <summary>
    /// Records the problem as a known error (trigger <see cref="ProblemTrigger.RecordKnownError"/>): the known-error record
    /// gets the command's symptom and the problem's root cause and workaround, status <see cref="KnownErrorStatus.Active"/>.
    /// </summary>
    /// <param name="command">The symptom.</param>
    /// <param name="actor">Who does it.</param>
    /// <param name="at">When; not earlier than <see cref="EventSourcedAggregate{TEvent}.LastEventAt"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="command"/> or <paramref name="actor"/> is null.</exception>
    /// <exception cref="ValidationException">The command breaks its validator\'s rules.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is earlier than <see cref="EventSourcedAggregate{TEvent}.LastEventAt"/>.</exception>
    /// <exception cref="InvalidTransitionException">The lifecycle has no RecordKnownError transition from the current status.</exception>
    /// <exception cref="DomainRuleException">
    /// The problem has neither a root cause nor a workaround (ISO/IEC 20000-1: a known error has an identified root cause
    /// or a workaround; <c>Problem.KnownError.NoRootCauseOrWorkaround</c>).
    /// </exception>
    public void RecordKnownError(RecordKnownError command, Actor actor, Instant at)
    {
        CheckTransition(command, actor, at, rules.Validators.RecordKnownError, ProblemTrigger.RecordKnownError);
        if (RootCause is null && Workaround is null)
        {
            throw Refuse(
                "record a known error",
                new Refusal(
                    ProblemRefusalCodes.KnownErrorWithoutRootCauseOrWorkaround,
                    "a known error needs an identified root cause or a published workaround (ISO/IEC 20000-1), and this problem has neither; identify the root cause or publish a workaround first",
                    [new("status", Status.ToString())]));
        }

        Raise(new KnownErrorRecorded(Id, Version + 1, at, actor, command.Symptom, RootCause, Workaround?.Text, knownErrorSymptom, Status, StatusReason));
    }

    /// <summary>Records the resolution (trigger <see cref="ProblemTrigger.Resolve"/>).</summary>
    /// <param name="command">The resolution code, notes and change.</param>
    /// <param name="actor">Who resolves it.</param>
    /// <param name="at">When; not earlier than <see cref="EventSourcedAggregate{TEvent}.LastEventAt"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="command"/> or <paramref name="actor"/> is null.</exception>
    /// <exception cref="ValidationException">The command breaks its validator\'s rules.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is earlier than <see cref="EventSourcedAggregate{TEvent}.LastEventAt"/>.</exception>
    /// <exception cref="InvalidTransitionException">The lifecycle has no Resolve transition from the current status.</exception>
    public void Resolve(ResolveProblem command, Actor actor, Instant at)
    {
        CheckTransition(command, actor, at, rules.Validators.ResolveProblem, ProblemTrigger.Resolve);
        Raise(new ProblemResolved(Id, Version + 1, at, actor, command.ResolutionCode, command.Notes, command.Change, Status, StatusReason));
    }

    /// <summary>Closes a resolved problem (trigger <see cref="ProblemTrigger.Close"/>); an active known error is retired.</summary>
    /// <param name="command">An optional reason.</param>
    /// <param name="actor">Who closes it.</param>
    /// <param name="at">When; not earlier than <see cref="EventSourcedAggregate{TEvent}.LastEventAt"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="command"/> or <paramref name="actor"/> is null.</exception>
    /// <exception cref="ValidationException">The command breaks its validator\'s rules.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is earlier than <see cref="EventSourcedAggregate{TEvent}.LastEventAt"/>.</exception>
    /// <exception cref="InvalidTransitionException">The lifecycle has no Close transition from the current status.</exception>
    public void Close(CloseProblem command, Actor actor, Instant at)
    {
        CheckTransition(command, actor, at, rules.Validators.CloseProblem, ProblemTrigger.Close);
        Raise(new ProblemClosed(Id, Version + 1, at, actor, command.Reason, HasActiveKnownError, Status, StatusReason));
    }

    /// <summary>Reopens a resolved problem (trigger <see cref="ProblemTrigger.Reopen"/>); the resolution is cleared.</summary>
    /// <param name="command">The reason.</param>
    /// <param name="actor">Who reopens it.</param>
    /// <param name="at">When; not earlier than <see cref="EventSourcedAggregate{TEvent}.LastEventAt"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="command"/> or <paramref name="actor"/> is null.</exception>
    /// <exception cref="ValidationException">The command breaks its validator\'s rules.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is earlier than <see cref="EventSourcedAggregate{TEvent}.LastEventAt"/>.</exception>
    /// <exception cref="InvalidTransitionException">The lifecycle has no Reopen transition from the current status.</exception>
    public void Reopen(ReopenProblem command, Actor actor, Instant at)
    {
        CheckTransition(command, actor, at, rules.Validators.ReopenProblem, ProblemTrigger.Reopen);
        Raise(new ProblemReopened(Id, Version + 1, at, actor, command.Reason, Resolution, Status, StatusReason));
    }

    /// <summary>Withdraws the problem (trigger <see cref="ProblemTrigger.Cancel"/>); an active known error is retired.</summary>
    /// <param name="command">The reason.</param>
    /// <param name="actor">Who cancels it.</param>
    /// <param name="at">When; not earlier than <see cref="EventSourcedAggregate{TEvent}.LastEventAt"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="command"/> or <paramref name="actor"/> is null.</exception>
    /// <exception cref="ValidationException">The command breaks its validator\'s rules.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is earlier than <see cref="EventSourcedAggregate{TEvent}.LastEventAt"/>.</exception>
    /// <exception cref="InvalidTransitionException">The lifecycle has no Cancel transition from the current status.</exception>
    public void Cancel(CancelProblem command, Actor actor, Instant at)
    {
        CheckTransition(command, actor, at, rules.Validators.CancelProblem, ProblemTrigger.Cancel);
        Raise(new ProblemCancelled(Id, Version + 1, at, actor, command.Reason, HasActiveKnownError, Status, StatusReason));
    }

    /// <inheritdoc />
    protected override void When(ProblemEvent domainEvent)
    {
        if ((domainEvent is ProblemRecorded) != (Version == 0))
        {
            throw new ArgumentException(
                Version == 0
                    ? $"A problem's history starts with {nameof(ProblemRecorded)}, not {domainEvent.GetType().Name}."
                    : $"{nameof(ProblemRecorded)} can only be a problem's first event; problem {Id} already has {Version}.",
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
            case ProblemRecorded e:
                Id = e.Problem;
                Title = e.Title;
                Description = e.Description;
                Category = e.Category;
                RecordedAt = e.At;
                RecordedBy = e.Actor;
                Impact = e.Impact;
                Urgency = e.Urgency;
                Priority = e.Priority;
                Status = ProblemStatus.New;
                linkedIncidents.AddRange(e.LinkedIncidents);
                affectedItems.AddRange(e.AffectedConfigurationItems);
                break;
            case ProblemDetailsUpdated e:
                Title = e.Title;
                Description = e.Description;
                Category = e.Category;
                break;
            case ProblemPriorityChanged e:
                Impact = e.Impact;
                Urgency = e.Urgency;
                Priority = e.Priority;
                PriorityOverrideReason = e.OverrideReason;
                break;
            case ProblemAssigned e:
                AssignmentGroup = e.AssignmentGroup;
                Assignee = e.Assignee;
                break;
            case ProblemIncidentLinked e:
                linkedIncidents.Add(e.Incident);
                break;
            case ProblemIncidentUnlinked e:
                linkedIncidents.Remove(e.Incident);
                break;
            case ProblemConfigurationItemLinked e:
                affectedItems.Add(e.ConfigurationItem);
                break;
            case ProblemConfigurationItemUnlinked e:
                affectedItems.Remove(e.ConfigurationItem);
                break;
            case RootCauseNoteAdded e:
                notes.Add(new RootCauseNote(e.Actor, e.At, e.Text));
                break;
            case RootCauseIdentified e:
                RootCause = e.RootCause;
                break;
            case WorkaroundPublished e:
                Workaround = new Workaround(e.Workaround, e.At, e.Actor);
                break;
            case ProblemInvestigationStarted e:
                SetStatus(ProblemStatus.UnderInvestigation, e.Reason);
                break;
            case KnownErrorRecorded e:
                SetStatus(ProblemStatus.KnownError, null);
                knownErrorSymptom = e.Symptom;
                knownErrorRecordedAt = e.At;
                knownErrorStatus = KnownErrorStatus.Active;
                break;
            case ProblemResolved e:
                SetStatus(ProblemStatus.Resolved, null);
                Resolution = new ProblemResolution(e.ResolutionCode, e.Notes, e.Change, e.At, e.Actor);
                break;
            case ProblemClosed e:
                SetStatus(ProblemStatus.Closed, e.Reason);
                RetireKnownError(e.KnownErrorRetired);
                break;
            case ProblemReopened e:
                SetStatus(ProblemStatus.UnderInvestigation, e.Reason);
                Resolution = null;
                break;
            case ProblemCancelled e:
                SetStatus(ProblemStatus.Cancelled, e.Reason);
                RetireKnownError(e.KnownErrorRetired);
                break;
            default:
                throw new ArgumentException($"{domainEvent.GetType().Name} is not a problem event this version of ItsmCore.Problems knows.", nameof(domainEvent));
        }
    }

    private bool HasActiveKnownError => knownErrorSymptom is not null && knownErrorStatus == KnownErrorStatus.Active;

    private static string List<T>(IEnumerable<T> items)
    {
        string text = string.Join(", ", items);
        return text.Length == 0 ? "none" : text;
    }

    private void SetStatus(ProblemStatus status, string? reason)
    {
        Status = status;
        StatusReason = reason;
    }

    private void RetireKnownError(bool retire)
    {
        if (retire)
        {
            knownErrorStatus = KnownErrorStatus.Retired;
        }
    }

    /// <summary>The checks every command runs first: arguments, the command's rules, the time.</summary>
    private void CheckCommon<TCommand>(TCommand command, Actor actor, Instant at, IValidator<TCommand> validator)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(actor);
        validator.ValidateAndThrow(command);
        if (at < LastEventAt)
        {
            throw new ArgumentOutOfRangeException(
                nameof(at),
                at,
                $"{RecordTypeName} {Id}: the command is dated {InstantPattern.ExtendedIso.Format(at)}, earlier than the problem's last event ({InstantPattern.ExtendedIso.Format(LastEventAt)}); a record's history only moves forward.");
        }
    }

    /// <summary>Checks a field edit or link: common checks, then the problem must not be closed or cancelled.</summary>
    private void CheckEdit<TCommand>(TCommand command, Actor actor, Instant at, IValidator<TCommand> validator, string attempted)
    {
        CheckCommon(command, actor, at, validator);
        if (!IsOpen)
        {
            throw Refuse(
                attempted,
                new Refusal(
                    ProblemRefusalCodes.Final,
                    $"it is {Status}, a final state; a closed or cancelled problem can no longer be changed",
                    [new("status", Status.ToString())]));
        }
    }

    private DomainRuleException Refuse(string attempted, Refusal refusal) => new(RecordTypeName, Id.Value, attempted, refusal);

    /// <summary>Checks a status change: common checks, then the lifecycle table.</summary>
    private void CheckTransition<TCommand>(TCommand command, Actor actor, Instant at, IValidator<TCommand> validator, ProblemTrigger trigger)
    {
        CheckCommon(command, actor, at, validator);
        Lifecycle.Fire(Status, trigger, Id.Value);
    }
}
