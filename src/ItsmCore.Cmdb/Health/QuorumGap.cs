using ItsmCore.Primitives;

namespace ItsmCore.Cmdb;

/// <summary>A redundancy group already below its quorum on paper: its minimum exceeds its member count.</summary>
/// <param name="Group">The group.</param>
/// <param name="Members">Its members in the snapshot.</param>
/// <param name="MinUp">Its minimum up.</param>
public sealed record QuorumGap(ConfigurationItemId Group, int Members, int MinUp);
