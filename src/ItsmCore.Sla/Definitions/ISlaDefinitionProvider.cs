using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using ItsmCore.Calendars;
using NodaTime;

namespace ItsmCore.Sla;

/// <summary>
/// The port through which hosts and other ItsmCore packages find SLA definitions by id (a ticket stores the id of the
/// definition its clocks run under), and the version of a definition in force at an instant. Implementations must be
/// thread-safe; <see cref="SlaDefinitionCatalog"/> is the ready-made immutable one, registered by <c>AddItsmCoreSla</c>.
/// </summary>
public interface ISlaDefinitionProvider
{
    /// <summary>The ids of the definitions the provider knows.</summary>
    IReadOnlyCollection<string> DefinitionIds { get; }

    /// <summary>Finds a definition by id (the newest version when the provider keeps versions).</summary>
    /// <param name="id">The definition id (ordinal, case-sensitive).</param>
    /// <param name="definition">The definition, when found.</param>
    /// <returns>True when the id is known.</returns>
    bool TryGetDefinition(string id, [NotNullWhen(true)] out SlaDefinition? definition);

    /// <summary>
    /// Finds the version of a definition in force at an instant: the one a clock cycle starting then uses. The default
    /// implementation, for providers without versions, answers the definition of <see cref="TryGetDefinition"/> as
    /// effective from <see cref="BusinessCalendar.MinSupportedInstant"/>.
    /// </summary>
    /// <param name="id">The definition id (ordinal, case-sensitive).</param>
    /// <param name="effectiveAt">The instant whose version is wanted (e.g. when the cycle starts).</param>
    /// <param name="version">The version, when found.</param>
    /// <returns>True when the id is known and a version was in force at <paramref name="effectiveAt"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    bool TryGetVersion(string id, Instant effectiveAt, [NotNullWhen(true)] out SlaDefinitionVersion? version)
    {
        ArgumentNullException.ThrowIfNull(id);
        version = TryGetDefinition(id, out SlaDefinition? definition) && effectiveAt >= BusinessCalendar.MinSupportedInstant
            ? new SlaDefinitionVersion(BusinessCalendar.MinSupportedInstant, definition)
            : null;
        return version is not null;
    }
}
