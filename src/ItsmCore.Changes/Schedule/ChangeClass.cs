using System;
using ItsmCore.Primitives;

namespace ItsmCore.Changes;

/// <summary>
/// The class of a scheduled change: built-in feature, stability and fix, or a host-defined name (ordinal comparison).
/// An unclassified change counts as <see cref="Feature"/>. Immutable and thread-safe.
/// </summary>
public sealed record ChangeClass
{
    /// <summary>A change that adds or alters behaviour; stopped by a release freeze unless the policy says otherwise.</summary>
    public static ChangeClass Feature { get; } = new("feature");

    /// <summary>A change that improves reliability; goes on during a default release freeze.</summary>
    public static ChangeClass Stability { get; } = new("stability");

    /// <summary>A change that repairs a fault; goes on during a default release freeze.</summary>
    public static ChangeClass Fix { get; } = new("fix");

    /// <summary>Creates a class with the given name (not blank, not padded, at most 200 characters).</summary>
    /// <param name="name">The class name.</param>
    public ChangeClass(string name)
    {
        TextGuard.Check(name, nameof(name), Ids.MaxLength);
        Name = name;
    }

    /// <summary>The class name.</summary>
    public string Name { get; }

    /// <inheritdoc />
    public bool Equals(ChangeClass? other) => other is not null && string.Equals(Name, other.Name, StringComparison.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Name);

    /// <inheritdoc />
    public override string ToString() => Name;
}
