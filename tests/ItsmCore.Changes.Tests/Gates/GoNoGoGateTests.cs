using System;
using System.Collections.Generic;
using System.Linq;

namespace ItsmCore.Changes.Tests.Gates;

/// <summary>Domain brief, case 15: the CRM migration's go/no-go gate, with exact numbers at and just past each threshold.</summary>
public sealed class GoNoGoGateTests
{
    private static readonly GoNoGoGate CrmCutover = new(
        "CRM cutover",
        [
            new GateCriterion("Customer records count-matched", GateComparison.EqualTo, 2000m, "records"),
            new GateCriterion("Key fields missing", GateComparison.AtMost, 0.5m, "%"),
            new GateCriterion("Top page p95", GateComparison.AtMost, 3m, "s"),
            new GateCriterion("P1 incidents on cutover day", GateComparison.AtMost, 0m),
        ]);

    private static Dictionary<string, decimal> Measured(decimal records, decimal missingPercent, decimal p95, decimal p1) => new()
    {
        ["Customer records count-matched"] = records,
        ["Key fields missing"] = missingPercent,
        ["Top page p95"] = p95,
        ["P1 incidents on cutover day"] = p1,
    };

    [Fact]
    public void Evaluate_EveryValueExactlyAtItsThreshold_IsGo()
    {
        // 10 of 2,000 records with a key field missing is exactly 0.5 %.
        GoNoGoResult result = CrmCutover.Evaluate(Measured(2000, GoNoGoGate.Percent(10, 2000), 3.000m, 0));

        Assert.True(result.IsGo);
        Assert.Equal("Change.GoNoGo.Go", result.Code);
        Assert.All(result.Verdicts, v => Assert.Equal(GateVerdictKind.Met, v.Verdict));
        Assert.Equal(0.5m, result.Verdicts[1].Measured);
        Assert.Equal("Key fields missing: 0.5 % measured, at most 0.5 % required: met", result.Verdicts[1].Explanation);
    }

    [Fact]
    public void Evaluate_EachValueJustPastItsThreshold_IsNoGoNamingThatCriterion()
    {
        (Dictionary<string, decimal> Values, int Failing)[] cases =
        [
            (Measured(1999, 0.5m, 3m, 0), 0),
            (Measured(2001, 0.5m, 3m, 0), 0),
            (Measured(2000, GoNoGoGate.Percent(11, 2000), 3m, 0), 1),
            (Measured(2000, 0.5m, 3.001m, 0), 2),
            (Measured(2000, 0.5m, 3m, 1), 3),
        ];

        foreach ((Dictionary<string, decimal> values, int failing) in cases)
        {
            GoNoGoResult result = CrmCutover.Evaluate(values);
            Assert.False(result.IsGo);
            Assert.Equal("Change.GoNoGo.NoGo", result.Code);
            Assert.Equal([failing], result.Verdicts.Items.Select((v, i) => (v, i)).Where(p => p.v.Verdict == GateVerdictKind.NotMet).Select(p => p.i));
        }

        Assert.Equal(0.55m, GoNoGoGate.Percent(11, 2000));
        Assert.Equal(
            "Top page p95: 3.001 s measured, at most 3 s required: not met",
            CrmCutover.Evaluate(Measured(2000, 0.5m, 3.001m, 0)).Verdicts[2].Explanation);
    }

    [Fact]
    public void Evaluate_MissingMeasurement_IsNotMeasuredAndNoGo()
    {
        Dictionary<string, decimal> values = Measured(2000, 0.1m, 2.4m, 0);
        values.Remove("Top page p95");

        GoNoGoResult result = CrmCutover.Evaluate(values);
        Assert.False(result.IsGo);
        Assert.Equal(GateVerdictKind.NotMeasured, result.Verdicts[2].Verdict);
        Assert.Null(result.Verdicts[2].Measured);
        Assert.Equal("Top page p95: not measured, at most 3 s required: no-go", result.Verdicts[2].Explanation);
    }

    [Fact]
    public void Evaluate_UnknownMeasurementOrDuplicateCriteria_Throw()
    {
        Dictionary<string, decimal> values = Measured(2000, 0.1m, 2.4m, 0);
        values["Coffee"] = 1;
        ArgumentException e = Assert.Throws<ArgumentException>(() => CrmCutover.Evaluate(values));
        Assert.Contains("'Coffee'", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new GoNoGoGate("g", [new GateCriterion("a", GateComparison.AtLeast, 1), new GateCriterion("a", GateComparison.AtMost, 2)]));
        Assert.Throws<ArgumentOutOfRangeException>(() => GoNoGoGate.Percent(1, 0));
        Assert.True(new GateCriterion("Uptime", GateComparison.AtLeast, 99.9m, "%").IsMetBy(99.9m));
        Assert.False(new GateCriterion("Uptime", GateComparison.AtLeast, 99.9m, "%").IsMetBy(99.89m));
    }
}
