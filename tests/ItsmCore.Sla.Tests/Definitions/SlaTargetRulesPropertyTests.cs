using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using ItsmCore.Tests;
using static ItsmCore.Sla.Tests.Sla;

namespace ItsmCore.Sla.Tests.Definitions;

/// <summary>
/// <see cref="SlaTargetRules.Select"/> against a brute-force matcher: random rule lists over two flags and one text
/// attribute (values a, b, c), each rule a plain tuple (required flag values or "any", accepted texts or "any"); for
/// every one of the 12 possible tickets the chosen rule is the first tuple whose parts all hold, or none.
/// </summary>
public sealed class SlaTargetRulesPropertyTests
{
    private static readonly string[] Texts = { "a", "b", "c" };

    private static readonly SlaDefinition Definition =
        SlaDefinition.CreateBuilder("d", SlaMetric.Resolution)
            .WithPriority("p0", null, SlaTarget.Within(H(1), "jp-office"))
            .WithPriority("p1", null, SlaTarget.Within(H(2), "jp-office"))
            .WithPriority("p2", null, SlaTarget.Within(H(3), "jp-office"))
            .Build();

    private static readonly Gen<(bool? F0, bool? F1, string[]? T, int Priority)> RuleSpec =
        from f0 in Gen.Elements<bool?>(null, true, false)
        from f1 in Gen.Elements<bool?>(null, true, false)
        from anyText in Gen.Elements(true, false)
        from texts in Gen.SubListOf(Texts).Where(l => l.Count > 0)
        from priority in Gen.Choose(0, 2)
        select (f0, f1, anyText ? null : texts.ToArray(), priority);

    [Fact]
    public void Select_EveryTicket_IsTheFirstRuleWhoseConditionsAllHold()
    {
        Gen<(bool? F0, bool? F1, string[]? T, int Priority)[]> specs =
            from n in Gen.Choose(1, 6)
            from list in Gen.ArrayOf(RuleSpec, n)
            // Only the last rule may have no condition: anything after it could never match (a build error).
            select list.Where((r, i) => i == list.Length - 1 || r.F0 is not null || r.F1 is not null || r.T is not null).ToArray();

        PropertyRunner.Run(specs, rules =>
        {
            SlaTargetRulesBuilder builder = SlaTargetRules.CreateBuilder(Definition).DeclareFlag("f0").DeclareFlag("f1").DeclareText("t", Texts);
            for (int i = 0; i < rules.Length; i++)
            {
                var conditions = new List<SlaCondition>();
                if (rules[i].F0 is { } f0)
                {
                    conditions.Add(SlaCondition.FlagIs("f0", f0));
                }

                if (rules[i].F1 is { } f1)
                {
                    conditions.Add(SlaCondition.FlagIs("f1", f1));
                }

                if (rules[i].T is { } t)
                {
                    conditions.Add(SlaCondition.TextIsOneOf("t", t));
                }

                builder.AddRule("r" + i, "p" + rules[i].Priority, conditions.ToArray());
            }

            SlaTargetRules built = builder.Build();
            foreach (bool f0 in new[] { false, true })
            {
                foreach (bool f1 in new[] { false, true })
                {
                    foreach (string t in Texts)
                    {
                        int expected = -1;
                        for (int i = 0; i < rules.Length && expected < 0; i++)
                        {
                            (bool? rf0, bool? rf1, string[]? rt, _) = rules[i];
                            if ((rf0 is null || rf0 == f0) && (rf1 is null || rf1 == f1) && (rt is null || rt.Contains(t)))
                            {
                                expected = i;
                            }
                        }

                        SlaTargetSelection? s = built.Select(SlaTicketAttributes.Empty.With("f0", f0).With("f1", f1).With("t", t));
                        Assert.Equal(expected, s?.RuleIndex ?? -1);
                        if (s is not null)
                        {
                            Assert.Equal("r" + expected, s.Rule.Name);
                            Assert.Equal(Definition.GetTargets("p" + rules[expected].Priority), s.Targets);
                        }
                    }
                }
            }
        });
    }
}
