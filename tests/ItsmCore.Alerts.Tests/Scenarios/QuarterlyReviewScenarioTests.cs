using System.Linq;
using NodaTime;

namespace ItsmCore.Alerts.Tests.Scenarios;

/// <summary>
/// Case 17: thresholds set at build time were never revisited until a quarterly review was introduced. The rule set
/// went live on 2026-04-01 with no review; two rules were reviewed since. On 2026-12-06 the review list names the
/// never-reviewed rules first, then the overdue ones, most overdue first; a rule reviewed 2026-09-06 is due that day.
/// </summary>
public sealed class QuarterlyReviewScenarioTests
{
    private static TriageRule R(string id, LocalDate? reviewed) =>
        new TriageRule(id, 1, id, new[] { AlertCondition.Is(AlertField.Check, id) }, TriageOutcome.NoAction("threshold noise")) { LastReviewedOn = reviewed };

    [Fact]
    public void ReviewsDue_OnDecember6_ListsNeverReviewedThenOverdue()
    {
        TriageRuleSet rules = TriageRuleSet.Create("noc", 5, new[]
        {
            R("cpu", new LocalDate(2026, 11, 2)),      // due 2027-02-02
            R("disk", null),                           // never: since build time
            R("memory", new LocalDate(2026, 8, 15)),   // due 2026-11-15: 21 days overdue
            R("ports", new LocalDate(2026, 9, 6)),     // due 2026-12-06: today
            R("url", new LocalDate(2026, 9, 7)),       // due 2026-12-07: not yet
            R("log", null),
        });

        var due = rules.ReviewsDue(new LocalDate(2026, 12, 6));

        Assert.Equal(new[] { "disk", "log", "memory", "ports" }, due.Select(d => d.Rule.Id).ToArray());
        Assert.Equal(new int[] { 0, 0, 21, 0 }, due.Select(d => d.DaysOverdue).ToArray());
        Assert.Equal(new LocalDate(2026, 11, 15), due[2].DueOn);
        Assert.DoesNotContain(rules.ReviewsDue(new LocalDate(2026, 12, 6)), d => d.Rule.Id == "url");
    }
}
