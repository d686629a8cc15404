using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;

namespace ItsmCore.Sla;

/// <summary>
/// The port through which hosts and other ItsmCore packages find SLA definitions by id (a ticket stores the id of the
/// definition its clocks run under). Implementations must be thread-safe; <see cref="SlaDefinitionCatalog"/> is the
/// ready-made immutable one, registered by <c>AddItsmCoreSla</c>.
/// </summary>
public interface ISlaDefinitionProvider
{
    /// <summary>The ids of the definitions the provider knows.</summary>
    IReadOnlyCollection<string> DefinitionIds { get; }

    /// <summary>Finds a definition by id.</summary>
    /// <param name="id">The definition id (ordinal, case-sensitive).</param>
    /// <param name="definition">The definition, when found.</param>
    /// <returns>True when the id is known.</returns>
    bool TryGetDefinition(string id, [NotNullWhen(true)] out SlaDefinition? definition);
}
