using System;

namespace ItsmCore.Primitives;

/// <summary>
/// A command was refused because of the record's current content (not its lifecycle state): e.g. answering an
/// escalation that does not exist, completing a task twice. Names the record, the command and the
/// <see cref="Refusal"/> (a stable <see cref="Code"/>, the reason and the data that explains it); the record is
/// unchanged.
/// </summary>
public sealed class DomainRuleException : DomainException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="recordType">The kind of record.</param>
    /// <param name="recordId">The record's id.</param>
    /// <param name="attempted">The command attempted, e.g. <c>"assign the problem"</c>.</param>
    /// <param name="refusal">The coded refusal.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public DomainRuleException(string recordType, string recordId, string attempted, Refusal refusal)
        : base(recordType, recordId, $"{recordType} {recordId}: cannot {attempted}: {refusal?.Reason} [{refusal?.Code}]")
    {
        Attempted = attempted ?? throw new ArgumentNullException(nameof(attempted));
        Refusal = refusal ?? throw new ArgumentNullException(nameof(refusal));
    }

    /// <summary>The command attempted.</summary>
    public string Attempted { get; }

    /// <summary>The coded refusal: code, reason and data.</summary>
    public Refusal Refusal { get; }

    /// <summary>The stable code, <c>{Record}.{Field or Rule}.{Reason}</c> (the refusal's code).</summary>
    public string Code => Refusal.Code;

    /// <summary>Why it is refused (the refusal's reason).</summary>
    public string Reason => Refusal.Reason;
}
