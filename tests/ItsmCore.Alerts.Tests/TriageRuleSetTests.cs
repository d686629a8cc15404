using System.Linq;
using NodaTime;
using static ItsmCore.Alerts.Tests.TestData;

namespace ItsmCore.Alerts.Tests;

public sealed class TriageRuleSetTests
{
    private static readonly TriageOutcome Ignore = TriageOutcome.NoAction("noise");

    [Fact]
    public void Create_EveryProblemAtOnce_WithPaths()
    {
        TriageRule a = Rule("a", Ignore, AlertCondition.Is(AlertField.Check, "x"));
        TriageRule all = Rule("all", Ignore);

        AlertFormatException e = Assert.Throws<AlertFormatException>(() => TriageRuleSet.Create(" ", 0, new[] { a, all, a, Rule("b", Ignore) }));

        Assert.Equal(
            new[] { "$.id", "$.version", "$.rules[2].id", "$.rules[2]", "$.rules[3]" },
            e.Problems.Select(p => p.Path).ToArray());
        Assert.Contains("can never match", e.Problems[3].Reason);
    }

    [Fact]
    public void ReviewsDue_QuarterlyCadence_ListsNeverReviewedThenMostOverdue()
    {
        TriageRuleSet set = Set(
            Rule("fresh", Ignore, AlertCondition.Is(AlertField.Check, "a")) with { LastReviewedOn = new LocalDate(2026, 10, 1) },
            Rule("due-today", Ignore, AlertCondition.Is(AlertField.Check, "b")) with { LastReviewedOn = new LocalDate(2026, 9, 6) },
            Rule("never", Ignore, AlertCondition.Is(AlertField.Check, "c")),
            Rule("old", Ignore, AlertCondition.Is(AlertField.Check, "d")) with { LastReviewedOn = new LocalDate(2026, 3, 31) },
            Rule("yearly", Ignore, AlertCondition.Is(AlertField.Check, "e")) with { LastReviewedOn = new LocalDate(2026, 3, 31), ReviewEveryMonths = 12 });

        var due = set.ReviewsDue(new LocalDate(2026, 12, 6));

        Assert.Equal(new[] { "never", "old", "due-today" }, due.Select(d => d.Rule.Id).ToArray());
        Assert.Equal(new LocalDate(2026, 6, 30), due[1].DueOn); // March 31 + 3 months, clamped
        Assert.Equal(159, due[1].DaysOverdue);
        Assert.Equal(0, due[2].DaysOverdue);
        Assert.Null(due[0].DueOn);
    }

    [Fact]
    public void ReviewEveryMonths_OutOfRange_Refused()
    {
        Assert.Throws<System.ArgumentOutOfRangeException>(() => Rule("a", Ignore) with { ReviewEveryMonths = 0 });
        Assert.Throws<System.ArgumentOutOfRangeException>(() => Rule("a", Ignore) with { ReviewEveryMonths = 121 });
    }
}
