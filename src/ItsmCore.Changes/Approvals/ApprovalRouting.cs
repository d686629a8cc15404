using System;
using System.Collections.Generic;
using System.Linq;
using ItsmCore.Primitives;

namespace ItsmCore.Changes;

/// <summary>
/// Which approval policy a change takes, by type and risk: the route of the change's type with the highest minimum risk
/// at or below the change's risk. So the risk picks the route (e.g. normal and low risk: the change manager; normal and
/// high risk: technical review, then the CAB). Immutable and thread-safe.
/// </summary>
public sealed class ApprovalRouting
{
    /// <summary>The refusal code when no route applies to a type and risk.</summary>
    public const string NoRouteCode = "Change.Approval.NoRoute";

    private readonly ApprovalRoute[] routes;

    /// <summary>Creates the routing.</summary>
    /// <param name="scale">The risk scale every route's minimum belongs to.</param>
    /// <param name="routes">The routes; at most one per type and minimum risk.</param>
    /// <exception cref="ArgumentNullException">An argument or a route is null.</exception>
    /// <exception cref="ArgumentException">A minimum risk not on the scale, or two routes with the same type and minimum risk.</exception>
    public ApprovalRouting(RiskScale scale, IEnumerable<ApprovalRoute> routes)
    {
        Scale = scale ?? throw new ArgumentNullException(nameof(scale));
        ArgumentNullException.ThrowIfNull(routes);
        this.routes = [.. routes.OrderBy(r => r?.Type).ThenBy(r => r?.MinimumRisk.Rank)];
        foreach (ApprovalRoute route in this.routes)
        {
            ArgumentNullException.ThrowIfNull(route, nameof(routes));
            if (!scale.Contains(route.MinimumRisk))
            {
                throw new ArgumentException($"The risk level {route.MinimumRisk} is not on the scale {scale}.", nameof(routes));
            }
        }

        if (this.routes.GroupBy(r => (r.Type, r.MinimumRisk.Rank)).Any(g => g.Count() > 1))
        {
            throw new ArgumentException("Two routes have the same change type and minimum risk.", nameof(routes));
        }
    }

    /// <summary>The risk scale.</summary>
    public RiskScale Scale { get; }

    /// <summary>The routes, by type and minimum risk.</summary>
    public IReadOnlyList<ApprovalRoute> Routes => routes;

    /// <summary>The policy for a change of <paramref name="type"/> at <paramref name="risk"/>.</summary>
    /// <param name="type">The change type.</param>
    /// <param name="risk">The change's risk level (on <see cref="Scale"/>).</param>
    /// <returns>The policy, or a refusal <see cref="NoRouteCode"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="risk"/> is not on the scale.</exception>
    public Outcome<ApprovalPolicy> PolicyFor(ChangeType type, RiskLevel risk)
    {
        if (!Scale.Contains(risk))
        {
            throw new ArgumentException($"The risk level {risk} is not on the scale {Scale}.", nameof(risk));
        }

        ApprovalRoute? route = routes.LastOrDefault(r => r.Type == type && r.MinimumRisk <= risk);
        return route is not null
            ? Outcome<ApprovalPolicy>.Success(route.Policy)
            : Outcome<ApprovalPolicy>.Refused(new Refusal(NoRouteCode, $"No approval route for a {type} change at risk {risk.Name}.", [new("type", type.ToString()), new("risk", risk.Name)]));
    }
}
