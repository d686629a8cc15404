namespace ItsmCore.Sla;

/// <summary>How an <see cref="AvailabilityBlock"/> gets its availability.</summary>
public enum AvailabilityBlockKind
{
    /// <summary>A single component with a given availability.</summary>
    Component = 0,

    /// <summary>Parts that must all be up (a chain): the product of their availabilities.</summary>
    Serial = 1,

    /// <summary>Redundant parts of which one suffices: one minus the product of their unavailabilities.</summary>
    Parallel = 2,
}
