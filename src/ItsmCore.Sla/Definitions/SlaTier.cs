namespace ItsmCore.Sla;

/// <summary>
/// The two tiers of an <see cref="SlaDefinition"/> for one priority: the internal objective and the contractual
/// agreement. ISO/IEC 20000-1 vocabulary: an SLO is an internal target, usually stricter than the SLA for the same
/// metric; an OLA with an internal group is also an objective from the customer's point of view.
/// </summary>
public enum SlaTier
{
    /// <summary>The internal target (SLO, or an OLA with an internal group).</summary>
    Objective,

    /// <summary>The contractual target agreed with the customer (SLA).</summary>
    Agreement,
}
