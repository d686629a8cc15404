using System;
using System.Collections.Generic;
using System.Linq;
using ItsmCore.Cmdb;
using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Changes;

/// <summary>
/// Deployment plans over a CMDB redundancy group (a pool of application servers behind a load balancer): a rolling
/// plan takes the members out a batch at a time (one server at a time by default) so the group keeps its quorum and no
/// service goes down; a plan that takes the group below its quorum is refused with the code
/// <see cref="BelowQuorum"/>; every plan states its expected outage (the time the group is Down). Each batch's effect
/// is its planned impact on the graph (the members taken Down, DESIGN "CMDB semantics"), so nested groups, a member
/// in several groups and what depends on the group all count. Stateless and thread-safe.
/// </summary>
public static class RollingDeployment
{
    /// <summary>The refusal code of a plan with a batch that takes the group below its quorum.</summary>
    public const string BelowQuorum = "Deployment.Quorum.Below";

    /// <summary>
    /// A rolling plan: the group's members in id order, <paramref name="batchSize"/> at a time, each batch for
    /// <paramref name="step"/> from <paramref name="start"/>; refused (<see cref="BelowQuorum"/>) when a batch takes
    /// the group below its quorum, for example a two-server pool that needs both up.
    /// </summary>
    /// <param name="graph">The CMDB graph (as of the deployment).</param>
    /// <param name="group">The redundancy group.</param>
    /// <param name="start">When the first batch starts.</param>
    /// <param name="step">How long each batch is out of service; positive.</param>
    /// <param name="batchSize">Members per batch (the last batch may be smaller); at least 1.</param>
    /// <returns>The plan (expected outage zero), or the refusal naming the first batch below quorum.</returns>
    /// <exception cref="ArgumentException">The group is not a redundancy group of the graph or has no members.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The step is not positive or the batch size is below 1.</exception>
    public static Outcome<DeploymentPlan> Rolling(CmdbGraph graph, ConfigurationItemId group, Instant start, Duration step, int batchSize = 1)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        IReadOnlyList<ConfigurationItemId> members = MembersOf(graph, group);
        return Check(Plan(graph, group, members.Chunk(batchSize), start, step));
    }

    /// <summary>
    /// The plan that takes every member out at once for the whole window (the old deployment behind a "sorry" page):
    /// its expected outage is the whole window whenever the group needs any member up.
    /// </summary>
    /// <param name="graph">The CMDB graph.</param>
    /// <param name="group">The redundancy group.</param>
    /// <param name="start">The window start.</param>
    /// <param name="window">The window's length; positive.</param>
    /// <returns>The plan (one batch).</returns>
    /// <exception cref="ArgumentException">The group is not a redundancy group of the graph or has no members.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The window is not positive.</exception>
    public static DeploymentPlan AllAtOnce(CmdbGraph graph, ConfigurationItemId group, Instant start, Duration window)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return Plan(graph, group, new[] { MembersOf(graph, group) }, start, window);
    }

    /// <summary>A plan with the batches given, in order, each for <paramref name="step"/> from <paramref name="start"/>; evaluated, not judged (see <see cref="Check"/>).</summary>
    /// <param name="graph">The CMDB graph.</param>
    /// <param name="group">The redundancy group.</param>
    /// <param name="batches">The batches: each non-empty, of members of the group, no member in two batches.</param>
    /// <param name="start">When the first batch starts.</param>
    /// <param name="step">How long each batch is out of service; positive.</param>
    /// <returns>The plan with each batch's effect and the expected outage.</returns>
    /// <exception cref="ArgumentException">The group is not a redundancy group of the graph, there is no batch, a batch is empty, or a member is unknown to the group or repeated.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The step is not positive.</exception>
    public static DeploymentPlan Plan(CmdbGraph graph, ConfigurationItemId group, IEnumerable<IEnumerable<ConfigurationItemId>> batches, Instant start, Duration step)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(batches);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(step, Duration.Zero);
        IReadOnlyList<ConfigurationItemId> members = MembersOf(graph, group);
        var known = new HashSet<ConfigurationItemId>(members);
        var used = new HashSet<ConfigurationItemId>();
        int minUp = graph.Snapshot.Find(group)!.Quorum!.MinUp(members.Count);
        var list = new List<DeploymentBatch>();
        foreach (IEnumerable<ConfigurationItemId> batch in batches)
        {
            ArgumentNullException.ThrowIfNull(batch, nameof(batches));
            ConfigurationItemId[] items = batch.ToArray();
            if (items.Length == 0)
            {
                throw new ArgumentException($"Batch {list.Count + 1} of the deployment on '{group}' is empty.", nameof(batches));
            }

            foreach (ConfigurationItemId item in items)
            {
                if (!known.Contains(item) || !used.Add(item))
                {
                    throw new ArgumentException($"Batch {list.Count + 1}: '{item}' is not a member of '{group}' or is in an earlier batch.", nameof(batches));
                }
            }

            ImpactResult impact = graph.Impact(items, Array.Empty<ConfigurationItemId>());
            int up = members.Count(m => impact.StateOf(m) != ImpactState.Down);
            var services = new List<ConfigurationItemId>();
            for (int i = 0; i < impact.BusinessServiceCount; i++)
            {
                if (impact[i].State == ImpactState.Down)
                {
                    services.Add(impact[i].Id);
                }
            }

            Instant from = start + (step * list.Count);
            list.Add(new DeploymentBatch(list.Count + 1, EquatableArray.From(items), new Interval(from, from + step), up, impact.StateOf(group), EquatableArray.From(services)));
        }

        if (list.Count == 0)
        {
            throw new ArgumentException($"The deployment on '{group}' has no batch.", nameof(batches));
        }

        return new DeploymentPlan(group, members.Count, minUp, list);
    }

    /// <summary>The plan, or the refusal <see cref="BelowQuorum"/> naming the first batch that takes the group Down (with the figures: up, members, minimum).</summary>
    /// <param name="plan">The plan.</param>
    /// <returns>The outcome.</returns>
    public static Outcome<DeploymentPlan> Check(DeploymentPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        DeploymentBatch? below = plan.Batches.FirstOrDefault(b => b.GroupState == ImpactState.Down);
        return below is null
            ? Outcome<DeploymentPlan>.Success(plan)
            : Outcome<DeploymentPlan>.Refused(new Refusal(
                BelowQuorum,
                $"Batch {below.Number} takes '{plan.Group}' below its quorum: {below.Up} of {plan.MemberCount} members up, at least {plan.MinUp} needed; the plan's expected outage is {plan.ExpectedOutage}.",
                new Dictionary<string, string>
                {
                    ["group"] = plan.Group.Value,
                    ["batch"] = below.Number.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    ["up"] = below.Up.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    ["members"] = plan.MemberCount.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    ["minimum"] = plan.MinUp.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    ["expectedOutage"] = plan.ExpectedOutage.ToString(),
                }));
    }

    private static IReadOnlyList<ConfigurationItemId> MembersOf(CmdbGraph graph, ConfigurationItemId group)
    {
        ConfigurationItemRecord? record = graph.Snapshot.Find(group);
        if (record?.Quorum is null)
        {
            throw new ArgumentException($"'{group}' is not a redundancy group of the graph.", nameof(group));
        }

        IReadOnlyList<ConfigurationItemId> members = graph.Snapshot.MembersOf(group);
        return members.Count == 0 ? throw new ArgumentException($"The group '{group}' has no members.", nameof(group)) : members;
    }
}
