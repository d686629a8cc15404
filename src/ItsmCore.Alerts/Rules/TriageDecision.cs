namespace ItsmCore.Alerts;

/// <summary>
/// What triage decided for one alert, and by which rule: the rule set's id and version, the rule (with its id and
/// version) and its position, and the outcome. When no rule matched, <see cref="Rule"/> and <see cref="Outcome"/> are
/// null: the alert goes to manual triage and does not count as classified automatically. Immutable value.
/// </summary>
/// <param name="Alert">The alert.</param>
/// <param name="RuleSetId">The rule set's id.</param>
/// <param name="RuleSetVersion">The rule set's version.</param>
/// <param name="Rule">The first rule that matched; null when none.</param>
/// <param name="RuleIndex">Its position in the rule set; -1 when none.</param>
public sealed record TriageDecision(Alert Alert, string RuleSetId, int RuleSetVersion, TriageRule? Rule, int RuleIndex)
{
    /// <summary>The outcome of <see cref="Rule"/>; null when no rule matched.</summary>
    public TriageOutcome? Outcome => Rule?.Outcome;

    /// <summary>Whether a stored rule decided (the alert was classified automatically).</summary>
    public bool IsClassifiedAutomatically => Rule is not null;

    /// <summary>The deciding rule's id; null when none.</summary>
    public string? RuleId => Rule?.Id;

    /// <summary>The deciding rule's version; null when none.</summary>
    public int? RuleVersion => Rule?.Version;

    /// <inheritdoc />
    public override string ToString() =>
        Rule is null
            ? $"{Alert.Id}: no rule of '{RuleSetId}' v{RuleSetVersion} matched (manual triage)"
            : $"{Alert.Id}: rule {Rule.Id} v{Rule.Version} of '{RuleSetId}' v{RuleSetVersion} -> {Rule.Outcome}";
}
