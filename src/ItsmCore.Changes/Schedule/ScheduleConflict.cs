using ItsmCore.Cmdb;
using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Changes;

/// <summary>
/// A coded schedule conflict (never an exception). Which value fields are set depends on <see cref="Code"/>:
/// <see cref="Items"/> for shared CIs, common services or the group of a combined outage not enumerated,
/// <see cref="Chain"/> for a related-item chain or the explanation of a combined outage, <see cref="Amount"/> for time
/// outside, service time or outage; for combined outages the number of changes is the count of <see cref="Changes"/>. Immutable.
/// </summary>
/// <param name="Code">The conflict code.</param>
/// <param name="Changes">The changes involved (a pair or combined conflict names every change, once; a proposed change first).</param>
/// <param name="OtherParty">The other change, the implementer, the service, the CI whose maintenance window is left, the blackout name, or the group (combined outage not enumerated).</param>
/// <param name="Interval">The intersection for pair, combined and blackout conflicts, else the change window.</param>
/// <param name="Items">Shared CIs (same item), common affected services (related item without chain) or the group (combined outage not enumerated); else empty.</param>
/// <param name="Chain">The shortest chain (related item) or the service's explanation when the set is out together (combined outage), else null.</param>
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
