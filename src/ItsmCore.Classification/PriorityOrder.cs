namespace ItsmCore.Classification;

/// <summary>Which end of a numbered priority scale is the most urgent. Tools disagree; ItsmCore makes it explicit.</summary>
public enum PriorityOrder
{
    /// <summary>Level 1 is the most urgent (ITIL's P1 = critical).</summary>
    OneIsMostUrgent,

    /// <summary>The highest level is the most urgent (e.g. 5 = critical).</summary>
    OneIsLeastUrgent,
}
