using System;
using System.Collections.Generic;
using System.Linq;
using ItsmCore.Calendars;
using ItsmCore.Classification;
using ItsmCore.Primitives;
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
        SlaDefinitionVersions = options.SlaDefinitionVersions;
        SlaTargetRules = options.SlaTargetRules.ToArray();
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

    /// <summary>Where versions of the attached definitions are found, or null (each definition is its only version).</summary>
    public ISlaDefinitionProvider? SlaDefinitionVersions { get; }

    /// <summary>The target rules that choose a definition's targets by the incident's attributes.</summary>
    public IReadOnlyList<SlaTargetRules> SlaTargetRules { get; }

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
        && Equals(a.SlaDefinitionVersions, b.SlaDefinitionVersions)
        && a.SlaTargetRules.SequenceEqual(b.SlaTargetRules)
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
            bool ruleBased = options.SlaTargetRules.Any(r => r is not null && string.Equals(r.Definition.Id, definition.Id, StringComparison.Ordinal));
            if (options.PriorityMatrix is { } matrix && !ruleBased)
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

        var ruled = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < options.SlaTargetRules.Count; i++)
        {
            if (options.SlaTargetRules[i] is not { } targetRules)
            {
                problems.Add($"SlaTargetRules[{i}]: must not be null.");
                continue;
            }

            string id = targetRules.Definition.Id;
            bool definitionsMayComeLater = calendars is null && options.SlaDefinitions.Count == 0;
            if (!definitionsMayComeLater && !options.SlaDefinitions.Any(d => d is not null && string.Equals(d.Id, id, StringComparison.Ordinal)))
            {
                problems.Add($"SlaTargetRules[{i}]: the rules are over SLA definition '{id}', which is not in SlaDefinitions.");
            }

            if (!ruled.Add(id))
            {
                problems.Add($"SlaTargetRules[{i}]: SLA definition '{id}' has target rules already; give one set of rules per definition.");
            }

            foreach (SlaTargetRule rule in targetRules.Rules)
            {
                if (rule.CalendarId is { } calendar)
                {
                    CheckCalendar(problems, calendars, calendar, $"SlaTargetRules[{i}] ('{id}', rule '{rule.Name}')");
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

    /// <summary>
    /// The options with the SLA definitions registered in the container applied (<c>AddItsmCoreSla</c>): when
    /// <see cref="IncidentOptions.SlaDefinitions"/> is empty, the provider's definitions whose metric the lifecycle drives
    /// (newest versions, in the provider's order); when both name definitions, they must be the same ones. The provider
    /// becomes <see cref="IncidentOptions.SlaDefinitionVersions"/> unless that is set. <paramref name="options"/> is not changed.
    /// </summary>
    internal static IncidentOptions WithRegisteredSla(IncidentOptions options, ISlaDefinitionProvider? provider)
    {
        if (provider is null)
        {
            return options;
        }

        var registered = new List<SlaDefinition>();
        foreach (string id in provider.DefinitionIds)
        {
            if (provider.TryGetDefinition(id, out SlaDefinition? definition) && IncidentSlaRules.IsDriven(definition.Metric))
            {
                registered.Add(definition);
            }
        }

        CheckSameSla(options.SlaDefinitions, registered);
        IncidentOptions copy = Copy(options);
        if (copy.SlaDefinitions.Count == 0)
        {
            foreach (SlaDefinition definition in registered)
            {
                copy.SlaDefinitions.Add(definition);
            }
        }

        copy.SlaDefinitionVersions ??= provider;
        return copy;
    }

    /// <summary>
    /// The registration-time checks that need the rest of the service collection: the calendars the options name against
    /// the calendars registered so far (when the calendar provider is <c>AddItsmCoreCalendars</c>' catalogue or a
    /// registered instance), and the SLA definitions against those registered with <c>AddItsmCoreSla</c>.
    /// </summary>
    internal static void CheckRegistered(IncidentOptions options, IEnumerable<Microsoft.Extensions.DependencyInjection.ServiceDescriptor> services)
    {
        var descriptors = services.Where(d => !d.IsKeyedService).ToList();
        var definitions = descriptors.Where(d => d.ServiceType == typeof(SlaDefinition)).Select(d => d.ImplementationInstance).OfType<SlaDefinition>()
            .Where(d => IncidentSlaRules.IsDriven(d.Metric)).Distinct().ToList();
        CheckSameSla(options.SlaDefinitions, definitions);
        IBusinessCalendarProvider? calendars = RegisteredCalendars(descriptors);
        if (calendars is null)
        {
            return;
        }

        IncidentOptions effective = Copy(options);
        if (effective.SlaDefinitions.Count == 0)
        {
            definitions.ForEach(effective.SlaDefinitions.Add);
        }

        List<string> problems = Problems(effective, calendars);
        if (problems.Count > 0)
        {
            throw new ArgumentException(
                $"The incident options need calendars that are not registered: {string.Join(" ", problems)} Register every calendar with services.AddItsmCoreCalendars(...) before AddItsmCoreIncidents (BusinessCalendar.AlwaysOpen(zone) is open around the clock and has the id \"{BusinessCalendar.AlwaysOpenId}\" the default major-incident policy needs), or register your own IBusinessCalendarProvider first.",
                "services");
        }
    }

    /// <summary>The attachments of an incident reported at <paramref name="reportedAt"/> with <paramref name="attributes"/>: each definition's version in force then, and the target rule that chose its targets.</summary>
    internal EquatableArray<IncidentSlaAttachment> Attach(Instant reportedAt, SlaTicketAttributes attributes)
    {
        var result = new List<IncidentSlaAttachment>(SlaDefinitions.Count);
        foreach (SlaDefinition definition in SlaDefinitions)
        {
            SlaDefinition inForce = definition;
            Instant effectiveFrom = BusinessCalendar.MinSupportedInstant;
            if (SlaDefinitionVersions is { } versions && versions.DefinitionIds.Contains(definition.Id))
            {
                if (!versions.TryGetVersion(definition.Id, reportedAt, out SlaDefinitionVersion? version))
                {
                    continue;
                }

                inForce = version.Definition;
                effectiveFrom = version.EffectiveFrom;
            }

            var attachment = new IncidentSlaAttachment(inForce, effectiveFrom);
            if (TargetRulesFor(definition.Id) is { } targetRules)
            {
                attachment = attachment with { ChosenByRules = true, Rule = targetRules.Select(Restrict(attributes, targetRules))?.Rule };
            }

            result.Add(attachment);
        }

        return EquatableArray.From(result);
    }

    /// <summary>
    /// The attributes one set of target rules reads: those it declares. A ticket gives the attributes of every set at once,
    /// so each set is asked with its own; an attribute no set declares is refused by the validator.
    /// </summary>
    internal static SlaTicketAttributes Restrict(SlaTicketAttributes attributes, SlaTargetRules targetRules)
    {
        SlaTicketAttributes result = SlaTicketAttributes.Empty;
        foreach (string name in attributes.Names)
        {
            if (targetRules.Flags.Contains(name) && attributes.TryGetFlag(name, out bool flag))
            {
                result = result.With(name, flag);
            }
            else if (targetRules.TextAttributes.Contains(name) && attributes.TryGetText(name, out string? text))
            {
                result = result.With(name, text);
            }
            else if (targetRules.Flags.Contains(name) || targetRules.TextAttributes.Contains(name))
            {
                // Declared with the other kind: let the rules report it.
                return attributes;
            }
        }

        return result;
    }

    /// <summary>
    /// The attachments of a reopen at <paramref name="at"/>: each of <paramref name="attached"/> in the version in force
    /// then (its target rule kept), or empty when no version changed (nothing to record). With <paramref name="only"/>,
    /// only the attachments at the indices it accepts move to the version in force.
    /// </summary>
    internal EquatableArray<IncidentSlaAttachment> VersionsAt(Instant at, IReadOnlyList<IncidentSlaAttachment> attached, Func<int, bool>? only = null)
    {
        if (SlaDefinitionVersions is not { } versions)
        {
            return EquatableArray<IncidentSlaAttachment>.Empty;
        }

        var result = new IncidentSlaAttachment[attached.Count];
        bool changed = false;
        for (int i = 0; i < attached.Count; i++)
        {
            IncidentSlaAttachment current = attached[i];
            result[i] = current;
            if ((only is null || only(i))
                && versions.DefinitionIds.Contains(current.Definition.Id)
                && versions.TryGetVersion(current.Definition.Id, at, out SlaDefinitionVersion? version)
                && version.EffectiveFrom != current.EffectiveFrom
                && version.Definition.Metric.Equals(current.Definition.Metric))
            {
                result[i] = new IncidentSlaAttachment(version.Definition, version.EffectiveFrom) { ChosenByRules = current.ChosenByRules, Rule = current.Rule };
                changed = true;
            }
        }

        return changed ? EquatableArray.From(result) : EquatableArray<IncidentSlaAttachment>.Empty;
    }

    /// <summary>The target rules over the definition <paramref name="id"/>, or null.</summary>
    internal SlaTargetRules? TargetRulesFor(string id) =>
        SlaTargetRules.FirstOrDefault(r => string.Equals(r.Definition.Id, id, StringComparison.Ordinal));

    private static IBusinessCalendarProvider? RegisteredCalendars(List<Microsoft.Extensions.DependencyInjection.ServiceDescriptor> descriptors)
    {
        Microsoft.Extensions.DependencyInjection.ServiceDescriptor? provider = descriptors.LastOrDefault(d => d.ServiceType == typeof(IBusinessCalendarProvider));
        if (provider?.ImplementationInstance is IBusinessCalendarProvider instance)
        {
            return instance;
        }

        // AddItsmCoreCalendars registers a catalogue over the BusinessCalendar instances (its factory lives in that package).
        if (provider is not null && provider.ImplementationFactory?.Method.DeclaringType?.Assembly != typeof(BusinessCalendarCatalog).Assembly)
        {
            return null;
        }

        var calendars = descriptors.Where(d => d.ServiceType == typeof(BusinessCalendar)).ToList();
        if (calendars.Any(d => d.ImplementationInstance is null))
        {
            return null;
        }

        try
        {
            return BusinessCalendarCatalog.Of(calendars.Select(d => (BusinessCalendar)d.ImplementationInstance!));
        }
        catch (ArgumentException)
        {
            // Two different calendars with one id: reported when the provider is resolved.
            return null;
        }
    }

    private static void CheckSameSla(IList<SlaDefinition> configured, List<SlaDefinition> registered)
    {
        if (configured.Count == 0 || registered.Count == 0)
        {
            return;
        }

        bool same = configured.Count == registered.Count && configured.All(d => d is not null && registered.Contains(d));
        if (!same)
        {
            throw new ArgumentException(
                $"IncidentOptions.SlaDefinitions ({Ids(configured)}) and the SLA definitions registered with AddItsmCoreSla whose metric incidents measure ({Ids(registered)}) differ. Set them in one place: AddItsmCoreSla alone is enough, since incidents measure the registered definitions when IncidentOptions.SlaDefinitions is empty.",
                "options");
        }
    }

    private static string Ids(IEnumerable<SlaDefinition?> definitions) => string.Join(", ", definitions.Select(d => d is null ? "null" : $"'{d.Id}'"));

    private static IncidentOptions Copy(IncidentOptions options)
    {
        var copy = new IncidentOptions
        {
            PriorityMatrix = options.PriorityMatrix,
            SeverityScale = options.SeverityScale,
            DefaultSeverity = options.DefaultSeverity,
            MajorIncidentPolicy = options.MajorIncidentPolicy,
            SlaDefinitionVersions = options.SlaDefinitionVersions,
            MajorIncidentTaskTargets = options.MajorIncidentTaskTargets,
            EscalationReplyTarget = options.EscalationReplyTarget,
        };
        foreach (SlaDefinition definition in options.SlaDefinitions)
        {
            copy.SlaDefinitions.Add(definition);
        }

        foreach (SlaTargetRules targetRules in options.SlaTargetRules)
        {
            copy.SlaTargetRules.Add(targetRules);
        }

        return copy;
    }

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
