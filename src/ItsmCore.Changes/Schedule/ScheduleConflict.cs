using ItsmCore.Cmdb;
using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Changes;

/// <summary>
/// A coded schedule conflict (never an exception). Which value fields are set depends on <see cref="Code"/>:
/// <see cref="Items"/> for shared CIs or common services, <see cref="Chain"/> for a related-item chain,
/// <see cref="Amount"/> for time outside, service time or outage. Immutable.
/// </summary>
/// <param name="Code">The conflict code.</param>
/// <param name="Changes">The changes involved (a pair conflict names both, once).</param>
/// <param name="OtherParty">The other change, the implementer, the service, the CI whose maintenance window is left, or the blackout name.</param>
/// <param name="Interval">The intersection for pair and blackout conflicts, else the change window.</param>
/// <param name="Items">Shared CIs (same item) or common affected services (related item without chain); else empty.</param>
/// <param name="Chain">The shortest chain (related item), else null.</param>
/// <param name="Amount">Time outside, service time or expected outage; else null.</param>
/// <param name="Explanation">A sentence for people.</param>
public sealed record ScheduleConflict(
    ScheduleConflictCode Code,
    EquatableArray<ChangeId> Changes,
    string OtherParty,
    Interval Interval,
    EquatableArray<ConfigurationItemId> Items,
    ImpactExplanation? Chain,
    Duration? Amount,
    string Explanation);
