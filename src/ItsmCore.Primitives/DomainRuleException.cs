using System;

namespace ItsmCore.Primitives;

/// <summary>
/// A command was refused because of the record's current content (not its lifecycle state): e.g. answering an
/// escalation that does not exist, completing a task twice. Names the record, the command and the reason; the record
/// is unchanged.
/// </summary>
public sealed class DomainRuleException : DomainException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="recordType">The kind of record.</param>
    /// <param name="recordId">The record's id.</param>
    /// <param name="attempted">The command attempted.</param>
    /// <param name="reason">Why it is refused.</param>
    public DomainRuleException(string recordType, string recordId, string attempted, string reason)
        : base(recordType, recordId, $"{recordType} {recordId}: cannot {attempted}: {reason}")
    {
        Attempted = attempted ?? throw new ArgumentNullException(nameof(attempted));
        Reason = reason ?? throw new ArgumentNullException(nameof(reason));
    }

    /// <summary>The command attempted.</summary>
    public string Attempted { get; }

    /// <summary>Why it is refused.</summary>
    public string Reason { get; }
}
