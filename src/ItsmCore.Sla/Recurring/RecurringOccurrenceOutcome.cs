namespace ItsmCore.Sla;

/// <summary>The state of one occurrence of a <see cref="RecurringObligation"/> at the evaluation instant.</summary>
public enum RecurringOccurrenceOutcome
{
    /// <summary>
    /// Not yet met and not yet missed: no report in the occurrence's window so far, and its due instant is at or
    /// after the evaluation instant (a report made exactly at the due instant still meets it).
    /// </summary>
    Pending = 0,

    /// <summary>A report lies in the occurrence's window (after its anchor, at or before its due instant).</summary>
    Met = 1,

    /// <summary>The due instant is strictly before the evaluation instant and no report lies in the occurrence's window.</summary>
    Missed = 2,
}
