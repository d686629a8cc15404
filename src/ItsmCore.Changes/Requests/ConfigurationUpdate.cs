using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ItsmCore.Cmdb;
using ItsmCore.Primitives;

namespace ItsmCore.Changes;

/// <summary>
/// An update of a configuration item attached to a change request: its description and its effect on the CMDB
/// (<see cref="Set"/>, <see cref="Remove"/>, <see cref="Version"/>, the fields <see cref="UpdateConfigurationItemAttributes"/>
/// takes). Applied to the CMDB only after the change succeeded and the update was released
/// (<see cref="ChangeConfigurationUpdatesReleased"/>), by <see cref="ChangeConfigurationUpdates"/>, with the change id as
/// the item event's cause. Immutable and thread-safe; equality is by value (attributes compared as a set of pairs).
/// </summary>
/// <param name="Change">The change the update belongs to.</param>
/// <param name="ConfigurationItem">The item to update.</param>
/// <param name="Description">What changes on the item.</param>
public sealed record ConfigurationUpdate(ChangeId Change, ConfigurationItemId ConfigurationItem, string Description)
{
    /// <summary>The attributes to set (name to typed value), in ordinal name order; empty when none.</summary>
    public IReadOnlyDictionary<string, AttributeValue> Set
    {
        get => field ?? ConfigurationUpdateEffect.NoAttributes;
        init => field = ConfigurationUpdateEffect.Copy(value);
    }

    /// <summary>The attribute names to remove; empty when none.</summary>
    public EquatableArray<string> Remove { get; init; }

    /// <summary>The item's new version (e.g. "2.4.1"), or null to keep it.</summary>
    public string? Version { get; init; }

    /// <summary>The CMDB command this update stands for, with the change id as its cause.</summary>
    /// <returns>The command.</returns>
    public UpdateConfigurationItemAttributes ToCommand() =>
        new(Set, Remove.Items) { Version = Version, Cause = Change.Value };

    /// <summary>Value equality: ids, description, version, removed names in order and the attributes set.</summary>
    /// <param name="other">The other update.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(ConfigurationUpdate? other) =>
        other is not null
        && Change == other.Change
        && ConfigurationItem == other.ConfigurationItem
        && string.Equals(Description, other.Description, StringComparison.Ordinal)
        && string.Equals(Version, other.Version, StringComparison.Ordinal)
        && Remove.Equals(other.Remove)
        && ConfigurationUpdateEffect.SameAttributes(Set, other.Set);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Change, ConfigurationItem, Description, Version, Remove, Set.Count);

    /// <summary>The update of <paramref name="planned"/> for change <paramref name="change"/>.</summary>
    internal static ConfigurationUpdate Of(ChangeId change, PlannedConfigurationUpdate planned) =>
        new(change, planned.ConfigurationItem, planned.Description)
        {
            Set = planned.Set ?? ConfigurationUpdateEffect.NoAttributes,
            Remove = EquatableArray.From(planned.Remove ?? []),
            Version = planned.Version,
        };
}

/// <summary>
/// A configuration item update as a command states it (the change id is added by the change request): a description
/// and at least one effect (<see cref="Set"/>, <see cref="Remove"/> or <see cref="Version"/>, checked by the submit
/// validator with <c>Change.ConfigurationUpdates.*</c> codes). Immutable.
/// </summary>
/// <param name="ConfigurationItem">The item to update.</param>
/// <param name="Description">What changes on the item.</param>
public sealed record PlannedConfigurationUpdate(ConfigurationItemId ConfigurationItem, string Description)
{
    /// <summary>The attributes to set (name to typed value), or null.</summary>
    public IReadOnlyDictionary<string, AttributeValue>? Set { get; init; }

    /// <summary>The attribute names to remove, or null.</summary>
    public IReadOnlyList<string>? Remove { get; init; }

    /// <summary>The item's new version (e.g. "2.4.1"), or null to keep it.</summary>
    public string? Version { get; init; }
}

/// <summary>The attribute-map helpers of <see cref="ConfigurationUpdate"/>.</summary>
internal static class ConfigurationUpdateEffect
{
    public static readonly IReadOnlyDictionary<string, AttributeValue> NoAttributes = ImmutableSortedDictionary<string, AttributeValue>.Empty.WithComparers(StringComparer.Ordinal);

    public static IReadOnlyDictionary<string, AttributeValue> Copy(IReadOnlyDictionary<string, AttributeValue> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, value);
    }

    public static bool SameAttributes(IReadOnlyDictionary<string, AttributeValue> left, IReadOnlyDictionary<string, AttributeValue> right) =>
        left.Count == right.Count && left.All(p => right.TryGetValue(p.Key, out AttributeValue? v) && Equals(p.Value, v));
}

/// <summary>The post-implementation review of a change. Immutable.</summary>
/// <param name="Outcome">The outcome (e.g. "successful", "partially successful", "failed").</param>
/// <param name="Lessons">The lessons learned.</param>
/// <param name="By">Who reviewed it.</param>
/// <param name="At">When.</param>
public sealed record ChangeReview(string Outcome, string Lessons, Actor By, NodaTime.Instant At);

/// <summary>The standard-change template a change request was created from, as it was applied. Immutable.</summary>
/// <param name="Id">The template id.</param>
/// <param name="Version">The approved version applied.</param>
/// <param name="LeadTime">The template version's lead time (business days, calendar, policy).</param>
public sealed record AppliedTemplate(string Id, int Version, ItsmCore.Sla.LeadTime LeadTime);
