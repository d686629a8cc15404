using System;
using System.Threading;
using ItsmCore.Cmdb;
using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Changes;

/// <summary>
/// A coded schedule conflict (never an exception). Which value fields are set depends on <see cref="Code"/>:
/// <see cref="Items"/> for shared CIs, common services or the group of a combined outage not enumerated,
/// <see cref="Chain"/> for a related-item chain or the explanation of a combined outage, <see cref="Amount"/> for time
/// outside, service time or outage; for combined outages the number of changes is the count of <see cref="Changes"/>.
/// Immutable and thread-safe.
/// </summary>
/// <remarks>
/// A conflict found by <see cref="ChangeSchedule"/> builds its <see cref="Chain"/> and <see cref="Explanation"/> on
/// first use, not during the check (like <see cref="ImpactResult.Explain"/>): which conflicts exist, their parties,
/// intervals and items are decided by the check; the shortest chain is searched only when read. Equality compares
/// every property, so it builds both.
/// </remarks>
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
    string Explanation)
{
    private readonly ImpactExplanation? chain = Chain;
    private readonly string explanation = Explanation;
    private readonly Lazy<(ImpactExplanation? Chain, string Explanation)>? deferred;

    /// <summary>A conflict whose chain and sentence are built on first use.</summary>
    internal ScheduleConflict(
        ScheduleConflictCode code, EquatableArray<ChangeId> changes, string otherParty, Interval interval, EquatableArray<ConfigurationItemId> items, Duration? amount,
        Func<(ImpactExplanation? Chain, string Explanation)> explain)
        : this(code, changes, otherParty, interval, items, null, amount, string.Empty) =>
        deferred = new Lazy<(ImpactExplanation? Chain, string Explanation)>(explain, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The shortest chain (related item) or the service's explanation when the set is out together (combined outage), else null.</summary>
    public ImpactExplanation? Chain
    {
        get => deferred is { } d ? d.Value.Chain : chain;
        init
        {
            // a with-expression setting one of the two keeps the other as built
            if (deferred is { } d)
            {
                explanation = d.Value.Explanation;
                deferred = null;
            }

            chain = value;
        }
    }

    /// <summary>A sentence for people.</summary>
    public string Explanation
    {
        get => deferred is { } d ? d.Value.Explanation : explanation;
        init
        {
            if (deferred is { } d)
            {
                chain = d.Value.Chain;
                deferred = null;
            }

            explanation = value;
        }
    }

    /// <inheritdoc />
    public bool Equals(ScheduleConflict? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (Code == other.Code && Changes.Equals(other.Changes) && OtherParty == other.OtherParty && Interval == other.Interval && Items.Equals(other.Items)
                && Amount == other.Amount && Equals(Chain, other.Chain) && Explanation == other.Explanation));

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Code, Changes, OtherParty, Interval, Items, Amount);
}
