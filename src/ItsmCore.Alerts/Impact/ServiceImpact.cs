using System;
using System.Collections.Generic;
using System.Linq;
using ItsmCore.Cmdb;
using ItsmCore.Primitives;

namespace ItsmCore.Alerts;

/// <summary>
/// The service impact of an alert's CI failing, decided by the CMDB: the CI is taken Down in
/// <see cref="CmdbGraph.Impact(ConfigurationItemId)"/>. A business service that ends Down makes the failure
/// <see cref="ServiceImpactKind.ServiceAffecting"/> (a lost quorum or a non-redundant dependency); when services are
/// only Degraded, redundancy groups kept their quorum and the failure is
/// <see cref="ServiceImpactKind.AbsorbedByRedundancy"/>, "not service affecting", with the groups and the chains as the
/// explanation. (A Down input can only make a service Degraded through a quorum step, so Degraded means absorbed.)
/// Immutable and thread-safe.
/// </summary>
public sealed class ServiceImpact
{
    private ServiceImpact(ConfigurationItemId? item, ServiceImpactKind kind, IReadOnlyList<AffectedService> services, IReadOnlyList<RedundancyAbsorption> absorptions)
    {
        ConfigurationItem = item;
        Kind = kind;
        Services = services;
        Absorptions = absorptions;
    }

    /// <summary>The failed CI; null when the alert names none.</summary>
    public ConfigurationItemId? ConfigurationItem { get; }

    /// <summary>The verdict.</summary>
    public ServiceImpactKind Kind { get; }

    /// <summary>Whether the failure affects a service (<see cref="ServiceImpactKind.ServiceAffecting"/>).</summary>
    public bool IsServiceAffecting => Kind == ServiceImpactKind.ServiceAffecting;

    /// <summary>The impaired business services, Down ones first, each in id order, with their explanations.</summary>
    public IReadOnlyList<AffectedService> Services { get; }

    /// <summary>The business services that are Down: each gets an incident when the rule opens one.</summary>
    public IReadOnlyList<ServiceId> ServicesDown => Services.Where(s => s.State == ImpactState.Down).Select(s => s.Service).ToArray();

    /// <summary>The redundancy groups that kept their quorum on the way to a degraded service (the failover), in id order.</summary>
    public IReadOnlyList<RedundancyAbsorption> Absorptions { get; }

    /// <summary>The impact of an alert that cannot be placed in the CMDB.</summary>
    /// <param name="item">The CI named by the alert, or null.</param>
    /// <returns>An <see cref="ServiceImpactKind.Unknown"/> impact.</returns>
    public static ServiceImpact Unknown(ConfigurationItemId? item) => new(item, ServiceImpactKind.Unknown, Array.Empty<AffectedService>(), Array.Empty<RedundancyAbsorption>());

    /// <summary>Assesses the failure of <paramref name="item"/> on <paramref name="graph"/>.</summary>
    /// <param name="graph">The CMDB graph (normally compiled from the snapshot as of the alert's instant).</param>
    /// <param name="item">The failed CI; null or unknown to the graph gives <see cref="ServiceImpactKind.Unknown"/>.</param>
    /// <returns>The impact.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is null.</exception>
    public static ServiceImpact Assess(CmdbGraph graph, ConfigurationItemId? item)
    {
        ArgumentNullException.ThrowIfNull(graph);
        if (item is not { } ci || !graph.Contains(ci))
        {
            return Unknown(item);
        }

        ImpactResult impact = graph.Impact(ci);
        var services = new List<AffectedService>();
        foreach (ImpactedItem impaired in impact)
        {
            if (impaired.IsBusinessService)
            {
                services.Add(new AffectedService(new ServiceId(impaired.Id.Value), impaired.State, impact.Explain(impaired.Id)!));
            }
        }

        services.Sort((a, b) => a.State != b.State ? b.State.CompareTo(a.State) : string.CompareOrdinal(a.Service.Value, b.Service.Value));
        var absorptions = services
            .Where(s => s.State == ImpactState.Degraded)
            .SelectMany(s => s.Explanation.Steps)
            .Where(step => step.Kind == ExplanationStepKind.Quorum && step.State == ImpactState.Degraded)
            .Select(step => new RedundancyAbsorption(step.To, step.Up, step.Members, step.MinUp))
            .Distinct()
            .OrderBy(a => a.Group.Value, StringComparer.Ordinal)
            .ToArray();
        ServiceImpactKind kind = services.Count == 0 ? ServiceImpactKind.NoServiceImpaired
            : services[0].State == ImpactState.Down ? ServiceImpactKind.ServiceAffecting
            : ServiceImpactKind.AbsorbedByRedundancy;
        return new ServiceImpact(ci, kind, services, absorptions);
    }

    /// <summary>The verdict and its explanation, e.g. <c>not service affecting: pool kept its quorum (1 of 2 up, minimum 1); sales degraded: ...</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Kind switch
    {
        ServiceImpactKind.ServiceAffecting => "service affecting: " + string.Join("; ", Services),
        ServiceImpactKind.AbsorbedByRedundancy => "not service affecting: " + string.Join("; ", Absorptions) + "; " + string.Join("; ", Services),
        ServiceImpactKind.NoServiceImpaired => "not service affecting: no business service depends on " + ConfigurationItem!.Value.Value,
        _ => "service impact unknown: " + (ConfigurationItem is { } c ? c.Value + " is not in the CMDB" : "the alert names no CI"),
    };
}
