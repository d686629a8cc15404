namespace ItsmCore.Incidents;

/// <summary>The two escalations ISO/IEC 20000-1 and ITIL name.</summary>
public enum EscalationKind
{
    /// <summary>To a group with more expertise (second line, a supplier); the incident is reassigned to it.</summary>
    Functional,

    /// <summary>Up the management line (a manager, the incident manager); the assignment stays.</summary>
    Hierarchical,
}
