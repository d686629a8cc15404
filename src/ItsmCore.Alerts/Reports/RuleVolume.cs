namespace ItsmCore.Alerts;

/// <summary>How many alerts one rule version decided (<see cref="AlertReport.ByRule"/>); <see cref="RuleId"/> null is manual triage (no rule matched).</summary>
/// <param name="RuleId">The rule; null for alerts no rule matched.</param>
/// <param name="RuleVersion">The rule's version; null for alerts no rule matched.</param>
/// <param name="Action">The rule's action; null for alerts no rule matched.</param>
/// <param name="Count">Alerts decided.</param>
/// <param name="Percent">Their share of all alerts, exact.</param>
public sealed record RuleVolume(string? RuleId, int? RuleVersion, TriageAction? Action, int Count, decimal Percent);
