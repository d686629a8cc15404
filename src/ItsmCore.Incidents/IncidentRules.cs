using System;
using System.Collections.Generic;
using System.Linq;
using ItsmCore.Calendars;
using ItsmCore.Classification;
using ItsmCore.Sla;
using NodaTime;

namespace ItsmCore.Incidents;

/// <summary>
/// The checked, frozen configuration every incident works with: priority matrix, severity scale, major-incident
/// policy, SLA definitions, task and escalation targets, and the calendars they run on. Immutable and thread-safe;
/// share one instance.
/// </summary>
public sealed class IncidentRules
{
    private IncidentRules(IncidentOptions options, IBusinessCalendarProvider calendars)
    {
        PriorityMatrix = options.PriorityMatrix;
        SeverityScale = options.SeverityScale;
        DefaultSeverity = options.SeverityScale.Get(options.DefaultSeverity);
        MajorIncidentPolicy = options.MajorIncidentPolicy;
        SlaDefinitions = options.SlaDefinitions.ToArray();
        MajorIncidentTaskTargets = options.MajorIncidentTaskTargets;
        EscalationReplyTarget = options.EscalationReplyTarget;
        Calendars = calendars;
        validators = new Lazy<IncidentCommandValidators>(() => new IncidentCommandValidators(this));
    }

    private readonly Lazy<IncidentCommandValidators> validators;

    /// <summary>The impact x urgency matrix.</summary>
    public PriorityMatrix PriorityMatrix { get; }

    /// <summary>The priority scale (the matrix's).</summary>
    public PriorityScale PriorityScale => PriorityMatrix.Scale;

    /// <summary>The severity scale.</summary>
    public SeverityScale SeverityScale { get; }

    /// <summary>The severity of an incident recorded without one.</summary>
    public SeverityLevel DefaultSeverity { get; }

    /// <summary>The major-incident policy.</summary>
    public MajorIncidentPolicy MajorIncidentPolicy { get; }

    /// <summary>The SLA definitions attached to every incident.</summary>
    public IReadOnlyList<SlaDefinition> SlaDefinitions { get; }

    /// <summary>Major-incident task deadlines by task priority, or null.</summary>
    public SlaDefinition? MajorIncidentTaskTargets { get; }

    /// <summary>The default escalation answer deadline, or null.</summary>
    public SlaTarget? EscalationReplyTarget { get; }

    /// <summary>Where calendars are found by id.</summary>
    public IBusinessCalendarProvider Calendars { get; }

    /// <summary>
    /// Checks <paramref name="options"/> and freezes them. Every problem is reported at once: a default severity off
    /// the scale; an SLA definition with a metric the lifecycle does not drive, or given twice; a calendar id (of a
    /// target, the major-incident policy, the escalation target) the provider does not know.
    /// </summary>
    /// <param name="options">The options; copied, so later changes do not affect the rules.</param>
    /// <param name="calendars">Where calendars are found by id.</param>
    /// <returns>The rules.</returns>
    /// <exception cref="ArgumentNullException">An argument, or an option that must be set, is null.</exception>
    /// <exception cref="ArgumentException">The options are not valid; the message lists every problem.</exception>
    public static IncidentRules Create(IncidentOptions options, IBusinessCalendarProvider calendars)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(calendars);
        Throw(Problems(options, calendars));
        return new IncidentRules(options, calendars);
    }

    /// <summary>Checks everything in <paramref name="options"/> that does not need the calendars (used at registration).</summary>
    internal static void CheckOptions(IncidentOptions options) => Throw(Problems(options, null));

    /// <summary>Whether two options configure the same rules (every setting equal; SLA definitions in the same order).</summary>
    internal static bool HaveSameSettings(IncidentOptions a, IncidentOptions b) =>
        Equals(a.PriorityMatrix, b.PriorityMatrix)
        && Equals(a.SeverityScale, b.SeverityScale)
        && a.DefaultSeverity == b.DefaultSeverity
        && Equals(a.MajorIncidentPolicy, b.MajorIncidentPolicy)
        && a.SlaDefinitions.SequenceEqual(b.SlaDefinitions)
        && Equals(a.MajorIncidentTaskTargets, b.MajorIncidentTaskTargets)
        && Equals(a.EscalationReplyTarget, b.EscalationReplyTarget);

    private static void Throw(List<string> problems)
    {
        if (problems.Count > 0)
        {
            throw new ArgumentException($"The incident options are not valid: {string.Join(" ", problems)}", "options");
        }
    }

    private static List<string> Problems(IncidentOptions options, IBusinessCalendarProvider? calendars)
    {
        var problems = new List<string>();
        if (options.PriorityMatrix is null)
        {
            problems.Add("PriorityMatrix: must be set.");
        }

        if (options.SeverityScale is null)
        {
            problems.Add("SeverityScale: must be set.");
        }
        else if (options.DefaultSeverity < 0 || options.DefaultSeverity >= options.SeverityScale.Levels.Count)
        {
            problems.Add($"DefaultSeverity: {options.DefaultSeverity} is not a level of the severity scale (0 to {options.SeverityScale.Levels.Count - 1}).");
        }

        if (options.MajorIncidentPolicy is null)
        {
            problems.Add("MajorIncidentPolicy: must be set.");
        }
        else
        {
            CheckCalendar(problems, calendars, options.MajorIncidentPolicy.CalendarId, "MajorIncidentPolicy.CalendarId");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < options.SlaDefinitions.Count; i++)
        {
            SlaDefinition? definition = options.SlaDefinitions[i];
            if (definition is null)
            {
                problems.Add($"SlaDefinitions[{i}]: must not be null.");
                continue;
            }

            if (!IncidentSlaRules.IsDriven(definition.Metric))
            {
                problems.Add($"SlaDefinitions[{i}]: metric '{definition.Metric}' of '{definition.Id}' is not driven by the incident lifecycle (first-response, resolution, customer-notification, recurring-update); run it yourself with SlaClock.");
            }

            if (!seen.Add(definition.Id))
            {
                problems.Add($"SlaDefinitions[{i}]: the id '{definition.Id}' is given twice.");
            }

            CheckTargets(problems, calendars, definition, $"SlaDefinitions[{i}]");
            if (options.PriorityMatrix is { } matrix)
            {
                foreach (SlaPriorityTargets targets in definition.Priorities)
                {
                    if (!matrix.Scale.Levels.Any(level => string.Equals(level.Name, targets.Priority, StringComparison.Ordinal)))
                    {
                        problems.Add($"SlaDefinitions[{i}] ('{definition.Id}'): priority '{targets.Priority}' is not a name of the priority scale (known: {string.Join(", ", matrix.Scale.Levels.Select(level => level.Name))}); it would measure nothing.");
                    }
                }
            }
        }

        if (options.MajorIncidentTaskTargets is { } taskTargets)
        {
            CheckTargets(problems, calendars, taskTargets, "MajorIncidentTaskTargets");
        }

        if (options.EscalationReplyTarget is { } reply)
        {
            CheckCalendar(problems, calendars, reply.CalendarId, "EscalationReplyTarget");
        }

        return problems;
    }

    internal IncidentCommandValidators Validators => validators.Value;

    internal BusinessCalendar Calendar(string id, Instant at) => Calendars.GetCalendar(id, at);

    private static void CheckTargets(List<string> problems, IBusinessCalendarProvider? calendars, SlaDefinition definition, string path)
    {
        foreach (SlaPriorityTargets targets in definition.Priorities)
        {
            foreach (SlaTarget? target in new[] { targets.Objective, targets.Agreement })
            {
                if (target is not null)
                {
                    CheckCalendar(problems, calendars, target.CalendarId, $"{path} ('{definition.Id}', priority '{targets.Priority}')");
                }
            }
        }
    }

    private static void CheckCalendar(List<string> problems, IBusinessCalendarProvider? calendars, string id, string path)
    {
        if (calendars is not null && !calendars.TryGetCalendar(id, Instant.MaxValue, out _) && !calendars.TryGetCalendar(id, Instant.MinValue, out _))
        {
            problems.Add($"{path}: calendar '{id}' is unknown to the calendar provider.");
        }
    }
}
