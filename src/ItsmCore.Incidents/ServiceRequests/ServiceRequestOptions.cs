namespace ItsmCore.ServiceRequests;

/// <summary>
/// What a host configures for service requests (with <c>services.AddItsmCoreServiceRequests(o => ...)</c> or by hand).
/// Mutable while configuring; <see cref="ServiceRequestRules.Create"/> checks it, reports every problem at once, and
/// freezes a copy.
/// </summary>
public sealed class ServiceRequestOptions
{
    /// <summary>
    /// The catalogue of request types. A request's fulfilment target and approvers are taken from its type when they are
    /// applied and written into the event that applied them, so editing the catalogue later does not move a recorded
    /// deadline. Keep retired types in it: a request is rebuilt with its type looked up here by id.
    /// </summary>
    /// <value>The default value is <see cref="ServiceCatalog.Empty"/> (no request can be submitted).</value>
    public ServiceCatalog Catalog { get; set; } = ServiceCatalog.Empty;
}
