using NodaTime;

namespace ItsmCore.Alerts;

/// <summary>A rule whose periodic review is due (<see cref="TriageRuleSet.ReviewsDue"/>).</summary>
/// <param name="Rule">The rule.</param>
/// <param name="DueOn">The date the review fell due; null when the rule was never reviewed.</param>
/// <param name="DaysOverdue">Whole days from the due date to the date asked about (0 on the due date; 0 when never reviewed).</param>
public sealed record RuleReviewDue(TriageRule Rule, LocalDate? DueOn, int DaysOverdue);
