namespace ItsmCore.Alerts;

/// <summary>One alert a candidate rule set decides differently (<see cref="TriageReplay"/>): the rule or its outcome differs.</summary>
/// <param name="Before">The decision of the rules in force.</param>
/// <param name="After">The decision of the candidate rules.</param>
public sealed record TriageChange(TriageDecision Before, TriageDecision After)
{
    /// <summary>The alert.</summary>
    public Alert Alert => Before.Alert;
}
