using System.Collections.Generic;
using ItsmCore.Cmdb;
using ItsmCore.Primitives;

namespace ItsmCore.Changes;

/// <summary>
/// The redundancy groups of one CMDB snapshot as the combined-outage search needs them: each member's groups, and each
/// group's member count and quorum (DESIGN "CMDB semantics": members are the distinct CIs with a member-of relationship
/// to a CI that is a group in the snapshot). Built once per compiled graph; immutable and thread-safe.
/// </summary>
internal sealed class GroupIndex
{
    private static readonly ConfigurationItemId[] None = [];

    private readonly Dictionary<ConfigurationItemId, ConfigurationItemId[]> groupsOf = new();
    private readonly Dictionary<ConfigurationItemId, (int Members, int MinUp)> groups = new();

    public GroupIndex(CmdbSnapshot snapshot)
    {
        var lists = new Dictionary<ConfigurationItemId, List<ConfigurationItemId>>();
        foreach (ConfigurationItemRecord item in snapshot.Items)
        {
            if (item.Quorum is not { } quorum)
            {
                continue;
            }

            IReadOnlyList<ConfigurationItemId> members = snapshot.MembersOf(item.Id);
            groups[item.Id] = (members.Count, quorum.MinUp(members.Count));
            foreach (ConfigurationItemId member in members)
            {
                if (!lists.TryGetValue(member, out List<ConfigurationItemId>? list))
                {
                    list = new List<ConfigurationItemId>(1);
                    lists[member] = list;
                }

                list.Add(item.Id);
            }
        }

        foreach ((ConfigurationItemId member, List<ConfigurationItemId> list) in lists)
        {
            groupsOf[member] = list.ToArray();
        }
    }

    /// <summary>Whether the snapshot has any group with members.</summary>
    public bool IsEmpty => groupsOf.Count == 0;

    /// <summary>The groups a CI is a member of (empty for none).</summary>
    public ConfigurationItemId[] GroupsOf(ConfigurationItemId item) => groupsOf.TryGetValue(item, out ConfigurationItemId[]? list) ? list : None;

    /// <summary>A group's member count and quorum.</summary>
    public (int Members, int MinUp) Quorum(ConfigurationItemId group) => groups[group];
}
