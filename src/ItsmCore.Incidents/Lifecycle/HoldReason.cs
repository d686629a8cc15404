namespace ItsmCore.Incidents;

/// <summary>Why an incident is on hold. Waiting for the customer or a supplier pauses its resolution clocks; waiting for a change does not.</summary>
public enum HoldReason
{
    /// <summary>Waiting for the customer (information, confirmation, access). Pauses resolution clocks.</summary>
    AwaitingCustomer,

    /// <summary>Waiting for an external supplier. Pauses resolution clocks.</summary>
    AwaitingSupplier,

    /// <summary>Waiting for a change to be implemented; the provider's own work, so clocks keep running.</summary>
    AwaitingChange,
}
