namespace ItsmCore.Incidents;

/// <summary>The party on the other side of a stakeholder communication.</summary>
public enum StakeholderAudience
{
    /// <summary>The customer or its users. An outbound message counts as customer notification and as an interim update.</summary>
    Customer,

    /// <summary>Internal teams (sales, support, operations).</summary>
    Internal,

    /// <summary>Management and the incident manager's line.</summary>
    Management,

    /// <summary>An external supplier.</summary>
    Supplier,
}
