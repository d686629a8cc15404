using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Cmdb;

/// <summary>A baseline: the configuration formally designated by name as it stood at <see cref="ValidAt"/>, as known at <see cref="KnownAt"/>.</summary>
public sealed record Baseline
{
    /// <summary>The longest name accepted.</summary>
    public const int MaxNameLength = 200;

    /// <summary>Names a baseline.</summary>
    /// <param name="name">Its name; not blank, not padded.</param>
    /// <param name="validAt">The valid-time instant.</param>
    /// <param name="knownAt">The recorded-time instant.</param>
    public Baseline(string name, Instant validAt, Instant knownAt)
    {
        Name = TextGuard.Check(name, nameof(name), MaxNameLength);
        ValidAt = validAt;
        KnownAt = knownAt;
    }

    /// <summary>Its name.</summary>
    public string Name { get; }

    /// <summary>The valid-time instant.</summary>
    public Instant ValidAt { get; }

    /// <summary>The recorded-time instant.</summary>
    public Instant KnownAt { get; }
}
