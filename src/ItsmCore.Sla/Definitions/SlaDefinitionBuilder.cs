using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;

namespace ItsmCore.Sla;

/// <summary>
/// Builds an <see cref="SlaDefinition"/>. The builder records what it is given; <see cref="Build"/> checks every rule
/// and reports all problems at once in one <see cref="SlaDefinitionException"/>. Null arguments are refused at once
/// (<see cref="ArgumentNullException"/>): they are programming errors, not configuration problems.
/// </summary>
/// <remarks>
/// <para>Rules checked by <see cref="Build"/>, each reported with its own text:</para>
/// <list type="bullet">
/// <item>the id is 1-100 characters without leading or trailing white space; the name (when given) 1-200;</item>
/// <item>the target-change policy is a defined <see cref="SlaTargetChangePolicy"/>;</item>
/// <item>at least one priority; each priority key is 1-100 characters without leading or trailing white space and
/// declared once (ordinal comparison);</item>
/// <item>each priority has at least one tier (an objective, an agreement, or both);</item>
/// <item>where a priority has both tiers on the same calendar and in the same form, the objective is not looser than
/// the agreement: a longer working time, more business days (same <see cref="BusinessDayEnd"/>), or a later time of
/// day on the next business day. Targets on different calendars or in different forms are not compared.</item>
/// </list>
/// <para>Defaults: the name is the id; the thresholds are <see cref="SlaThresholds.None"/>; the target-change policy
/// is <see cref="SlaTargetChangePolicy.KeepStart"/>.</para>
/// <para>Not thread-safe: a builder is used by one thread; the definitions it builds are immutable.</para>
/// </remarks>
public sealed class SlaDefinitionBuilder
{
    /// <summary>The longest id or priority key: 100 characters.</summary>
    public const int MaxKeyLength = 100;

    /// <summary>The longest name: 200 characters.</summary>
    public const int MaxNameLength = 200;

    private readonly string id;
    private readonly SlaMetric metric;
    private readonly List<SlaPriorityTargets> priorities = new();
    private string? name;
    private SlaThresholds thresholds = SlaThresholds.None;
    private SlaTargetChangePolicy policy = SlaTargetChangePolicy.KeepStart;

    /// <summary>Starts a builder (same as <see cref="SlaDefinition.CreateBuilder"/>).</summary>
    /// <param name="id">The definition's id; checked by <see cref="Build"/>.</param>
    /// <param name="metric">What the definition measures.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> or <paramref name="metric"/> is null.</exception>
    public SlaDefinitionBuilder(string id, SlaMetric metric)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(metric);
        this.id = id;
        this.metric = metric;
    }

    /// <summary>Sets a readable name.</summary>
    /// <param name="name">The name; checked by <see cref="Build"/>.</param>
    /// <remarks>The default value is the id.</remarks>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public SlaDefinitionBuilder WithName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        this.name = name;
        return this;
    }

    /// <summary>Sets the warning thresholds of every clock of the definition.</summary>
    /// <param name="thresholds">The thresholds.</param>
    /// <remarks>The default value is <see cref="SlaThresholds.None"/>.</remarks>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="thresholds"/> is null.</exception>
    public SlaDefinitionBuilder WithThresholds(SlaThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(thresholds);
        this.thresholds = thresholds;
        return this;
    }

    /// <summary>Sets how a running measurement carries over when the ticket's priority changes.</summary>
    /// <param name="policy">The policy; checked by <see cref="Build"/>.</param>
    /// <remarks>
    /// The default value is <see cref="SlaTargetChangePolicy.KeepStart"/>: the new priority's target is measured from
    /// the original start, as if the ticket had had that priority from the beginning.
    /// </remarks>
    /// <returns>This builder.</returns>
    public SlaDefinitionBuilder WithTargetChangePolicy(SlaTargetChangePolicy policy)
    {
        this.policy = policy;
        return this;
    }

    /// <summary>Declares a priority with its two tiers; either may be null (absent), not both.</summary>
    /// <param name="priority">The host's priority key; checked by <see cref="Build"/>.</param>
    /// <param name="objective">The internal target (SLO/OLA), or null for none.</param>
    /// <param name="agreement">The contractual target (SLA), or null for none.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="priority"/> is null.</exception>
    public SlaDefinitionBuilder WithPriority(string priority, SlaTarget? objective, SlaTarget? agreement)
    {
        ArgumentNullException.ThrowIfNull(priority);
        priorities.Add(new SlaPriorityTargets(priority, objective, agreement));
        return this;
    }

    /// <summary>Checks every rule and builds the definition.</summary>
    /// <returns>The definition.</returns>
    /// <exception cref="SlaDefinitionException">One or more rules are broken; <see cref="SlaDefinitionException.Problems"/> lists each.</exception>
    public SlaDefinition Build()
    {
        var problems = new List<string>();
        CheckText(problems, "The id", id, MaxKeyLength);
        if (name is not null)
        {
            CheckText(problems, "The name", name, MaxNameLength);
        }

        if (!Enum.IsDefined(policy))
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"The target-change policy {(int)policy} is not a defined SlaTargetChangePolicy."));
        }

        if (priorities.Count == 0)
        {
            problems.Add("At least one priority is required.");
        }

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (SlaPriorityTargets p in priorities)
        {
            counts[p.Priority] = counts.TryGetValue(p.Priority, out int n) ? n + 1 : 1;
        }

        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (SlaPriorityTargets p in priorities)
        {
            if (!reported.Add(p.Priority))
            {
                continue;
            }

            CheckText(problems, $"Priority key '{p.Priority}'", p.Priority, MaxKeyLength);
            if (counts[p.Priority] > 1)
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"Priority '{p.Priority}' is declared {counts[p.Priority]} times; declare each priority once."));
            }
        }

        foreach (SlaPriorityTargets p in priorities)
        {
            if (p.Objective is null && p.Agreement is null)
            {
                problems.Add($"Priority '{p.Priority}' has neither an objective nor an agreement; give it at least one tier.");
            }
            else if (p.Objective is { } objective && p.Agreement is { } agreement && IsLooser(objective, agreement))
            {
                problems.Add($"Priority '{p.Priority}': the objective ({objective}) is looser than the agreement ({agreement}); an objective must not be looser than the agreement on the same calendar.");
            }
        }

        if (problems.Count > 0)
        {
            throw new SlaDefinitionException(id, problems);
        }

        return new SlaDefinition(id, name ?? id, metric, thresholds, policy, priorities.ToImmutableArray());
    }

    /// <summary>True when both targets are on one calendar, in one comparable form, and the objective allows more.</summary>
    private static bool IsLooser(SlaTarget objective, SlaTarget agreement)
    {
        if (!string.Equals(objective.CalendarId, agreement.CalendarId, StringComparison.Ordinal) || objective.Kind != agreement.Kind)
        {
            return false;
        }

        return objective.Kind switch
        {
            SlaTargetKind.WorkingTime => objective.WorkingTime > agreement.WorkingTime,
            SlaTargetKind.BusinessDays => objective.DayEnd == agreement.DayEnd && objective.BusinessDays > agreement.BusinessDays,
            _ => objective.TimeOfDay > agreement.TimeOfDay,
        };
    }

    private static void CheckText(List<string> problems, string what, string value, int max)
    {
        if (value.Length == 0)
        {
            problems.Add($"{what} must not be empty.");
        }
        else if (value.Trim().Length != value.Length)
        {
            problems.Add($"{what} must not have leading or trailing white space.");
        }

        if (value.Length > max)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"{what} is {value.Length} characters long; at most {max} are allowed."));
        }
    }
}
