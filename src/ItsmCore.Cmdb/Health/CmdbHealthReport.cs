using System;
using System.Collections.Generic;
using System.Linq;
using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Cmdb;

/// <summary>
/// The data-quality report of a snapshot (ISO/IEC 20000-1 asks that CI accuracy be verified at planned intervals):
/// required attributes missing per class, stale contacts, orphans, likely duplicates, relationships to retired items,
/// groups below quorum on paper, and the re-verification work list with due dates. Immutable.
/// </summary>
/// <remarks>
/// A contact's period runs from an explicit reference, reported with it: its last verification, else the item's
/// acquisition date (start of day in the policy's zone), else the item's record date (when the history first recorded
/// it); with none of these it is due at once. A contact whose last verification found it unreachable is due at that
/// verification. Retired items are left out of the contact, attribute and orphan checks.
/// </remarks>
public sealed class CmdbHealthReport
{
    private CmdbHealthReport(
        Instant asOf,
        AttributeGap[] attributeGaps,
        ReverificationTask[] workList,
        ConfigurationItemId[] orphans,
        LikelyDuplicate[] duplicates,
        Relationship[] relationshipsToRetired,
        QuorumGap[] groupsBelowQuorum)
    {
        AsOf = asOf;
        AttributeGaps = attributeGaps;
        WorkList = workList;
        StaleContacts = workList.Where(t => t.Overdue).ToArray();
        Orphans = orphans;
        LikelyDuplicates = duplicates;
        RelationshipsToRetired = relationshipsToRetired;
        GroupsBelowQuorum = groupsBelowQuorum;
    }

    /// <summary>The instant the report judges staleness at.</summary>
    public Instant AsOf { get; }

    /// <summary>Required attributes missing or mistyped, per class and attribute (class, then attribute declaration order).</summary>
    public IReadOnlyList<AttributeGap> AttributeGaps { get; }

    /// <summary>Contacts not verified within the policy period (the overdue part of <see cref="WorkList"/>).</summary>
    public IReadOnlyList<ReverificationTask> StaleContacts { get; }

    /// <summary>Every contact of every item not retired, with its due date: those without a reference first, then by due date, item id and role.</summary>
    public IReadOnlyList<ReverificationTask> WorkList { get; }

    /// <summary>Items (not retired, not services) with no chain of relationships of any type, either way, to a business service; id order.</summary>
    public IReadOnlyList<ConfigurationItemId> Orphans { get; }

    /// <summary>Likely duplicates: serial-number groups first, then name-and-class groups, each by key.</summary>
    public IReadOnlyList<LikelyDuplicate> LikelyDuplicates { get; }

    /// <summary>Relationships with a retired item at either end, in id order.</summary>
    public IReadOnlyList<Relationship> RelationshipsToRetired { get; }

    /// <summary>Redundancy groups whose minimum exceeds their member count (Down with no failure), in id order.</summary>
    public IReadOnlyList<QuorumGap> GroupsBelowQuorum { get; }

    /// <summary>Reports on a snapshot.</summary>
    /// <param name="snapshot">The snapshot.</param>
    /// <param name="policy">The policy.</param>
    /// <param name="asOf">The instant staleness is judged at (usually the clock's now).</param>
    /// <returns>The report.</returns>
    public static CmdbHealthReport Create(CmdbSnapshot snapshot, HealthPolicy policy, Instant asOf)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(policy);
        ConfigurationItemRecord[] live = snapshot.Items.Where(i => i.Status != ConfigurationItemStatus.Retired).ToArray();
        return new CmdbHealthReport(
            asOf,
            Gaps(snapshot, live),
            Tasks(snapshot, live, policy, asOf),
            FindOrphans(snapshot, live),
            Duplicates(snapshot),
            snapshot.Relationships.Where(r => Retired(snapshot, r.Source) || Retired(snapshot, r.Target)).ToArray(),
            snapshot.Items.Where(i => i.IsGroup)
                .Select(g => (Group: g, Members: snapshot.MembersOf(g.Id).Count))
                .Where(g => g.Group.Quorum!.MinUp(g.Members) > g.Members)
                .Select(g => new QuorumGap(g.Group.Id, g.Members, g.Group.Quorum!.MinUp(g.Members)))
                .ToArray());
    }

    /// <summary>Reports on a snapshot, judging staleness at the clock's now.</summary>
    /// <param name="snapshot">The snapshot.</param>
    /// <param name="policy">The policy.</param>
    /// <param name="clock">The clock.</param>
    /// <returns>The report.</returns>
    public static CmdbHealthReport Create(CmdbSnapshot snapshot, HealthPolicy policy, IClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return Create(snapshot, policy, clock.GetCurrentInstant());
    }

    private static bool Retired(CmdbSnapshot snapshot, ConfigurationItemId id) => snapshot.Find(id)!.Status == ConfigurationItemStatus.Retired;

    private static AttributeGap[] Gaps(CmdbSnapshot snapshot, ConfigurationItemRecord[] live)
    {
        var gaps = new List<AttributeGap>();
        foreach (IGrouping<string, ConfigurationItemRecord> byClass in live.GroupBy(i => i.Class).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            CmdbProblem[] problems = byClass.SelectMany(snapshot.Classes.Check).Where(p => p.Attribute is not null).ToArray();
            foreach (AttributeDefinition definition in snapshot.Classes.AttributesOf(byClass.Key))
            {
                foreach (string code in new[] { CmdbProblemCodes.AttributeMissing, CmdbProblemCodes.AttributeWrongType })
                {
                    ConfigurationItemId[] items = problems.Where(p => p.Attribute == definition.Name && p.Code == code).Select(p => p.Item).ToArray();
                    if (items.Length > 0)
                    {
                        gaps.Add(new AttributeGap(byClass.Key, definition.Name, code, items));
                    }
                }
            }
        }

        return gaps.ToArray();
    }

    private static ReverificationTask[] Tasks(CmdbSnapshot snapshot, ConfigurationItemRecord[] live, HealthPolicy policy, Instant asOf)
    {
        var tasks = new List<ReverificationTask>();
        foreach (ConfigurationItemRecord item in live)
        {
            foreach (Contact contact in item.Contacts)
            {
                (ContactReference reference, Instant? at) = contact.LastVerification is { } v ? (ContactReference.LastVerification, v.At)
                    : item.AcquiredOn is { } date ? (ContactReference.Acquisition, date.AtStartOfDayInZone(policy.Zone).ToInstant())
                    : snapshot.FirstRecordedAt(item.Id) is { } recorded ? (ContactReference.RecordDate, recorded)
                    : (ContactReference.None, (Instant?)null);
                Instant? due = at is not { } from ? null
                    : contact.LastVerification?.Outcome == VerificationOutcome.Unreachable ? from
                    : from.InZone(policy.Zone).LocalDateTime.Plus(policy.VerificationPeriod).InZoneLeniently(policy.Zone).ToInstant();
                tasks.Add(new ReverificationTask(item.Id, contact, reference, at, due, due is not { } d || d <= asOf));
            }
        }

        return tasks
            .OrderBy(t => t.DueAt.HasValue)
            .ThenBy(t => t.DueAt)
            .ThenBy(t => t.Item.Value, StringComparer.Ordinal)
            .ThenBy(t => t.Contact.Role, StringComparer.Ordinal)
            .ToArray();
    }

    private static ConfigurationItemId[] FindOrphans(CmdbSnapshot snapshot, ConfigurationItemRecord[] live)
    {
        // Union-find over every relationship, ignoring type and direction; an item is related to a service when its set holds one.
        var parent = new Dictionary<ConfigurationItemId, ConfigurationItemId>();
        ConfigurationItemId Root(ConfigurationItemId id)
        {
            while (parent.TryGetValue(id, out ConfigurationItemId up) && up != id)
            {
                parent[id] = parent.GetValueOrDefault(up, up);
                id = up;
            }

            return id;
        }

        foreach (Relationship r in snapshot.Relationships)
        {
            ConfigurationItemId a = Root(r.Source);
            ConfigurationItemId b = Root(r.Target);
            if (a != b)
            {
                parent[a] = b;
            }
        }

        var served = snapshot.Items.Where(snapshot.IsBusinessService).Select(s => Root(s.Id)).ToHashSet();
        return live.Where(i => !snapshot.IsBusinessService(i) && !served.Contains(Root(i.Id))).Select(i => i.Id).ToArray();
    }

    private static LikelyDuplicate[] Duplicates(CmdbSnapshot snapshot)
    {
        IEnumerable<LikelyDuplicate> bySerial = snapshot.Items
            .Where(i => i.SerialNumber is not null)
            .GroupBy(i => i.SerialNumber!.ToUpperInvariant())
            .Where(g => g.Count() > 1)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new LikelyDuplicate("serial-number", g.Key, g.Select(i => i.Id).ToArray()));
        IEnumerable<LikelyDuplicate> byName = snapshot.Items
            .GroupBy(i => (Name: i.Name.ToUpperInvariant(), i.Class))
            .Where(g => g.Count() > 1)
            .OrderBy(g => g.Key.Class, StringComparer.Ordinal)
            .ThenBy(g => g.Key.Name, StringComparer.Ordinal)
            .Select(g => new LikelyDuplicate("name-and-class", $"{g.First().Name} ({g.Key.Class})", g.Select(i => i.Id).ToArray()));
        return bySerial.Concat(byName).ToArray();
    }
}
