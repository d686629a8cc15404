namespace ItsmCore.Alerts;

/// <summary>
/// How severe a monitoring alert says the failure is, ordered from <see cref="Information"/> (lowest) to
/// <see cref="Critical"/> (highest); a rule condition can ask for a severity at least some level.
/// </summary>
public enum AlertSeverity
{
    /// <summary>Informational: nothing failed (a recovery, a test alert).</summary>
    Information = 0,

    /// <summary>A threshold warning.</summary>
    Warning = 1,

    /// <summary>A minor failure.</summary>
    Minor = 2,

    /// <summary>A major failure.</summary>
    Major = 3,

    /// <summary>A critical failure.</summary>
    Critical = 4,
}
