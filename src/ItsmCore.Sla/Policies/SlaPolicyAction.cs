namespace ItsmCore.Sla;

/// <summary>
/// Why an <see cref="SlaPolicyEvaluator{TTicket}"/> issued a clock command (<see cref="SlaPolicyCommand.Action"/>).
/// Several clock events can share one action (a reset cancels the cycle and starts the next one).
/// </summary>
public enum SlaPolicyAction
{
    /// <summary>The start condition held for the first time: the clock started (a <see cref="SlaClockEventKind.Started"/> event).</summary>
    Start,

    /// <summary>A pause rule matched while the clock ran (<see cref="SlaClockEventKind.Paused"/>).</summary>
    Pause,

    /// <summary>No pause rule matches any more (<see cref="SlaClockEventKind.Resumed"/>).</summary>
    Resume,

    /// <summary>
    /// Still paused, for another reason (awaiting customer, then awaiting supplier): a <see cref="SlaClockEventKind.Resumed"/>
    /// and a <see cref="SlaClockEventKind.Paused"/> event at the same instant, so that no working time is counted.
    /// </summary>
    ChangePauseReason,

    /// <summary>The target selected for the snapshot differs from the clock's (<see cref="SlaClockEventKind.TargetChanged"/>).</summary>
    ChangeTarget,

    /// <summary>The stop condition holds (<see cref="SlaClockEventKind.Stopped"/>).</summary>
    Stop,

    /// <summary>A cancel rule matched (<see cref="SlaClockEventKind.Cancelled"/>).</summary>
    Cancel,

    /// <summary>
    /// A reset rule matched: the open cycle is cancelled with the rule's reason (<see cref="SlaClockEventKind.Cancelled"/>) and,
    /// when the start condition holds, a new cycle starts at the same instant (<see cref="SlaClockEventKind.Started"/>).
    /// </summary>
    Reset,

    /// <summary>
    /// After a stop or a cancel, neither the stop condition nor a cancel rule holds any more and the start condition does:
    /// a new cycle starts (<see cref="SlaClockEventKind.Started"/>).
    /// </summary>
    Reopen,
}
