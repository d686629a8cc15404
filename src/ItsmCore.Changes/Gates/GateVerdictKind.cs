namespace ItsmCore.Changes;

/// <summary>A go/no-go criterion's verdict.</summary>
public enum GateVerdictKind
{
    /// <summary>The measured value meets the threshold.</summary>
    Met,

    /// <summary>The measured value misses the threshold.</summary>
    NotMet,

    /// <summary>No value was measured; counts as a no-go.</summary>
    NotMeasured,
}
