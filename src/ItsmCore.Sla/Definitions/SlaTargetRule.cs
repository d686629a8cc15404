using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace ItsmCore.Sla;

/// <summary>
/// One rule of <see cref="SlaTargetRules"/>: when every condition holds (no conditions: always), the ticket gets the
/// targets of <see cref="Priority"/> in the definition, measured on <see cref="CalendarId"/> when the rule names one
/// ("urgent requests 24x7"). Immutable and thread-safe; equal values compare equal.
/// </summary>
public sealed record SlaTargetRule
{
    private readonly ImmutableArray<SlaCondition> conditions;

    internal SlaTargetRule(string name, string priority, string? calendarId, ImmutableArray<SlaCondition> conditions)
    {
        Name = name;
        Priority = priority;
        CalendarId = calendarId;
        this.conditions = conditions;
    }

    /// <summary>The rule's name, unique in its rules (recorded with the targets it chose).</summary>
    public string Name { get; }

    /// <summary>The definition's priority key whose targets the rule chooses.</summary>
    public string Priority { get; }

    /// <summary>The calendar the chosen targets are measured on instead of their own; null to keep theirs.</summary>
    public string? CalendarId { get; }

    /// <summary>The conditions, all of which must hold; empty for a rule that always matches.</summary>
    public IReadOnlyList<SlaCondition> Conditions => conditions;

    /// <inheritdoc />
    public bool Equals(SlaTargetRule? other) =>
        other is not null
        && string.Equals(Name, other.Name, StringComparison.Ordinal)
        && string.Equals(Priority, other.Priority, StringComparison.Ordinal)
        && string.Equals(CalendarId, other.CalendarId, StringComparison.Ordinal)
        && conditions.SequenceEqual(other.conditions);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, Priority, CalendarId, conditions.Length);

    /// <summary>A readable form, e.g. <c>'urgent requests': urgent = true -> 'minor-impact' on 24x7</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"'{Name}': {(conditions.IsEmpty ? "always" : string.Join(" and ", conditions))} -> '{Priority}'{(CalendarId is null ? "" : $" on {CalendarId}")}";

    internal bool Matches(SlaTicketAttributes attributes)
    {
        foreach (SlaCondition condition in conditions)
        {
            if (!condition.Holds(attributes))
            {
                return false;
            }
        }

        return true;
    }
}
