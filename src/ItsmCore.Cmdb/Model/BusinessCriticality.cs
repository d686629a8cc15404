namespace ItsmCore.Cmdb;

/// <summary>How critical a configuration item is to the business (JSON: <c>unassigned</c>, <c>low</c>, <c>medium</c>, <c>high</c>, <c>critical</c>).</summary>
public enum BusinessCriticality
{
    /// <summary>Not assessed.</summary>
    Unassigned,

    /// <summary>Low.</summary>
    Low,

    /// <summary>Medium.</summary>
    Medium,

    /// <summary>High.</summary>
    High,

    /// <summary>Critical.</summary>
    Critical,
}
