namespace ItsmCore.Incidents;

/// <summary>What an incident is linked to.</summary>
public enum IncidentLinkKind
{
    /// <summary>The problem record of its cause (<see cref="ItsmCore.Primitives.ProblemId"/>).</summary>
    Problem,

    /// <summary>A change that caused or fixes it (<see cref="ItsmCore.Primitives.ChangeId"/>).</summary>
    Change,

    /// <summary>The major incident it is part of (<see cref="ItsmCore.Primitives.IncidentId"/>); at most one.</summary>
    ParentMajorIncident,

    /// <summary>Another incident with the same symptoms or cause (<see cref="ItsmCore.Primitives.IncidentId"/>).</summary>
    RelatedIncident,
}
