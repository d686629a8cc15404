using System.Collections.Generic;
using ItsmCore.Primitives;

namespace ItsmCore.Cmdb;

/// <summary>A CI upstream of impaired CIs (or one of them), with the impaired CIs it could explain (those it can reach along impairing relationships and quorums).</summary>
/// <param name="Id">The candidate.</param>
/// <param name="Explains">How many of the impaired CIs it could explain.</param>
/// <param name="Explained">Those CIs, in id order.</param>
public sealed record RootCauseCandidate(ConfigurationItemId Id, int Explains, IReadOnlyList<ConfigurationItemId> Explained);
