using System.Collections.Generic;
using ItsmCore.Primitives;

namespace ItsmCore.Cmdb;

/// <summary>
/// The planned impact of taking CIs out of service (each counts as Down): the impact, and every business service
/// sorted into staying up, degraded or down. The answer a change schedule needs for rolling deployments.
/// </summary>
public sealed class PlannedOutage
{
    internal PlannedOutage(
        IReadOnlyList<ConfigurationItemId> outOfService,
        ImpactResult impact,
        IReadOnlyList<ConfigurationItemId> servicesUp,
        IReadOnlyList<ConfigurationItemId> servicesDegraded,
        IReadOnlyList<ConfigurationItemId> servicesDown)
    {
        OutOfService = outOfService;
        Impact = impact;
        ServicesUp = servicesUp;
        ServicesDegraded = servicesDegraded;
        ServicesDown = servicesDown;
    }

    /// <summary>The CIs taken out, as given (distinct, id order).</summary>
    public IReadOnlyList<ConfigurationItemId> OutOfService { get; }

    /// <summary>The impact of taking them out.</summary>
    public ImpactResult Impact { get; }

    /// <summary>Business services that stay up, in id order.</summary>
    public IReadOnlyList<ConfigurationItemId> ServicesUp { get; }

    /// <summary>Business services that stay available with reduced redundancy or quality, in id order.</summary>
    public IReadOnlyList<ConfigurationItemId> ServicesDegraded { get; }

    /// <summary>Business services that go down, in id order.</summary>
    public IReadOnlyList<ConfigurationItemId> ServicesDown { get; }

    /// <summary>Whether no business service goes down.</summary>
    public bool NoServiceDown => ServicesDown.Count == 0;
}
