using System;
using System.Collections.Generic;
using System.Linq;
using ItsmCore.Cmdb;
using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Changes;

/// <summary>
/// A deployment over the members of a redundancy group: batches of members taken out of service one after another,
/// each for the same step, from a start (<see cref="RollingDeployment"/> makes plans). The expected outage is the time
/// the group is Down: zero for a rolling plan that keeps the quorum, the whole window when every member goes at once.
/// Immutable and thread-safe.
/// </summary>
public sealed class DeploymentPlan
{
    internal DeploymentPlan(ConfigurationItemId group, int members, int minUp, IReadOnlyList<DeploymentBatch> batches)
    {
        Group = group;
        MemberCount = members;
        MinUp = minUp;
        Batches = batches;
        Window = new Interval(batches[0].Window.Start, batches[^1].Window.End);
        ExpectedOutage = Duration.FromNanoseconds(batches.Where(b => b.GroupState == ImpactState.Down).Sum(b => b.Window.Duration.ToInt64Nanoseconds()));
    }

    /// <summary>The redundancy group deployed to.</summary>
    public ConfigurationItemId Group { get; }

    /// <summary>The group's member count in the graph the plan was made on.</summary>
    public int MemberCount { get; }

    /// <summary>The group's quorum (members that must stay up) in that graph.</summary>
    public int MinUp { get; }

    /// <summary>The batches, in the order they run.</summary>
    public IReadOnlyList<DeploymentBatch> Batches { get; }

    /// <summary>From the first batch's start to the last batch's end.</summary>
    public Interval Window { get; }

    /// <summary>The time the group is Down: the sum of the windows of the batches that take it below its quorum.</summary>
    public Duration ExpectedOutage { get; }

    /// <summary>Whether every batch keeps the group's quorum.</summary>
    public bool KeepsQuorum => Batches.All(b => b.GroupState != ImpactState.Down);

    /// <summary>
    /// The batches as scheduled changes, one each, with ids <c>{id}-1</c>, <c>{id}-2</c>... and as expected outage
    /// the batch's window when it takes the group Down, else none: the change schedule then checks them like any
    /// other changes (batches one after another share no instant, so they make no combined outage together).
    /// </summary>
    /// <param name="id">The change the deployment belongs to.</param>
    /// <param name="changeClass">The class; null counts as feature.</param>
    /// <param name="implementers">The implementer ids; null for unassigned.</param>
    /// <returns>The scheduled changes, in batch order.</returns>
    public IReadOnlyList<ScheduledChange> ToScheduledChanges(ChangeId id, ChangeClass? changeClass = null, IEnumerable<string>? implementers = null)
    {
        if (string.IsNullOrEmpty(id.Value))
        {
            throw new ArgumentException("The change id is empty.", nameof(id));
        }

        string[] people = implementers?.ToArray() ?? [];
        return Batches.Select(b => new ScheduledChange(
            new ChangeId($"{id.Value}-{b.Number}"),
            changeClass,
            b.Members,
            b.Window.Start,
            b.Window.End,
            b.GroupState == ImpactState.Down ? b.Window.Duration : Duration.Zero,
            people)).ToArray();
    }
}
