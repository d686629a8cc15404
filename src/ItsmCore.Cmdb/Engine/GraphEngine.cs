using System;
using System.Collections.Generic;
using System.Numerics;
using System.Threading;
using ItsmCore.Primitives;

namespace ItsmCore.Cmdb.Engine;

/// <summary>
/// The compiled impact graph of one <see cref="CmdbSnapshot"/>: flat arrays built once, immutable, thread-safe.
/// </summary>
/// <remarks>
/// <para>
/// Nodes are the snapshot's items in ordinal id order (node i is item i), so sorting node numbers sorts by id, and
/// the snapshot's id index (which it keeps anyway) maps ids to nodes: the graph holds no dictionary of its own.
/// Impact edges are in CSR form: the edges leaving node u (u impairs the target) are
/// <c>outTarget[outStart[u] .. outStart[u + 1])</c>, each with the index of the snapshot relationship it comes from in
/// <c>outRelationship</c>; a coupled-with relationship gives two edges, one each way. <c>inStart</c>/<c>inSource</c>
/// is the same graph reversed (for root-cause candidates). Redundancy group g (0 .. G-1) is node <c>groupNode[g]</c>;
/// its distinct members are <c>members[memberStart[g] .. memberStart[g + 1])</c> (sorted) and its quorum
/// <c>minUp[g]</c> = the group's <see cref="Quorum.MinUp"/> of that member count; the groups of node u are
/// <c>memberOfGroup[memberOfStart[u] .. memberOfStart[u + 1])</c>. Member-of relationships are not impact edges: they
/// act only through the quorum (DESIGN.md).
/// </para>
/// <para>
/// Impact is the least fixed point, computed by monotone propagation from the inputs: a state only rises
/// (Up 0 &lt; Degraded 1 &lt; Down 2), so each node is raised, pushed and expanded at most twice and the work is
/// O(impaired nodes + their out-edges and memberships) whatever the graph's size. Each group keeps two counters,
/// members not Up and members Down, updated when a member's state rises, so its quorum state is O(1). Cycles need no
/// special case: a node already at a state is not raised again.
/// </para>
/// <para>
/// The per-query arrays (<see cref="Scratch"/>: states, counters, work stack) are sized to the graph, kept in one
/// cached slot and reset by walking only what the query touched, so a query allocates only its result: two arrays of
/// the impaired count. Concurrent queries find the slot empty and build their own scratch. Memory: per item
/// an id reference, a service flag, a group number and three CSR starts (about 25 bytes); per relationship two CSR
/// entries or a membership entry (8-16 bytes). Measured with the cmdb-memory mode on the generated CMDB at 50,000
/// CIs: 19.6 B per relationship retained (28.9 B while the graph kept its own id dictionary, hence sharing the
/// snapshot's); docs/benchmarks/cmdb.md has the method and the full-size figures.
/// </para>
/// </remarks>
internal sealed class GraphEngine
{
    public const byte Up = 0;
    public const byte Degraded = 1;
    public const byte Down = 2;

    private readonly CmdbSnapshot snapshot;
    private const int RadixBits = 11;
    private const int RadixMask = (1 << RadixBits) - 1;
    private const int RadixThreshold = 2048;
    private readonly int[] groupOf;

    /// <summary>The bits of the largest node index: the radix sort's passes.</summary>
    private readonly int keyBits;
    private Scratch? cached;
    private int[]? positionMap;

    public GraphEngine(CmdbSnapshot snapshot)
    {
        IReadOnlyList<ConfigurationItemRecord> items = snapshot.Items;
        IReadOnlyList<Relationship> relationships = snapshot.Relationships;
        int n = items.Count;
        this.snapshot = snapshot;
        keyBits = 32 - BitOperations.LeadingZeroCount((uint)Math.Max(1, n - 1));
        Ids = new ConfigurationItemId[n];
        IsService = new bool[n];
        groupOf = new int[n];
        var serviceClasses = new Dictionary<string, bool>(StringComparer.Ordinal);
        var services = new List<int>();
        var groups = new List<int>();
        for (int i = 0; i < n; i++)
        {
            ConfigurationItemRecord item = items[i];
            Ids[i] = item.Id;
            if (!serviceClasses.TryGetValue(item.Class, out bool service))
            {
                service = snapshot.Classes.IsBusinessService(item.Class);
                serviceClasses[item.Class] = service;
            }

            IsService[i] = service;
            if (service)
            {
                services.Add(i);
            }

            groupOf[i] = item.IsGroup ? groups.Count : -1;
            if (item.IsGroup)
            {
                groups.Add(i);
            }
        }

        Services = services.ToArray();
        GroupNode = groups.ToArray();
        Relationships = relationships;
        Types = snapshot.RelationshipTypes;

        // Pass 1: resolve each relationship once into (from, to) impact edges or a (group, member) pair.
        int m = relationships.Count;
        var edgeFrom = new int[m];
        var edgeTo = new int[m];
        var edgeBoth = new bool[m];
        var pairs = new List<long>();
        var outDegree = new int[n + 1];
        var inDegree = new int[n + 1];
        var typeCache = new Dictionary<string, RelationshipType>(StringComparer.Ordinal);
        string? lastTypeName = null;
        RelationshipType lastType = RelationshipType.DependsOn;
        for (int r = 0; r < m; r++)
        {
            Relationship relationship = relationships[r];

            // Relationships of one type usually share the name's string, so a reference check skips the lookup.
            RelationshipType type = lastType;
            if (!ReferenceEquals(relationship.Type, lastTypeName))
            {
                if (!typeCache.TryGetValue(relationship.Type, out type!))
                {
                    type = Types.Find(relationship.Type)!;
                    typeCache[relationship.Type] = type;
                }

                (lastTypeName, lastType) = (relationship.Type, type);
            }

            snapshot.TryIndexOf(relationship.Source, out int s);
            snapshot.TryIndexOf(relationship.Target, out int t);
            edgeFrom[r] = -1;
            if (type.IsMembership)
            {
                pairs.Add(((long)groupOf[t] << 32) | (uint)s);
                continue;
            }

            switch (type.Impact)
            {
                case ImpactDirection.TargetImpairsSource:
                    (edgeFrom[r], edgeTo[r]) = (t, s);
                    break;
                case ImpactDirection.SourceImpairsTarget:
                    (edgeFrom[r], edgeTo[r]) = (s, t);
                    break;
                case ImpactDirection.BothWays:
                    (edgeFrom[r], edgeTo[r], edgeBoth[r]) = (s, t, true);
                    outDegree[t]++;
                    inDegree[s]++;
                    break;
                default:
                    continue;
            }

            outDegree[edgeFrom[r]]++;
            inDegree[edgeTo[r]]++;
        }

        // Pass 2: CSR in both directions (prefix sums, then fill from each node's start).
        OutStart = PrefixSums(outDegree);
        InStart = PrefixSums(inDegree);
        OutTarget = new int[OutStart[n]];
        OutRelationship = new int[OutStart[n]];
        InSource = new int[InStart[n]];
        int[] outFill = (int[])OutStart.Clone();
        int[] inFill = (int[])InStart.Clone();
        for (int r = 0; r < m; r++)
        {
            int from = edgeFrom[r];
            if (from < 0)
            {
                continue;
            }

            int to = edgeTo[r];
            AddEdge(from, to, r, outFill, inFill);
            if (edgeBoth[r])
            {
                AddEdge(to, from, r, outFill, inFill);
            }
        }

        // Groups: distinct members sorted per group; then each node's groups.
        long[] sorted = pairs.ToArray();
        Array.Sort(sorted);
        var memberList = new List<int>(sorted.Length);
        MemberStart = new int[groups.Count + 1];
        var memberOfCount = new int[n + 1];
        long previous = -1;
        foreach (long pair in sorted)
        {
            if (pair == previous)
            {
                continue;
            }

            previous = pair;
            int g = (int)(pair >> 32);
            int member = (int)(pair & 0xFFFFFFFF);
            MemberStart[g + 1]++;
            memberList.Add(member);
            memberOfCount[member]++;
        }

        for (int g = 0; g < groups.Count; g++)
        {
            MemberStart[g + 1] += MemberStart[g];
        }

        Members = memberList.ToArray();
        MemberOfStart = PrefixSums(memberOfCount);
        MemberOfGroup = new int[MemberOfStart[n]];
        int[] memberOfFill = (int[])MemberOfStart.Clone();
        MinUp = new int[groups.Count];
        var paperDown = new List<int>();
        for (int g = 0; g < groups.Count; g++)
        {
            int count = MemberStart[g + 1] - MemberStart[g];
            MinUp[g] = items[GroupNode[g]].Quorum!.MinUp(count);
            if (MinUp[g] > count)
            {
                paperDown.Add(GroupNode[g]);
            }

            for (int k = MemberStart[g]; k < MemberStart[g + 1]; k++)
            {
                MemberOfGroup[memberOfFill[Members[k]]++] = g;
            }
        }

        PaperDown = paperDown.ToArray();
    }

    public ConfigurationItemId[] Ids { get; }

    public bool[] IsService { get; }

    public int[] Services { get; }

    public IReadOnlyList<Relationship> Relationships { get; }

    public RelationshipTypeCatalogue Types { get; }

    public int[] OutStart { get; }

    public int[] OutTarget { get; }

    public int[] OutRelationship { get; }

    public int[] InStart { get; }

    public int[] InSource { get; }

    public int[] GroupNode { get; }

    public int[] MemberStart { get; }

    public int[] Members { get; }

    public int[] MinUp { get; }

    public int[] MemberOfStart { get; }

    public int[] MemberOfGroup { get; }

    /// <summary>Group nodes whose MinUp exceeds their member count: Down with no input.</summary>
    public int[] PaperDown { get; }

    public int Count => Ids.Length;

    /// <summary>Node numbers are the snapshot's item positions, so the snapshot's id index serves the graph too.</summary>
    public bool TryIndexOf(ConfigurationItemId id, out int node) => snapshot.TryIndexOf(id, out node);

    public int GroupOf(int node) => groupOf[node];

    /// <summary>
    /// Runs the least fixed point for the given inputs. Returns the impaired nodes (business services first, each part
    /// in node order) with their states, and how many of them are services.
    /// </summary>
    public (int[] Nodes, byte[] States, int ServiceCount) Impact(ReadOnlySpan<int> down, ReadOnlySpan<int> degraded)
    {
        Scratch s = Interlocked.Exchange(ref cached, null) ?? new Scratch(Count, GroupNode.Length);
        try
        {
            foreach (int d in down)
            {
                Raise(s, d, Down);
            }

            foreach (int d in degraded)
            {
                Raise(s, d, Degraded);
            }

            foreach (int g in PaperDown)
            {
                Raise(s, g, Down);
            }

            Propagate(s);
            return Collect(s);
        }
        finally
        {
            Reset(s);
            cached = s;
        }
    }

    /// <summary>
    /// The least fixed point of the union of the parts' inputs, from the parts' own fixed points: the maximum of their
    /// states is closed under every impairing edge (each part's is), so it is seeded as already expanded; only group
    /// quorums can rise (members impaired in different parts count together), and the groups that do are raised and
    /// propagated as usual.
    /// </summary>
    public (int[] Nodes, byte[] States, int ServiceCount) ImpactFrom((int[] Nodes, byte[] States)[] parts)
    {
        Scratch s = Interlocked.Exchange(ref cached, null) ?? new Scratch(Count, GroupNode.Length);
        try
        {
            foreach ((int[] nodes, byte[] states) in parts)
            {
                for (int i = 0; i < nodes.Length; i++)
                {
                    int node = nodes[i];
                    byte old = s.State[node];
                    if (old == Up)
                    {
                        s.Touched[s.TouchedCount++] = node;
                    }

                    if (states[i] > old)
                    {
                        s.State[node] = states[i];
                    }
                }
            }

            int seeded = s.TouchedCount;
            for (int i = 0; i < seeded; i++)
            {
                int u = s.Touched[i];
                byte state = s.State[u];
                s.Expanded[u] = state;
                for (int k = MemberOfStart[u]; k < MemberOfStart[u + 1]; k++)
                {
                    int g = MemberOfGroup[k];
                    s.ImpairedMembers[g]++;
                    if (state == Down)
                    {
                        s.DownMembers[g]++;
                    }
                }
            }

            for (int i = 0; i < seeded; i++)
            {
                int u = s.Touched[i];
                for (int k = MemberOfStart[u]; k < MemberOfStart[u + 1]; k++)
                {
                    int g = MemberOfGroup[k];
                    Raise(s, GroupNode[g], QuorumState(g, s.DownMembers[g], s.ImpairedMembers[g]));
                }
            }

            Propagate(s);
            return Collect(s);
        }
        finally
        {
            Reset(s);
            cached = s;
        }
    }

    /// <summary>
    /// The nodes whose state under the union of the parts' inputs is worse than in every part, with that state, without
    /// computing the union: the maximum of the parts' fixed points is closed under every impairing edge, so only a group
    /// whose impaired members come from two parts or more can rise; from those, a propagation over a sparse overlay
    /// (states read from the parts by binary search) raises what follows. Work in proportion to what rises, not to the
    /// parts. Business services first, each part in node order.
    /// </summary>
    /// <param name="parts">Each part's impaired nodes (services first, each part in node order), states, service count, and its groups with an impaired member.</param>
    public (int[] Nodes, byte[] States, int ServiceCount) WorseTogether((int[] Nodes, byte[] States, int ServiceCount, int[] ReachedGroups)[] parts)
    {
        var raised = new Dictionary<int, byte>();
        var stack = new Stack<int>();
        byte Merged(int node)
        {
            byte m = Up;
            foreach ((int[] nodes, byte[] states, int services, _) in parts)
            {
                int p = IsService[node] ? Array.BinarySearch(nodes, 0, services, node) : Array.BinarySearch(nodes, services, nodes.Length - services, node);
                if (p >= 0 && states[p] > m)
                {
                    m = states[p];
                }
            }

            return m;
        }

        byte Current(int node) => raised.TryGetValue(node, out byte r) ? r : Merged(node);
        void RaiseTo(int node, byte state)
        {
            if (state > Current(node))
            {
                raised[node] = state;
                stack.Push(node);
            }
        }

        byte Quorum(int g)
        {
            int down = 0, impaired = 0;
            for (int k = MemberStart[g]; k < MemberStart[g + 1]; k++)
            {
                byte state = Current(Members[k]);
                impaired += state != Up ? 1 : 0;
                down += state == Down ? 1 : 0;
            }

            return QuorumState(g, down, impaired);
        }

        var partsReaching = new Dictionary<int, int>();
        foreach ((_, _, _, int[] reached) in parts)
        {
            foreach (int g in reached)
            {
                partsReaching[g] = partsReaching.GetValueOrDefault(g) + 1;
            }
        }

        foreach ((int g, int count) in partsReaching)
        {
            if (count >= 2)
            {
                RaiseTo(GroupNode[g], Quorum(g));
            }
        }

        while (stack.Count > 0)
        {
            int u = stack.Pop();
            byte state = raised[u];
            for (int e = OutStart[u]; e < OutStart[u + 1]; e++)
            {
                RaiseTo(OutTarget[e], state);
            }

            for (int k = MemberOfStart[u]; k < MemberOfStart[u + 1]; k++)
            {
                int g = MemberOfGroup[k];
                RaiseTo(GroupNode[g], Quorum(g));
            }
        }

        int[] result = new int[raised.Count];
        raised.Keys.CopyTo(result, 0);
        Array.Sort(result, (x, y) => IsService[x] != IsService[y] ? (IsService[x] ? -1 : 1) : x.CompareTo(y));
        var states = new byte[result.Length];
        int serviceCount = 0;
        for (int i = 0; i < result.Length; i++)
        {
            states[i] = raised[result[i]];
            serviceCount += IsService[result[i]] ? 1 : 0;
        }

        return (result, states, serviceCount);
    }

    /// <summary>A graph-sized map, all zero, from the cached slot or new (explanations map nodes to result positions in it).</summary>
    public int[] RentPositionMap() => Interlocked.Exchange(ref positionMap, null) ?? new int[Count];

    /// <summary>Returns a map taken with <see cref="RentPositionMap"/>, all zero again.</summary>
    public void ReturnPositionMap(int[] map) => Volatile.Write(ref positionMap, map);

    public byte QuorumState(int g, int down, int impaired)
    {
        int up = MemberStart[g + 1] - MemberStart[g] - down;
        return up < MinUp[g] ? Down : impaired > 0 ? Degraded : Up;
    }

    private static int[] PrefixSums(int[] counts)
    {
        var starts = new int[counts.Length];
        for (int i = 1; i < counts.Length; i++)
        {
            starts[i] = starts[i - 1] + counts[i - 1];
        }

        return starts;
    }

    private static void Raise(Scratch s, int node, byte state)
    {
        byte old = s.State[node];
        if (state <= old)
        {
            return;
        }

        if (old == Up)
        {
            s.Touched[s.TouchedCount++] = node;
        }

        s.State[node] = state;
        s.Stack[s.StackCount++] = node;
    }

    private void AddEdge(int from, int to, int relationship, int[] outFill, int[] inFill)
    {
        int e = outFill[from]++;
        OutTarget[e] = to;
        OutRelationship[e] = relationship;
        InSource[inFill[to]++] = from;
    }

    private void Propagate(Scratch s)
    {
        while (s.StackCount > 0)
        {
            int u = s.Stack[--s.StackCount];
            byte state = s.State[u];
            byte expanded = s.Expanded[u];
            if (expanded >= state)
            {
                continue;
            }

            s.Expanded[u] = state;
            for (int k = MemberOfStart[u]; k < MemberOfStart[u + 1]; k++)
            {
                int g = MemberOfGroup[k];
                if (expanded == Up)
                {
                    s.ImpairedMembers[g]++;
                }

                if (state == Down)
                {
                    s.DownMembers[g]++;
                }

                Raise(s, GroupNode[g], QuorumState(g, s.DownMembers[g], s.ImpairedMembers[g]));
            }

            for (int e = OutStart[u]; e < OutStart[u + 1]; e++)
            {
                Raise(s, OutTarget[e], state);
            }
        }
    }

    /// <summary>
    /// Sorts the touched nodes in place (Reset only needs the set). Below <see cref="RadixThreshold"/> nodes a comparison
    /// sort; above, an LSD radix sort on <see cref="RadixBits"/>-bit digits of the node index through the stack, which is
    /// empty once Propagate is done (O(n) instead of O(n log n): at a 10,000-CI closure the sort was a large part of a
    /// query). No allocation.
    /// </summary>
    private void SortTouched(Scratch s)
    {
        int count = s.TouchedCount;
        int[] keys = s.Touched;
        if (count < RadixThreshold)
        {
            Array.Sort(keys, 0, count);
            return;
        }

        int[] buckets = s.Buckets;
        int[] source = keys;
        int[] target = s.Stack;
        for (int shift = 0; shift < keyBits; shift += RadixBits)
        {
            Array.Clear(buckets);
            for (int i = 0; i < count; i++)
            {
                buckets[(source[i] >> shift) & RadixMask]++;
            }

            int sum = 0;
            for (int b = 0; b < buckets.Length; b++)
            {
                int c = buckets[b];
                buckets[b] = sum;
                sum += c;
            }

            for (int i = 0; i < count; i++)
            {
                int node = source[i];
                target[buckets[(node >> shift) & RadixMask]++] = node;
            }

            (source, target) = (target, source);
        }

        if (!ReferenceEquals(source, keys))
        {
            Array.Copy(source, keys, count);
        }
    }

    private (int[] Nodes, byte[] States, int ServiceCount) Collect(Scratch s)
    {
        SortTouched(s);
        int count = s.TouchedCount;
        int services = 0;
        for (int i = 0; i < count; i++)
        {
            if (IsService[s.Touched[i]])
            {
                services++;
            }
        }

        var nodes = new int[count];
        int front = 0;
        int back = services;
        for (int i = 0; i < count; i++)
        {
            int node = s.Touched[i];
            nodes[IsService[node] ? front++ : back++] = node;
        }

        // Touched is sorted, and the partition keeps the order: each part is in node order.
        var states = new byte[count];
        for (int i = 0; i < count; i++)
        {
            states[i] = s.State[nodes[i]];
        }

        return (nodes, states, services);
    }

    private void Reset(Scratch s)
    {
        for (int i = 0; i < s.TouchedCount; i++)
        {
            int node = s.Touched[i];
            s.State[node] = Up;
            s.Expanded[node] = Up;
            for (int k = MemberOfStart[node]; k < MemberOfStart[node + 1]; k++)
            {
                s.DownMembers[MemberOfGroup[k]] = 0;
                s.ImpairedMembers[MemberOfGroup[k]] = 0;
            }
        }

        s.TouchedCount = 0;
        s.StackCount = 0;
    }

    /// <summary>Per-query working arrays, all Up/zero between queries.</summary>
    private sealed class Scratch
    {
        public Scratch(int nodes, int groups)
        {
            State = new byte[nodes];
            Expanded = new byte[nodes];
            Touched = new int[nodes];

            // A node is pushed once per rise, and it rises at most twice.
            Stack = new int[2 * nodes];
            Buckets = new int[1 << RadixBits];
            DownMembers = new int[groups];
            ImpairedMembers = new int[groups];
        }

        public byte[] State { get; }

        /// <summary>The state each node was last expanded with (its groups' counters count it at that state).</summary>
        public byte[] Expanded { get; }

        public int[] Touched { get; }

        public int TouchedCount { get; set; }

        public int[] Stack { get; }

        public int StackCount { get; set; }

        /// <summary>The radix sort's digit counts.</summary>
        public int[] Buckets { get; }

        public int[] DownMembers { get; }

        public int[] ImpairedMembers { get; }
    }
}
