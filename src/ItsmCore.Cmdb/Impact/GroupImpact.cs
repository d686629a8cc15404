using ItsmCore.Primitives;

namespace ItsmCore.Cmdb;

/// <summary>
/// A redundancy group in an <see cref="ImpactResult"/>: its state and how its members stand against its quorum (for
/// example a pool of 4 with a quorum of 3 and one member Down is Degraded; with two Down it is Down). Immutable.
/// </summary>
/// <param name="Group">The group.</param>
/// <param name="State">Its state in the result: Degraded or Down.</param>
/// <param name="Members">Its distinct members in the snapshot.</param>
/// <param name="MinUp">The members that must be up (its quorum of <paramref name="Members"/>).</param>
/// <param name="MembersImpaired">Its members not Up (Degraded or Down); 0 when the group is impaired for another reason (a relationship, an input, or a quorum above its member count).</param>
/// <param name="MembersDown">Its members Down, in id order.</param>
public sealed record GroupImpact(ConfigurationItemId Group, ImpactState State, int Members, int MinUp, int MembersImpaired, EquatableArray<ConfigurationItemId> MembersDown);
