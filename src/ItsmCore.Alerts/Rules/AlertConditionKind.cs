namespace ItsmCore.Alerts;

/// <summary>What an <see cref="AlertCondition"/> tests.</summary>
public enum AlertConditionKind
{
    /// <summary>A text field equals a value (ordinal). The rule index is built on these.</summary>
    Is = 0,

    /// <summary>A text field starts with a value (ordinal).</summary>
    StartsWith = 1,

    /// <summary>The alert's CI is of a class, or of a class that inherits from it (the CMDB's class catalogue).</summary>
    ClassIs = 2,

    /// <summary>The alert's severity is at least a level.</summary>
    SeverityAtLeast = 3,

    /// <summary>The alert's message matches a regular expression (.NET syntax, run without backtracking).</summary>
    MessageMatches = 4,
}
