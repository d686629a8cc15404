namespace ItsmCore.Sla;

/// <summary>The kinds of event in an SLA clock's log.</summary>
public enum SlaClockEventKind
{
    /// <summary>A cycle started (the first start, or a reopening after a stop or cancel).</summary>
    Started,

    /// <summary>The running clock was paused, with an optional reason.</summary>
    Paused,

    /// <summary>The paused clock resumed.</summary>
    Resumed,

    /// <summary>The clock stopped: the cycle is over and met or breached.</summary>
    Stopped,

    /// <summary>The cycle was cancelled, with an optional reason.</summary>
    Cancelled,

    /// <summary>The target changed under a <see cref="SlaTargetChangePolicy"/>.</summary>
    TargetChanged,
}
