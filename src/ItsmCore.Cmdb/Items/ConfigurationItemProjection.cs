using System;
using System.Collections.Generic;
using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Cmdb;

/// <summary>Turns configuration item events into <see cref="CmdbHistory"/> facts. Stateless and thread-safe.</summary>
public static class ConfigurationItemProjection
{
    /// <summary>
    /// The facts the events state, recorded at the commit instant <paramref name="recordedAt"/>: each item-state event
    /// gives an item fact with the whole record over its valid interval; an added relationship a relationship fact; a
    /// removed one a retraction over its valid interval. Append them with <see cref="CmdbHistory.Append"/> (one batch).
    /// </summary>
    /// <param name="events">The events, in order.</param>
    /// <param name="recordedAt">The commit instant.</param>
    /// <returns>The facts, in the events' order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="events"/> or one of them is null.</exception>
    public static IReadOnlyList<CmdbFact> ToFacts(IEnumerable<ConfigurationItemEvent> events, Instant recordedAt)
    {
        ArgumentNullException.ThrowIfNull(events);
        var facts = new List<CmdbFact>();
        foreach (ConfigurationItemEvent e in events)
        {
            ArgumentNullException.ThrowIfNull(e, nameof(events));
            facts.Add(e switch
            {
                IItemStateEvent state => CmdbFact.ForItem(state.Record, e.ValidFrom, e.ValidTo, recordedAt),
                ConfigurationItemRelationshipAdded added => CmdbFact.ForRelationship(added.Relationship, e.ValidFrom, e.ValidTo, recordedAt),
                ConfigurationItemRelationshipRemoved removed => CmdbFact.RelationshipRetraction(removed.Relationship.Id, e.ValidFrom, e.ValidTo, recordedAt),
                _ => throw new ArgumentException($"{e.GetType().Name} is not a configuration item event this version knows.", nameof(events)),
            });
        }

        return facts;
    }
}
