using ItsmCore.Cmdb;
using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Changes;

/// <summary>
/// One batch of a <see cref="DeploymentPlan"/>: the members taken out of service together, when, and what that does
/// to the group and the business services (the batch's planned impact, DESIGN "CMDB semantics"). Immutable.
/// </summary>
/// <param name="Number">The batch's number, from 1, in the order the batches run.</param>
/// <param name="Members">The members taken out (Down) during the batch, in the order given.</param>
/// <param name="Window">The batch's window [start, end).</param>
/// <param name="Up">The group's members not Down during the batch.</param>
/// <param name="GroupState">The group's state during the batch: Down when fewer than its quorum are up.</param>
/// <param name="ServicesDown">The business services Down during the batch, in id order.</param>
public sealed record DeploymentBatch(
    int Number,
    EquatableArray<ConfigurationItemId> Members,
    Interval Window,
    int Up,
    ImpactState GroupState,
    EquatableArray<ConfigurationItemId> ServicesDown);
