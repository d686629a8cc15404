namespace ItsmCore.ServiceRequests;

/// <summary>
/// How much a service request type may affect the service it is carried out on; a catalogue usually gives the two
/// classes different fulfilment targets (e.g. 1 business day for minor impact, 5 for service-impacting work).
/// </summary>
public enum ServiceImpact
{
    /// <summary>Minor impact on the service (account change, snapshot backup or restore, monitoring change, server start or stop, firewall rule).</summary>
    Minor,

    /// <summary>
    /// May impact the service (OS or middleware configuration, patches, upgrades, instance type or disk changes, quota
    /// raises, procedure changes, technical consultation).
    /// </summary>
    ServiceImpacting,
}
