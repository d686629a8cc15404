using System;

namespace ItsmCore.Primitives;

/// <summary>
/// A lifecycle transition was refused: the record, its current state, the transition attempted and why not. The
/// record is unchanged.
/// </summary>
public sealed class InvalidTransitionException : DomainException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="recordType">The kind of record.</param>
    /// <param name="recordId">The record's id.</param>
    /// <param name="state">The state the record is in.</param>
    /// <param name="attempted">The transition (trigger) attempted.</param>
    /// <param name="reason">Why it is refused.</param>
    public InvalidTransitionException(string recordType, string recordId, string state, string attempted, string reason)
        : base(recordType, recordId, $"{recordType} {recordId}: cannot {attempted} while {state}: {reason}")
    {
        State = state ?? throw new ArgumentNullException(nameof(state));
        Attempted = attempted ?? throw new ArgumentNullException(nameof(attempted));
        Reason = reason ?? throw new ArgumentNullException(nameof(reason));
    }

    /// <summary>The state the record is in.</summary>
    public string State { get; }

    /// <summary>The transition (trigger) attempted.</summary>
    public string Attempted { get; }

    /// <summary>Why it is refused.</summary>
    public string Reason { get; }
}
