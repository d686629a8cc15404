using System;
using ItsmCore.Primitives;

namespace ItsmCore.Cmdb;

/// <summary>
/// A relationship type: a name read from source to target ("app depends on db"), an inverse name read from target to
/// source ("db used by app") and an impact direction. The built-in types are the static members; hosts may add types
/// with any impact direction, never with member-of (quorum) semantics. Immutable.
/// </summary>
public sealed record RelationshipType
{
    /// <summary>The longest type or inverse name accepted.</summary>
    public const int MaxNameLength = 100;

    /// <summary>Defines a host relationship type.</summary>
    /// <param name="name">The name read from source to target; not blank, not padded, at most <see cref="MaxNameLength"/> characters.</param>
    /// <param name="inverse">The name read from target to source (may equal the name for symmetric types).</param>
    /// <param name="impact">The impact direction.</param>
    /// <exception cref="ArgumentException">A name is blank, padded or too long, or the direction is not defined.</exception>
    public RelationshipType(string name, string inverse, ImpactDirection impact)
        : this(name, inverse, impact, false)
    {
    }

    private RelationshipType(string name, string inverse, ImpactDirection impact, bool membership)
    {
        Name = TextGuard.Check(name, nameof(name), MaxNameLength);
        Inverse = TextGuard.Check(inverse, nameof(inverse), MaxNameLength);
        if (!Enum.IsDefined(impact))
        {
            throw new ArgumentException($"Unknown impact direction {(int)impact}.", nameof(impact));
        }

        Impact = impact;
        IsMembership = membership;
    }

    /// <summary>depends on / used by: the target impairs the source.</summary>
    public static RelationshipType DependsOn { get; } = new("depends on", "used by", ImpactDirection.TargetImpairsSource);

    /// <summary>runs on / runs: the target impairs the source.</summary>
    public static RelationshipType RunsOn { get; } = new("runs on", "runs", ImpactDirection.TargetImpairsSource);

    /// <summary>hosted on / hosts: the target impairs the source.</summary>
    public static RelationshipType HostedOn { get; } = new("hosted on", "hosts", ImpactDirection.TargetImpairsSource);

    /// <summary>provided by / provides: the target impairs the source.</summary>
    public static RelationshipType ProvidedBy { get; } = new("provided by", "provides", ImpactDirection.TargetImpairsSource);

    /// <summary>contains / contained by: the source impairs the target.</summary>
    public static RelationshipType Contains { get; } = new("contains", "contained by", ImpactDirection.SourceImpairsTarget);

    /// <summary>coupled with / coupled with: each end impairs the other.</summary>
    public static RelationshipType CoupledWith { get; } = new("coupled with", "coupled with", ImpactDirection.BothWays);

    /// <summary>member of / has member: from a member to its redundancy group; acts only through the group's quorum.</summary>
    public static RelationshipType MemberOf { get; } = new("member of", "has member", ImpactDirection.None, true);

    /// <summary>documents / documented by: no impact.</summary>
    public static RelationshipType Documents { get; } = new("documents", "documented by", ImpactDirection.None);

    /// <summary>relevant to / relevant to: no impact.</summary>
    public static RelationshipType RelevantTo { get; } = new("relevant to", "relevant to", ImpactDirection.None);

    /// <summary>The name read from source to target.</summary>
    public string Name { get; }

    /// <summary>The name read from target to source.</summary>
    public string Inverse { get; }

    /// <summary>The impact direction.</summary>
    public ImpactDirection Impact { get; }

    /// <summary>Whether this is the built-in member-of type (the only type with quorum semantics).</summary>
    public bool IsMembership { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Name} / {Inverse}";
}
