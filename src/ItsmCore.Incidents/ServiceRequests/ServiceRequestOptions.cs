namespace ItsmCore.ServiceRequests;

/// <summary>
/// What a host configures for service requests (with <c>services.AddItsmCoreServiceRequests(o => ...)</c> or by hand).
/// Mutable while configuring; <see cref="ServiceRequestRules.Create"/> checks it, reports every problem at once, and
/// freezes a copy.
/// </summary>
public sealed class ServiceRequestOptions
{
    /// <summary>
    /// The catalogue of request types. A request takes its type from here when it is submitted and records it (name,
    /// impact, fulfilment target, approvers, lead time) in its first event; a rebuild reads the type from the events, so
    /// editing, reordering or removing types later changes new requests only and never moves a recorded deadline.
    /// </summary>
    /// <value>The default value is <see cref="ServiceCatalog.Empty"/> (no request can be submitted).</value>
    public ServiceCatalog Catalog { get; set; } = ServiceCatalog.Empty;
}
