using System;
using System.Collections.Generic;
using System.Linq;
using ItsmCore.Primitives;

namespace ItsmCore.Changes;

/// <summary>Which change classes a service's release freeze stops (default: feature only). Immutable.</summary>
public sealed record FreezePolicy
{
    /// <summary>Creates a policy stopping the given classes (distinct; may be empty: the freeze stops nothing).</summary>
    /// <param name="stopped">The classes stopped during a freeze.</param>
    /// <exception cref="ArgumentException">A class is given twice.</exception>
    public FreezePolicy(IEnumerable<ChangeClass> stopped)
    {
        ArgumentNullException.ThrowIfNull(stopped);
        ChangeClass[] list = stopped.ToArray();
        if (list.Distinct().Count() != list.Length)
        {
            throw new ArgumentException("A change class is given twice.", nameof(stopped));
        }

        Stopped = EquatableArray.From(list);
    }

    /// <summary>The default policy: a freeze stops feature changes; stability and fix go on.</summary>
    public static FreezePolicy Default { get; } = new(new[] { ChangeClass.Feature });

    /// <summary>The classes stopped.</summary>
    public EquatableArray<ChangeClass> Stopped { get; }

    /// <summary>Whether a change of the class is stopped by a freeze.</summary>
    /// <param name="changeClass">The class.</param>
    public bool Stops(ChangeClass changeClass)
    {
        ArgumentNullException.ThrowIfNull(changeClass);
        return Stopped.Contains(changeClass);
    }
}
