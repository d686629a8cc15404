namespace ItsmCore.Changes;

/// <summary>How a go/no-go criterion compares the measured value with its threshold.</summary>
public enum GateComparison
{
    /// <summary>Met when measured &lt;= threshold.</summary>
    AtMost,

    /// <summary>Met when measured &gt;= threshold.</summary>
    AtLeast,

    /// <summary>Met when measured == threshold.</summary>
    EqualTo,
}
