using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using ItsmCore.Calendars;
using NodaTime;

namespace ItsmCore.Sla;

/// <summary>
/// An immutable set of SLA definitions by id, each with its versions keyed by the instant from which they apply (as
/// <see cref="BusinessCalendarCatalog"/> keeps calendar versions): the in-box <see cref="ISlaDefinitionProvider"/>.
/// <see cref="Add(SlaDefinition, Instant)"/> returns a new catalog; instances are thread-safe.
/// </summary>
/// <remarks>
/// <para>A version applies from its effective instant (inclusive) until the next version's. A definition added without
/// an effective instant applies from <see cref="BusinessCalendar.MinSupportedInstant"/>. Before the first version of an
/// id, the id has no definition: <see cref="TryGetVersion"/> returns false.</para>
/// <para>All versions of an id measure the same <see cref="SlaMetric"/>; priorities, targets, thresholds and the
/// target-change policy may differ. <see cref="TryGetDefinition"/> and <see cref="Definitions"/> give the newest
/// version; a clock uses the version in force when its cycle started (<see cref="TryGetVersion"/>).</para>
/// </remarks>
public sealed class SlaDefinitionCatalog : ISlaDefinitionProvider
{
    private readonly ImmutableSortedDictionary<string, ImmutableArray<SlaDefinitionVersion>> versions;

    private SlaDefinitionCatalog(ImmutableSortedDictionary<string, ImmutableArray<SlaDefinitionVersion>> versions) => this.versions = versions;

    /// <summary>A catalog with no definitions.</summary>
    public static SlaDefinitionCatalog Empty { get; } =
        new(ImmutableSortedDictionary.Create<string, ImmutableArray<SlaDefinitionVersion>>(StringComparer.Ordinal));

    /// <inheritdoc />
    public IReadOnlyCollection<string> DefinitionIds => versions.Keys.ToImmutableArray();

    /// <summary>The newest version of each definition, ordered by id (ordinal).</summary>
    public IReadOnlyCollection<SlaDefinition> Definitions => versions.Values.Select(v => v[^1].Definition).ToImmutableArray();

    /// <summary>Creates a catalog holding the given definitions, each effective from the beginning of supported time.</summary>
    /// <param name="definitions">The definitions; an id may appear more than once only with equal definitions.</param>
    /// <returns>The catalog.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="definitions"/> or one of its items is null.</exception>
    /// <exception cref="ArgumentException">Two different definitions share an id.</exception>
    public static SlaDefinitionCatalog Of(IEnumerable<SlaDefinition> definitions)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        SlaDefinitionCatalog catalog = Empty;
        foreach (SlaDefinition definition in definitions)
        {
            ArgumentNullException.ThrowIfNull(definition, nameof(definitions));
            catalog = catalog.Add(definition);
        }

        return catalog;
    }

    /// <summary>Adds a definition effective from the beginning of supported time.</summary>
    /// <param name="definition">The definition.</param>
    /// <returns>A new catalog, or this one when an equal definition is already in it from that instant.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="definition"/> is null.</exception>
    /// <exception cref="ArgumentException">A different definition with the same id is already effective from that instant, or measures another metric.</exception>
    public SlaDefinitionCatalog Add(SlaDefinition definition) => Add(definition, BusinessCalendar.MinSupportedInstant);

    /// <summary>Adds a version of a definition that applies from <paramref name="effectiveFrom"/> (inclusive).</summary>
    /// <param name="definition">The definition version.</param>
    /// <param name="effectiveFrom">The instant from which this version applies to newly started cycles.</param>
    /// <returns>A new catalog, or this one when an equal version is already in it from that instant.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="definition"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// A different version of the same id is already effective from that instant, or another version of the id measures
    /// a different metric.
    /// </exception>
    public SlaDefinitionCatalog Add(SlaDefinition definition, Instant effectiveFrom)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ImmutableArray<SlaDefinitionVersion> list = versions.TryGetValue(definition.Id, out ImmutableArray<SlaDefinitionVersion> existing)
            ? existing
            : ImmutableArray<SlaDefinitionVersion>.Empty;
        if (!list.IsEmpty && !list[0].Definition.Metric.Equals(definition.Metric))
        {
            throw new ArgumentException(
                $"SLA definition '{definition.Id}' measures {list[0].Definition.Metric}; a version measuring {definition.Metric} is a different definition and needs its own id.",
                nameof(definition));
        }

        int index = 0;
        while (index < list.Length && list[index].EffectiveFrom < effectiveFrom)
        {
            index++;
        }

        if (index < list.Length && list[index].EffectiveFrom == effectiveFrom)
        {
            return list[index].Definition.Equals(definition)
                ? this
                : throw new ArgumentException(
                    $"Two different SLA definitions have the id '{definition.Id}' effective from {effectiveFrom}; give each definition its own id or version its own effective instant.",
                    nameof(definition));
        }

        return new SlaDefinitionCatalog(versions.SetItem(definition.Id, list.Insert(index, new SlaDefinitionVersion(effectiveFrom, definition))));
    }

    /// <summary>The versions of a definition, oldest first (empty for an unknown id).</summary>
    /// <param name="id">The definition id.</param>
    /// <returns>The versions with the instant each applies from.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public IReadOnlyList<SlaDefinitionVersion> Versions(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return versions.TryGetValue(id, out ImmutableArray<SlaDefinitionVersion> list) ? list : ImmutableArray<SlaDefinitionVersion>.Empty;
    }

    /// <summary>Finds the newest version of a definition by id.</summary>
    /// <param name="id">The definition id (ordinal, case-sensitive).</param>
    /// <param name="definition">The newest version's definition, when found.</param>
    /// <returns>True when the id is known.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public bool TryGetDefinition(string id, [NotNullWhen(true)] out SlaDefinition? definition)
    {
        ArgumentNullException.ThrowIfNull(id);
        definition = versions.TryGetValue(id, out ImmutableArray<SlaDefinitionVersion> list) ? list[^1].Definition : null;
        return definition is not null;
    }

    /// <inheritdoc />
    public bool TryGetVersion(string id, Instant effectiveAt, [NotNullWhen(true)] out SlaDefinitionVersion? version)
    {
        ArgumentNullException.ThrowIfNull(id);
        version = null;
        if (!versions.TryGetValue(id, out ImmutableArray<SlaDefinitionVersion> list))
        {
            return false;
        }

        for (int i = list.Length - 1; i >= 0; i--)
        {
            if (list[i].EffectiveFrom <= effectiveAt)
            {
                version = list[i];
                return true;
            }
        }

        return false;
    }
}
