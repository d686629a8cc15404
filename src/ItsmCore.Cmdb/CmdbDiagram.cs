using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using ItsmCore.Primitives;

namespace ItsmCore.Cmdb;

/// <summary>
/// Pictures of a compiled graph, optionally with an impact result: Mermaid flowcharts and Graphviz DOT. Items are
/// boxes (business services rounded, redundancy groups hexagons with their quorum), relationships arrows from source
/// to target labelled with the type (member of dashed); impaired items are marked (a class or fill colour and the
/// state in the label). Output is deterministic (id order). Thread-safe.
/// </summary>
public static class CmdbDiagram
{
    /// <summary>A Mermaid flowchart of the graph.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="impact">An impact result of this graph to mark, or null.</param>
    /// <returns>The Mermaid text.</returns>
    public static string ToMermaid(CmdbGraph graph, ImpactResult? impact = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        CmdbSnapshot snapshot = graph.Snapshot;
        Dictionary<ConfigurationItemId, string> names = NodeNames(snapshot);
        var text = new StringBuilder("flowchart LR\n");
        foreach (ConfigurationItemRecord item in snapshot.Items)
        {
            string label = Mermaid(Label(snapshot, item, impact));
            string shape = snapshot.IsBusinessService(item) ? $"([\"{label}\"])" : item.IsGroup ? $"{{{{\"{label}\"}}}}" : $"[\"{label}\"]";
            text.Append(CultureInfo.InvariantCulture, $"  {names[item.Id]}{shape}\n");
        }

        foreach (Relationship r in snapshot.Relationships)
        {
            string arrow = snapshot.RelationshipTypes.Find(r.Type)!.IsMembership ? "-.->" : "-->";
            text.Append(CultureInfo.InvariantCulture, $"  {names[r.Source]} {arrow}|\"{Mermaid(r.Type)}\"| {names[r.Target]}\n");
        }

        if (impact is not null)
        {
            text.Append("  classDef down fill:#f8b4b4,stroke:#b00000,stroke-width:2px\n");
            text.Append("  classDef degraded fill:#fde3a7,stroke:#b36b00,stroke-width:2px\n");
            foreach (ImpactState state in new[] { ImpactState.Down, ImpactState.Degraded })
            {
                string[] marked = impact.Where(i => i.State == state).Select(i => names[i.Id]).Order(StringComparer.Ordinal).ToArray();
                if (marked.Length > 0)
                {
                    text.Append(CultureInfo.InvariantCulture, $"  class {string.Join(",", marked)} {(state == ImpactState.Down ? "down" : "degraded")}\n");
                }
            }
        }

        return text.ToString();
    }

    /// <summary>A Graphviz DOT digraph of the graph.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="impact">An impact result of this graph to mark, or null.</param>
    /// <returns>The DOT text.</returns>
    public static string ToDot(CmdbGraph graph, ImpactResult? impact = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        CmdbSnapshot snapshot = graph.Snapshot;
        var text = new StringBuilder("digraph cmdb {\n  rankdir=LR;\n  node [shape=box, fontname=\"Helvetica\"];\n");
        foreach (ConfigurationItemRecord item in snapshot.Items)
        {
            var attributes = new List<string> { $"label=\"{Dot(Label(snapshot, item, impact))}\"" };
            if (snapshot.IsBusinessService(item))
            {
                attributes.Add("style=\"rounded\"");
            }
            else if (item.IsGroup)
            {
                attributes.Add("shape=hexagon");
            }

            ImpactState state = impact?.StateOf(item.Id) ?? ImpactState.Up;
            if (state != ImpactState.Up)
            {
                attributes.Add(state == ImpactState.Down ? "color=\"#b00000\", fillcolor=\"#f8b4b4\"" : "color=\"#b36b00\", fillcolor=\"#fde3a7\"");
                attributes.Add(snapshot.IsBusinessService(item) ? "style=\"rounded,filled\"" : "style=filled");
                attributes.Remove("style=\"rounded\"");
            }

            text.Append(CultureInfo.InvariantCulture, $"  \"{Dot(item.Id.Value)}\" [{string.Join(", ", attributes)}];\n");
        }

        foreach (Relationship r in snapshot.Relationships)
        {
            string style = snapshot.RelationshipTypes.Find(r.Type)!.IsMembership ? ", style=dashed" : string.Empty;
            text.Append(CultureInfo.InvariantCulture, $"  \"{Dot(r.Source.Value)}\" -> \"{Dot(r.Target.Value)}\" [label=\"{Dot(r.Type)}\"{style}];\n");
        }

        return text.Append("}\n").ToString();
    }

    private static Dictionary<ConfigurationItemId, string> NodeNames(CmdbSnapshot snapshot)
    {
        // Mermaid ids must be plain words; item ids may hold any non-space character, so number the nodes.
        var names = new Dictionary<ConfigurationItemId, string>();
        for (int i = 0; i < snapshot.Items.Count; i++)
        {
            names[snapshot.Items[i].Id] = "n" + i.ToString(CultureInfo.InvariantCulture);
        }

        return names;
    }

    private static string Label(CmdbSnapshot snapshot, ConfigurationItemRecord item, ImpactResult? impact)
    {
        string label = item.Name == item.Id.Value ? item.Id.Value : $"{item.Name} ({item.Id})";
        label += "\n" + item.Class;
        if (item.Quorum is { } quorum)
        {
            int members = snapshot.MembersOf(item.Id).Count;
            label += string.Create(CultureInfo.InvariantCulture, $"\nmin {quorum.MinUp(members)} of {members} up");
        }

        ImpactState state = impact?.StateOf(item.Id) ?? ImpactState.Up;
        return state == ImpactState.Up ? label : label + "\n" + (state == ImpactState.Down ? "DOWN" : "DEGRADED");
    }

    private static string Mermaid(string text) =>
        text.Replace("\"", "#quot;", StringComparison.Ordinal).Replace("\n", "<br/>", StringComparison.Ordinal);

    private static string Dot(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
}
