using System.Collections.Generic;
using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Cmdb;

/// <summary>
/// What every configuration item command may say besides its own fields: why (<see cref="Cause"/>, e.g. the change
/// request id, journaled as the reason) and the valid interval of the facts it states (<see cref="ValidFrom"/>, default
/// the command's instant; <see cref="ValidTo"/>, default open). Immutable.
/// </summary>
public abstract record ConfigurationItemCommand
{
    /// <summary>Creates the common part; only this package derives.</summary>
    private protected ConfigurationItemCommand()
    {
    }

    /// <summary>Why (e.g. a change request id); null when none.</summary>
    public string? Cause { get; init; }

    /// <summary>Start of the valid interval; null means the command's instant.</summary>
    public Instant? ValidFrom { get; init; }

    /// <summary>End (exclusive) of the valid interval; null means open.</summary>
    public Instant? ValidTo { get; init; }
}
