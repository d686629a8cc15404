using System;
using System.Collections;
using System.Collections.Generic;
using System.Threading;
using ItsmCore.Cmdb.Engine;
using ItsmCore.Primitives;

namespace ItsmCore.Cmdb;

/// <summary>
/// The result of an impact analysis: every impaired item (Degraded or Down), the business services first, each part
/// in id order; items not listed are Up. Explanations are built on demand (<see cref="Explain"/>), not during the
/// analysis. Immutable and thread-safe.
/// </summary>
public sealed class ImpactResult : IReadOnlyList<ImpactedItem>
{
    private readonly GraphEngine engine;
    private readonly int[] nodes;
    private readonly byte[] states;
    private readonly int[] givenDown;
    private readonly int[] givenDegraded;
    private Explainer? explainer;

    internal ImpactResult(GraphEngine engine, int[] nodes, byte[] states, int serviceCount, int[] givenDown, int[] givenDegraded)
    {
        this.engine = engine;
        this.nodes = nodes;
        this.states = states;
        BusinessServiceCount = serviceCount;
        this.givenDown = givenDown;
        this.givenDegraded = givenDegraded;
    }

    /// <summary>How many items are impaired.</summary>
    public int Count => nodes.Length;

    /// <summary>How many of them are business services (they come first).</summary>
    public int BusinessServiceCount { get; }

    /// <summary>The impaired item at a position (services first).</summary>
    /// <param name="index">0 to <see cref="Count"/> - 1.</param>
    /// <returns>The item.</returns>
    public ImpactedItem this[int index] => new(engine.Ids[nodes[index]], (ImpactState)states[index], index < BusinessServiceCount);

    /// <summary>The state of any item of the graph.</summary>
    /// <param name="id">The item.</param>
    /// <returns>Its state (Up when not listed).</returns>
    /// <exception cref="ArgumentException">The item is not in the graph.</exception>
    public ImpactState StateOf(ConfigurationItemId id)
    {
        int position = PositionOf(NodeOf(id));
        return position < 0 ? ImpactState.Up : (ImpactState)states[position];
    }

    /// <summary>
    /// Explains an impaired item: a shortest chain from a cause (DESIGN.md). The first call builds the explanations of
    /// the whole result (one breadth-first search over the impaired items); later calls are a walk up that tree.
    /// </summary>
    /// <param name="id">The item.</param>
    /// <returns>The explanation; null when the item is Up.</returns>
    /// <exception cref="ArgumentException">The item is not in the graph.</exception>
    public ImpactExplanation? Explain(ConfigurationItemId id)
    {
        int node = NodeOf(id);
        if (PositionOf(node) < 0)
        {
            return null;
        }

        Explainer table = Volatile.Read(ref explainer) ?? Interlocked.CompareExchange(ref explainer, BuildExplainer(), null) ?? explainer!;
        return table.Explain(node);
    }

    /// <summary>Enumerates the impaired items, services first.</summary>
    /// <returns>The enumerator.</returns>
    public IEnumerator<ImpactedItem> GetEnumerator()
    {
        for (int i = 0; i < nodes.Length; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int NodeOf(ConfigurationItemId id) =>
        engine.TryIndexOf(id, out int node) ? node : throw new ArgumentException($"Item '{id}' is not in the graph.", nameof(id));

    private int PositionOf(int node)
    {
        int position = engine.IsService[node]
            ? Array.BinarySearch(nodes, 0, BusinessServiceCount, node)
            : Array.BinarySearch(nodes, BusinessServiceCount, nodes.Length - BusinessServiceCount, node);
        return position < 0 ? -1 : position;
    }

    private Explainer BuildExplainer()
    {
        var impaired = new Dictionary<int, byte>(nodes.Length);
        for (int i = 0; i < nodes.Length; i++)
        {
            impaired[nodes[i]] = states[i];
        }

        return new Explainer(engine, impaired, givenDown, givenDegraded);
    }
}
