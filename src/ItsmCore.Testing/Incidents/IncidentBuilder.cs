using System;
using System.Collections.Generic;
using System.Linq;
using ItsmCore.Classification;
using ItsmCore.Incidents;
using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Testing;

/// <summary>
/// Builds an <see cref="Incident"/> for a test in one expression, through the aggregate's real commands (so the
/// events, journal and SLA clocks are what production code would produce): <c>Build.Incident().WithPriority("High").InProgress().Build()</c>.
/// Defaults: id <c>INC-0001</c>, reported Friday 2026-11-20 10:00 JST by <c>reporter</c> through the portal,
/// impact and urgency Medium, <see cref="Testing.Build.DefaultIncidentRules"/>; each lifecycle step is taken by <c>agent</c>
/// one minute after the previous one. Not thread-safe (a builder belongs to one test).
/// </summary>
public sealed class IncidentBuilder
{
    private static readonly Actor Agent = Actor.Of("agent", "Service desk agent");
    private string id = "INC-0001";
    private string title = "Test incident";
    private string description = string.Empty;
    private Actor reporter = Actor.Of("reporter");
    private ReportingChannel channel = ReportingChannel.Portal;
    private Instant reportedAt = Instant.FromUtc(2026, 11, 20, 1, 0);
    private string impact = "Medium";
    private string urgency = "Medium";
    private string? priority;
    private int? severity;
    private IncidentRules rules = Testing.Build.DefaultIncidentRules;
    private ServiceId? service;
    private ConfigurationItemId[] items = [];
    private CategoryPath category;
    private string group = "service-desk";
    private Actor? assignee;
    private IncidentStatus? status;
    private HoldReason holdReason;
    private string? cancelReason;

    internal IncidentBuilder()
    {
    }

    /// <summary>Sets the id.</summary>
    /// <param name="value">A valid record id.</param>
    /// <returns>This builder.</returns>
    public IncidentBuilder WithId(string value)
    {
        id = RecordIdText.Check(value, nameof(value));
        return this;
    }

    /// <summary>Sets the title.</summary>
    /// <param name="value">The title.</param>
    /// <returns>This builder.</returns>
    public IncidentBuilder WithTitle(string value)
    {
        title = value ?? throw new ArgumentNullException(nameof(value));
        return this;
    }

    /// <summary>Sets the description.</summary>
    /// <param name="value">The description.</param>
    /// <returns>This builder.</returns>
    public IncidentBuilder WithDescription(string value)
    {
        description = value ?? throw new ArgumentNullException(nameof(value));
        return this;
    }

    /// <summary>Sets who reported it and how.</summary>
    /// <param name="actor">The reporter.</param>
    /// <param name="via">The channel.</param>
    /// <returns>This builder.</returns>
    public IncidentBuilder ReportedBy(Actor actor, ReportingChannel via = ReportingChannel.Portal)
    {
        reporter = actor ?? throw new ArgumentNullException(nameof(actor));
        channel = via;
        return this;
    }

    /// <summary>Sets when it was reported (and recorded); later steps follow a minute apart.</summary>
    /// <param name="at">The instant.</param>
    /// <returns>This builder.</returns>
    public IncidentBuilder ReportedAt(Instant at)
    {
        reportedAt = at;
        return this;
    }

    /// <summary>Sets impact and urgency (the matrix gives the priority).</summary>
    /// <param name="impactLevel">An impact level of the rules' matrix.</param>
    /// <param name="urgencyLevel">An urgency level of the rules' matrix.</param>
    /// <returns>This builder.</returns>
    public IncidentBuilder WithImpactAndUrgency(string impactLevel, string urgencyLevel)
    {
        impact = impactLevel ?? throw new ArgumentNullException(nameof(impactLevel));
        urgency = urgencyLevel ?? throw new ArgumentNullException(nameof(urgencyLevel));
        priority = null;
        return this;
    }

    /// <summary>
    /// Gives the incident a priority by name: the impact and urgency that give it in the matrix (the most severe
    /// such cell), or, when no cell gives it, a journaled override with the reason "set by the test builder".
    /// </summary>
    /// <param name="name">A priority name of the rules' scale (e.g. <c>"High"</c>).</param>
    /// <returns>This builder.</returns>
    public IncidentBuilder WithPriority(string name)
    {
        priority = name ?? throw new ArgumentNullException(nameof(name));
        return this;
    }

    /// <summary>Sets the severity level (3 or more makes a major incident under the default policy).</summary>
    /// <param name="level">A level of the rules' severity scale.</param>
    /// <returns>This builder.</returns>
    public IncidentBuilder WithSeverity(int level)
    {
        severity = level;
        return this;
    }

    /// <summary>Uses other rules (matrix, scales, SLA definitions, calendars).</summary>
    /// <param name="value">The rules.</param>
    /// <returns>This builder.</returns>
    public IncidentBuilder WithRules(IncidentRules value)
    {
        rules = value ?? throw new ArgumentNullException(nameof(value));
        return this;
    }

    /// <summary>Sets the affected service.</summary>
    /// <param name="serviceId">The service id.</param>
    /// <returns>This builder.</returns>
    public IncidentBuilder AffectingService(string serviceId)
    {
        service = new ServiceId(serviceId);
        return this;
    }

    /// <summary>Sets the affected configuration items.</summary>
    /// <param name="ids">The CI ids.</param>
    /// <returns>This builder.</returns>
    public IncidentBuilder AffectingConfigurationItems(params string[] ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        items = ids.Select(i => new ConfigurationItemId(i)).ToArray();
        return this;
    }

    /// <summary>Sets the category.</summary>
    /// <param name="path">A path such as <c>"Network/VPN"</c>.</param>
    /// <returns>This builder.</returns>
    public IncidentBuilder InCategory(string path)
    {
        category = CategoryPath.Parse(path);
        return this;
    }

    /// <summary>Assigns it (status Assigned unless a later state is asked for).</summary>
    /// <param name="assignmentGroup">The group.</param>
    /// <param name="person">The assignee, or null.</param>
    /// <returns>This builder.</returns>
    public IncidentBuilder AssignedTo(string assignmentGroup, Actor? person = null)
    {
        group = RecordIdText.Check(assignmentGroup, nameof(assignmentGroup));
        assignee = person;
        status ??= IncidentStatus.Assigned;
        return this;
    }

    /// <summary>Takes it to InProgress (assigning it first).</summary>
    /// <returns>This builder.</returns>
    public IncidentBuilder InProgress() => To(IncidentStatus.InProgress);

    /// <summary>Takes it to OnHold with <paramref name="reason"/> (through InProgress).</summary>
    /// <param name="reason">What it waits for.</param>
    /// <returns>This builder.</returns>
    public IncidentBuilder OnHold(HoldReason reason)
    {
        holdReason = reason;
        return To(IncidentStatus.OnHold);
    }

    /// <summary>Takes it to Resolved (code <c>fixed</c>; through InProgress).</summary>
    /// <returns>This builder.</returns>
    public IncidentBuilder Resolved() => To(IncidentStatus.Resolved);

    /// <summary>Takes it to Closed (through Resolved).</summary>
    /// <returns>This builder.</returns>
    public IncidentBuilder Closed() => To(IncidentStatus.Closed);

    /// <summary>Cancels it (after any assignment asked for).</summary>
    /// <param name="reason">Why.</param>
    /// <returns>This builder.</returns>
    public IncidentBuilder Cancelled(string reason = "Raised in error.")
    {
        cancelReason = reason ?? throw new ArgumentNullException(nameof(reason));
        return this;
    }

    /// <summary>Records the incident and takes the asked-for steps through the aggregate's commands.</summary>
    /// <returns>The incident; all its events are uncommitted (a new record).</returns>
    /// <exception cref="FluentValidation.ValidationException">A value set on the builder is not valid for the rules.</exception>
    public Incident Build()
    {
        (string i, string u, string? overridePriority) = ResolvePriority();
        var command = new RecordIncident(title, description, reporter, channel, i, u)
        {
            Service = service,
            ConfigurationItems = items,
            Category = category,
            Severity = severity,
        };
        Instant at = reportedAt;
        Incident incident = Incident.Record(command, new IncidentId(id), Agent, at, rules);
        if (overridePriority is not null)
        {
            incident.ChangePriority(new ChangeIncidentPriority { OverridePriority = overridePriority, Reason = "set by the test builder" }, Agent, at);
        }

        IncidentStatus target = status ?? IncidentStatus.New;
        foreach (Action<Incident, Instant> step in Steps(target))
        {
            at += Duration.FromMinutes(1);
            step(incident, at);
        }

        if (cancelReason is not null)
        {
            incident.Cancel(new CancelIncident(cancelReason), Agent, at + Duration.FromMinutes(1));
        }

        return incident;
    }

    private IncidentBuilder To(IncidentStatus value)
    {
        status = value;
        return this;
    }

    private IEnumerable<Action<Incident, Instant>> Steps(IncidentStatus target)
    {
        if (target == IncidentStatus.New)
        {
            yield break;
        }

        yield return (incident, at) => incident.Assign(new AssignIncident(group) { Assignee = assignee }, Agent, at);
        if (target == IncidentStatus.Assigned)
        {
            yield break;
        }

        yield return (incident, at) => incident.StartWork(Agent, at);
        if (target == IncidentStatus.OnHold)
        {
            yield return (incident, at) => incident.PutOnHold(new PutIncidentOnHold(holdReason), Agent, at);
        }

        if (target is IncidentStatus.Resolved or IncidentStatus.Closed)
        {
            yield return (incident, at) => incident.Resolve(new ResolveIncident("fixed", "Fixed by the test builder."), Agent, at);
        }

        if (target == IncidentStatus.Closed)
        {
            yield return (incident, at) => incident.Close(new CloseIncident(), Agent, at);
        }
    }

    private (string Impact, string Urgency, string? Override) ResolvePriority()
    {
        if (priority is null)
        {
            return (impact, urgency, null);
        }

        PriorityMatrix matrix = rules.PriorityMatrix;
        Priority wanted = rules.PriorityScale.Get(priority);
        foreach (string i in matrix.Impacts)
        {
            foreach (string u in matrix.Urgencies)
            {
                if (matrix.PriorityFor(i, u) == wanted)
                {
                    return (i, u, null);
                }
            }
        }

        return (impact, urgency, wanted.Name);
    }
}
