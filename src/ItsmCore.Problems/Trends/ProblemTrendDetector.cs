using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FluentValidation.Results;
using ItsmCore.Classification;
using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Problems;

/// <summary>
/// Proposes problem candidates from incidents: groups incidents by configuration item, category or both
/// (<see cref="TrendDetectionOptions.GroupBy"/>) and reports each group's clusters of at least
/// <see cref="TrendDetectionOptions.Threshold"/> incidents within one <see cref="TrendDetectionOptions.Window"/>, with
/// the evidence. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// <para>The result is defined as follows (docs/problems.md has worked examples).</para>
/// <list type="number">
/// <item><description>
/// Groups. Each incident joins, for every kind in <see cref="TrendDetectionOptions.GroupBy"/>: the group of each distinct
/// configuration item it names (<see cref="TrendGrouping.ConfigurationItem"/>); the group of its category truncated to
/// <see cref="TrendDetectionOptions.CategoryDepth"/> (<see cref="TrendGrouping.Category"/>); the group of each
/// (truncated category, item) pair (<see cref="TrendGrouping.CategoryAndConfigurationItem"/>). An incident with no item
/// joins no item group; an unclassified incident joins no category group. Categories compare ignoring case; a group's
/// key shows the spelling of its earliest incident.
/// </description></item>
/// <item><description>
/// Windows. Within a group, incidents are ordered by report time, then id (ordinal). A sweep starts at the first
/// incident: the window [t, t + Window) from its report time t holds every group incident reported in it. If that is at
/// least the threshold, the window is a candidate and the sweep continues at the first incident at or after t + Window;
/// otherwise it continues at the next incident. So a group's candidates never overlap, each starts at an incident,
/// every incident is evidence at most once per group, and a long run of recurring incidents gives back-to-back
/// candidates rather than one ever-growing cluster (a candidate always spans at most one window).
/// </description></item>
/// <item><description>
/// Order. Candidates are sorted by count (descending), then key (kind in flag order, item ordinal, category ignoring
/// case), then window start. The result does not depend on the order of the input.
/// </description></item>
/// </list>
/// <para>
/// Greedy earliest-start windows were chosen over "the densest window per group" because every incident of a recurring
/// trend ends up as evidence, and over chaining incidents closer than a window apart because a chain can grow without
/// bound. The cost is O(n log n) for n incident-group memberships.
/// </para>
/// </remarks>
public sealed class ProblemTrendDetector
{
    private static readonly TrendDetectionOptionsValidator Validator = new();

    /// <summary>Creates a detector.</summary>
    /// <param name="options">The settings.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException">The settings are invalid; the message lists every error.</exception>
    public ProblemTrendDetector(TrendDetectionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ValidationResult result = Validator.Validate(options);
        if (!result.IsValid)
        {
            throw new ArgumentException(
                "Invalid trend detection options: " + string.Join(" ", result.Errors.Select(e => e.ErrorMessage)),
                nameof(options));
        }

        Options = options;
    }

    /// <summary>The settings.</summary>
    public TrendDetectionOptions Options { get; }

    /// <summary>Finds the problem candidates among <paramref name="incidents"/> (see the type's remarks for the exact rules).</summary>
    /// <param name="incidents">The incidents, in any order.</param>
    /// <returns>The candidates, most incidents first; empty when no group reaches the threshold.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="incidents"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// An incident is null, has the empty id or an id given before, a null item list or an empty item id, or is reported
    /// so late that its window would end after <see cref="Instant.MaxValue"/>.
    /// </exception>
    public IReadOnlyList<ProblemCandidate> Detect(IEnumerable<IncidentObservation> incidents)
    {
        ArgumentNullException.ThrowIfNull(incidents);
        List<IncidentObservation> sorted = Check(incidents);
        sorted.Sort(static (a, b) =>
        {
            int byTime = a.ReportedAt.CompareTo(b.ReportedAt);
            return byTime != 0 ? byTime : string.CompareOrdinal(a.Id.Value, b.Id.Value);
        });

        // Groups in first-seen order; each group's list stays sorted because incidents are added in sorted order.
        var groups = new Dictionary<ProblemCandidateKey, List<IncidentObservation>>();
        foreach (IncidentObservation incident in sorted)
        {
            foreach (ProblemCandidateKey key in KeysOf(incident))
            {
                if (!groups.TryGetValue(key, out List<IncidentObservation>? members))
                {
                    members = new List<IncidentObservation>();
                    groups.Add(key, members);
                }

                members.Add(incident);
            }
        }

        var candidates = new List<ProblemCandidate>();
        foreach ((ProblemCandidateKey key, List<IncidentObservation> members) in groups)
        {
            Sweep(key, members, candidates);
        }

        candidates.Sort(static (a, b) =>
        {
            int byCount = b.Count.CompareTo(a.Count);
            if (byCount != 0)
            {
                return byCount;
            }

            int byKey = ProblemCandidateKey.Compare(a.Key, b.Key);
            return byKey != 0 ? byKey : a.WindowStart.CompareTo(b.WindowStart);
        });
        return candidates.AsReadOnly();
    }

    private List<IncidentObservation> Check(IEnumerable<IncidentObservation> incidents)
    {
        var list = new List<IncidentObservation>();
        var ids = new HashSet<IncidentId>();
        Instant latest = Instant.MaxValue - Options.Window;
        foreach (IncidentObservation? incident in incidents)
        {
            string at = string.Create(CultureInfo.InvariantCulture, $"incidents[{list.Count}]");
            if (incident is null)
            {
                throw new ArgumentException($"{at} is null.", nameof(incidents));
            }

            if (incident.Id.Value.Length == 0)
            {
                throw new ArgumentException($"{at} has the empty id (the default value).", nameof(incidents));
            }

            if (!ids.Add(incident.Id))
            {
                throw new ArgumentException($"{at}: incident {incident.Id} is given twice; each incident may appear once.", nameof(incidents));
            }

            if (incident.ConfigurationItems is null)
            {
                throw new ArgumentException($"{at} (incident {incident.Id}) has a null configuration item list; use an empty list for none.", nameof(incidents));
            }

            if (incident.ConfigurationItems.Any(item => item.Value.Length == 0))
            {
                throw new ArgumentException($"{at} (incident {incident.Id}) names the empty configuration item id (the default value).", nameof(incidents));
            }

            if (incident.ReportedAt > latest)
            {
                throw new ArgumentException($"{at} (incident {incident.Id}) is reported too late: its window would end after the last representable instant.", nameof(incidents));
            }

            list.Add(incident);
        }

        return list;
    }

    private IEnumerable<ProblemCandidateKey> KeysOf(IncidentObservation incident)
    {
        TrendGrouping groupBy = Options.GroupBy;
        IEnumerable<ConfigurationItemId> items = incident.ConfigurationItems.Distinct();
        CategoryPath? category = incident.Category.IsEmpty ? null : incident.Category.Truncate(Options.CategoryDepth);
        if ((groupBy & TrendGrouping.ConfigurationItem) != 0)
        {
            foreach (ConfigurationItemId item in items)
            {
                yield return ProblemCandidateKey.ForConfigurationItem(item);
            }
        }

        if ((groupBy & TrendGrouping.Category) != 0 && category is CategoryPath c)
        {
            yield return ProblemCandidateKey.ForCategory(c);
        }

        if ((groupBy & TrendGrouping.CategoryAndConfigurationItem) != 0 && category is CategoryPath both)
        {
            foreach (ConfigurationItemId item in items)
            {
                yield return ProblemCandidateKey.ForCategoryAndConfigurationItem(both, item);
            }
        }
    }

    private void Sweep(ProblemCandidateKey key, List<IncidentObservation> members, List<ProblemCandidate> candidates)
    {
        Duration window = Options.Window;
        int threshold = Options.Threshold;
        int end = 0;
        int start = 0;
        while (start < members.Count)
        {
            Instant windowEnd = members[start].ReportedAt + window;
            end = Math.Max(end, start);
            while (end < members.Count && members[end].ReportedAt < windowEnd)
            {
                end++;
            }

            if (end - start >= threshold)
            {
                IncidentId[] evidence = new IncidentId[end - start];
                for (int i = start; i < end; i++)
                {
                    evidence[i - start] = members[i].Id;
                }

                candidates.Add(new ProblemCandidate(key, members[start].ReportedAt, windowEnd, Array.AsReadOnly(evidence)));
                start = end;
            }
            else
            {
                start++;
            }
        }
    }
}
