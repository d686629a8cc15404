using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace ItsmCore.Sla;

/// <summary>
/// An immutable set of SLA definitions by id: the in-box <see cref="ISlaDefinitionProvider"/>.
/// <see cref="Add"/> returns a new catalog; instances are thread-safe.
/// </summary>
public sealed class SlaDefinitionCatalog : ISlaDefinitionProvider
{
    private readonly ImmutableSortedDictionary<string, SlaDefinition> definitions;

    private SlaDefinitionCatalog(ImmutableSortedDictionary<string, SlaDefinition> definitions) => this.definitions = definitions;

    /// <summary>A catalog with no definitions.</summary>
    public static SlaDefinitionCatalog Empty { get; } =
        new(ImmutableSortedDictionary.Create<string, SlaDefinition>(StringComparer.Ordinal));

    /// <inheritdoc />
    public IReadOnlyCollection<string> DefinitionIds => definitions.Keys.ToImmutableArray();

    /// <summary>The definitions, ordered by id (ordinal).</summary>
    public IReadOnlyCollection<SlaDefinition> Definitions => definitions.Values.ToImmutableArray();

    /// <summary>Creates a catalog holding the given definitions.</summary>
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

    /// <summary>Adds a definition.</summary>
    /// <param name="definition">The definition.</param>
    /// <returns>A new catalog, or this one when an equal definition is already in it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="definition"/> is null.</exception>
    /// <exception cref="ArgumentException">A different definition with the same id is already in the catalog.</exception>
    public SlaDefinitionCatalog Add(SlaDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        if (definitions.TryGetValue(definition.Id, out SlaDefinition? existing))
        {
            return existing.Equals(definition)
                ? this
                : throw new ArgumentException(
                    $"Two different SLA definitions have the id '{definition.Id}'; give each definition its own id.",
                    nameof(definition));
        }

        return new SlaDefinitionCatalog(definitions.Add(definition.Id, definition));
    }

    /// <inheritdoc />
    public bool TryGetDefinition(string id, [NotNullWhen(true)] out SlaDefinition? definition)
    {
        ArgumentNullException.ThrowIfNull(id);
        return definitions.TryGetValue(id, out definition);
    }
}
