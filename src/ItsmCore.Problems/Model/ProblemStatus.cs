namespace ItsmCore.Problems;

/// <summary>
/// Where a problem is in its lifecycle (see <see cref="Problem.Lifecycle"/> for the allowed transitions).
/// <see cref="Closed"/> and <see cref="Cancelled"/> are final: a problem in either can no longer be changed.
/// </summary>
public enum ProblemStatus
{
    /// <summary>Recorded, not yet investigated.</summary>
    New,

    /// <summary>The cause is being investigated (root-cause analysis).</summary>
    UnderInvestigation,

    /// <summary>A known error: the root cause is identified or a workaround is available (ISO/IEC 20000-1).</summary>
    KnownError,

    /// <summary>The cause was removed (e.g. by a change); waiting for confirmation before closure.</summary>
    Resolved,

    /// <summary>Final: the resolution was confirmed and the record closed.</summary>
    Closed,

    /// <summary>Final: the problem was withdrawn (a duplicate, not a problem) with a stated reason.</summary>
    Cancelled,
}
