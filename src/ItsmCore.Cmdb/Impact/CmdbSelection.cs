using System;
using ItsmCore.Cmdb.Engine;
using ItsmCore.Primitives;

namespace ItsmCore.Cmdb;

/// <summary>
/// A set of CIs resolved once against one compiled graph (<see cref="CmdbGraph.Select"/>), for questions asked of many
/// impact results of that graph (<see cref="ImpactResult.ImpairsAny"/>) without looking the ids up again each time, for
/// example a proposed change's CIs checked against the planned impact of every change overlapping it. Immutable and
/// thread-safe.
/// </summary>
public sealed class CmdbSelection
{
    internal CmdbSelection(GraphEngine engine, int[] nodes)
    {
        Engine = engine;
        Nodes = nodes;
    }

    /// <summary>How many distinct CIs are selected.</summary>
    public int Count => Nodes.Length;

    internal GraphEngine Engine { get; }

    internal int[] Nodes { get; }

    /// <summary>The selected CI at a position (in the order first given).</summary>
    /// <param name="index">0 to <see cref="Count"/> - 1.</param>
    /// <returns>The CI.</returns>
    public ConfigurationItemId this[int index] => Engine.Ids[Nodes[index]];
}
