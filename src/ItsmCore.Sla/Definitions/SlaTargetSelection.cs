namespace ItsmCore.Sla;

/// <summary>
/// The targets <see cref="SlaTargetRules.Select"/> chose for a ticket, with the rule that chose them (record
/// <see cref="Rule"/>'s name with the measurement). Start the clocks with
/// <c>TieredSlaClock.Start(definition, selection.Priority, at, calendars, selection.CalendarOverride)</c>.
/// Immutable and thread-safe.
/// </summary>
public sealed record SlaTargetSelection
{
    internal SlaTargetSelection(SlaTargetRule rule, int ruleIndex, SlaPriorityTargets targets)
    {
        Rule = rule;
        RuleIndex = ruleIndex;
        Targets = targets;
    }

    /// <summary>The first rule that matched.</summary>
    public SlaTargetRule Rule { get; }

    /// <summary>The rule's position in <see cref="SlaTargetRules.Rules"/> (0 for the first).</summary>
    public int RuleIndex { get; }

    /// <summary>The definition's priority key the rule chose.</summary>
    public string Priority => Rule.Priority;

    /// <summary>The calendar the targets are measured on instead of their own (the rule's); null for their own.</summary>
    public string? CalendarOverride => Rule.CalendarId;

    /// <summary>The chosen targets, already on <see cref="CalendarOverride"/> when the rule names a calendar.</summary>
    public SlaPriorityTargets Targets { get; }
}
