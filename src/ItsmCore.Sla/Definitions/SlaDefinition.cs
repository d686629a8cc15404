using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Linq;

namespace ItsmCore.Sla;

/// <summary>
/// An SLA definition: what is measured (<see cref="Metric"/>), and for each of the host's priorities the targets of two
/// tiers, the internal <see cref="SlaTier.Objective"/> (SLO/OLA) and the contractual <see cref="SlaTier.Agreement"/>
/// (SLA), either of which may be absent ("service not affected: SLO 60 min, no SLA"). Each target names its calendar,
/// so the calendar can differ per priority (a major incident on "24x7", the others on business hours).
/// Built and validated by <see cref="SlaDefinitionBuilder"/> (<see cref="CreateBuilder"/>).
/// </summary>
/// <remarks>
/// <para>Priority keys are the host's own (e.g. "high", "3", "P1"), compared ordinally and case-sensitively; the
/// definition keeps them in the order they were declared.</para>
/// <para>A <see cref="TieredSlaClock"/> runs both tiers of a definition for one ticket.</para>
/// <para>Immutable and thread-safe. Definitions are equal when every property, the priorities and their order are
/// equal.</para>
/// </remarks>
public sealed class SlaDefinition : IEquatable<SlaDefinition>
{
    private readonly ImmutableArray<SlaPriorityTargets> priorities;
    private readonly ImmutableDictionary<string, SlaPriorityTargets> byKey;

    internal SlaDefinition(
        string id,
        string name,
        SlaMetric metric,
        SlaThresholds thresholds,
        SlaTargetChangePolicy targetChangePolicy,
        ImmutableArray<SlaPriorityTargets> priorities)
    {
        Id = id;
        Name = name;
        Metric = metric;
        Thresholds = thresholds;
        TargetChangePolicy = targetChangePolicy;
        this.priorities = priorities;
        byKey = priorities.ToImmutableDictionary(p => p.Priority, StringComparer.Ordinal);
    }

    /// <summary>The definition's id: 1-100 characters without leading or trailing white space, compared ordinally.</summary>
    public string Id { get; }

    /// <summary>A readable name (the id unless one was given).</summary>
    public string Name { get; }

    /// <summary>What the definition measures.</summary>
    public SlaMetric Metric { get; }

    /// <summary>The warning thresholds every clock of this definition gets (both tiers).</summary>
    public SlaThresholds Thresholds { get; }

    /// <summary>How a running measurement carries over when the ticket's priority changes (applied to each tier).</summary>
    public SlaTargetChangePolicy TargetChangePolicy { get; }

    /// <summary>The priorities with their targets, in the order they were declared.</summary>
    public IReadOnlyList<SlaPriorityTargets> Priorities => priorities;

    /// <summary>Starts a builder.</summary>
    /// <param name="id">The definition's id; checked by <see cref="SlaDefinitionBuilder.Build"/>.</param>
    /// <param name="metric">What the definition measures.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> or <paramref name="metric"/> is null.</exception>
    public static SlaDefinitionBuilder CreateBuilder(string id, SlaMetric metric) => new(id, metric);

    /// <summary>Whether the definition has targets for a priority.</summary>
    /// <param name="priority">The priority key (ordinal).</param>
    /// <returns>True when the priority is defined.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="priority"/> is null.</exception>
    public bool HasPriority(string priority)
    {
        ArgumentNullException.ThrowIfNull(priority);
        return byKey.ContainsKey(priority);
    }

    /// <summary>Finds the targets of a priority.</summary>
    /// <param name="priority">The priority key (ordinal).</param>
    /// <param name="targets">The targets, when found.</param>
    /// <returns>True when the priority is defined.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="priority"/> is null.</exception>
    public bool TryGetTargets(string priority, [NotNullWhen(true)] out SlaPriorityTargets? targets)
    {
        ArgumentNullException.ThrowIfNull(priority);
        return byKey.TryGetValue(priority, out targets);
    }

    /// <summary>The targets of a priority.</summary>
    /// <param name="priority">The priority key (ordinal).</param>
    /// <returns>The targets.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="priority"/> is null.</exception>
    /// <exception cref="ArgumentException">The definition has no such priority; the message lists the known ones.</exception>
    public SlaPriorityTargets GetTargets(string priority) =>
        TryGetTargets(priority, out SlaPriorityTargets? targets)
            ? targets
            : throw new ArgumentException(
                $"SLA definition '{Id}' has no priority '{priority}'. Known priorities: {string.Join(", ", priorities.Select(p => p.Priority))}.",
                nameof(priority));

    /// <summary>The target of one tier of a priority.</summary>
    /// <param name="priority">The priority key (ordinal).</param>
    /// <param name="tier">The tier.</param>
    /// <returns>The target, or null when the priority has none for the tier.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="priority"/> is null.</exception>
    /// <exception cref="ArgumentException">The definition has no such priority.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tier"/> is not a defined <see cref="SlaTier"/>.</exception>
    public SlaTarget? GetTarget(string priority, SlaTier tier) => GetTargets(priority).Get(tier);

    /// <inheritdoc />
    public bool Equals(SlaDefinition? other) =>
        other is not null
        && string.Equals(Id, other.Id, StringComparison.Ordinal)
        && string.Equals(Name, other.Name, StringComparison.Ordinal)
        && Metric.Equals(other.Metric)
        && Thresholds.Equals(other.Thresholds)
        && TargetChangePolicy == other.TargetChangePolicy
        && priorities.SequenceEqual(other.priorities);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is SlaDefinition other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Id, StringComparer.Ordinal);
        hash.Add(Metric);
        hash.Add(TargetChangePolicy);
        foreach (SlaPriorityTargets p in priorities)
        {
            hash.Add(p);
        }

        return hash.ToHashCode();
    }

    /// <summary>A readable form, e.g. <c>SLA definition 'notify' (customer-notification, 2 priorities)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"SLA definition '{Id}' ({Metric}, {priorities.Length} priorit{(priorities.Length == 1 ? "y" : "ies")})";
}
