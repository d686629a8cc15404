namespace ItsmCore.Cmdb;

/// <summary>Which end of a relationship passes its state to the other in impact analysis.</summary>
public enum ImpactDirection
{
    /// <summary>Neither end impairs the other (documents, relevant to, member of: member of acts only through the group's quorum).</summary>
    None,

    /// <summary>The target impairs the source (depends on, runs on, hosted on, provided by).</summary>
    TargetImpairsSource,

    /// <summary>The source impairs the target (contains).</summary>
    SourceImpairsTarget,

    /// <summary>Each end impairs the other (coupled with).</summary>
    BothWays,
}
