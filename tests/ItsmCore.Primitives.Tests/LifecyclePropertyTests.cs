using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;

namespace ItsmCore.Primitives.Tests;

public enum PropState
{
    S0,
    S1,
    S2,
    S3,
    S4,
    S5,
    S6,
    S7,
}

public enum PropTrigger
{
    T0,
    T1,
    T2,
    T3,
    T4,
    T5,
}

/// <summary>
/// Random lifecycles over <see cref="PropState"/> and <see cref="PropTrigger"/> (a random spanning tree from a random
/// initial state, so every state is reachable, plus random extra transitions and conditions), walked by random valid
/// and invalid triggers, compared with an independent model of the table.
/// </summary>
public sealed class LifecyclePropertyTests
{
    private const int StateCount = 8;
    private const int TriggerCount = 6;

    [Fact]
    public void Fire_RandomWalkOnRandomLifecycle_StaysInTableAndRejectsEverythingElse()
    {
        PropertyRunner.Run(Scenarios(), scenario =>
        {
            Lifecycle<PropState, PropTrigger> lifecycle = Build(scenario.Table, scenario.Initial);
            Dictionary<(PropState, PropTrigger), (PropState To, string? Condition)> model =
                scenario.Table.ToDictionary(t => (t.From, t.Trigger), t => (t.To, t.Condition));

            Assert.Equal(scenario.Initial, lifecycle.InitialState);
            Assert.Equal(
                Enum.GetValues<PropState>().Where(s => !scenario.Table.Any(t => t.From == s)),
                lifecycle.FinalStates);

            PropState current = lifecycle.InitialState;
            foreach ((bool wantValid, int pick) in scenario.Walk)
            {
                (PropState From, PropTrigger Trigger, PropState To, string? Condition)[] allowed =
                    scenario.Table.Where(t => t.From == current).ToArray();
                PropTrigger[] refused = Enum.GetValues<PropTrigger>().Where(g => !model.ContainsKey((current, g))).ToArray();
                Assert.Equal(allowed.Select(t => t.Trigger), lifecycle.TransitionsFrom(current).Select(t => t.Trigger));

                if ((wantValid && allowed.Length > 0) || refused.Length == 0)
                {
                    PropTrigger trigger = allowed[pick % allowed.Length].Trigger;
                    Assert.True(lifecycle.CanFire(current, trigger));
                    LifecycleTransition<PropState, PropTrigger> fired = lifecycle.Fire(current, trigger, "R-1");

                    // Every result is a declared transition, and the one the table declares for that state and trigger.
                    Assert.Contains(fired, lifecycle.Transitions);
                    Assert.Equal(current, fired.From);
                    Assert.Equal(trigger, fired.Trigger);
                    Assert.Equal(model[(current, trigger)], (fired.To, fired.Condition));
                    current = fired.To;
                }
                else
                {
                    PropTrigger trigger = refused[pick % refused.Length];
                    Assert.False(lifecycle.CanFire(current, trigger));
                    var ex = Assert.Throws<InvalidTransitionException>(() => lifecycle.Fire(current, trigger, "R-1"));
                    Assert.Equal("Prop", ex.RecordType);
                    Assert.Equal("R-1", ex.RecordId);
                    Assert.Equal(current.ToString(), ex.State);
                    Assert.Equal(trigger.ToString(), ex.Attempted);
                    string expectedReason = allowed.Length == 0
                        ? $"{current} is a final state; no transition leaves it"
                        : $"the Prop lifecycle has no {trigger} transition from {current}; allowed from {current}: "
                          + string.Join(", ", allowed.Select(t => $"{t.Trigger} (to {t.To})"));
                    Assert.Equal(expectedReason, ex.Reason);
                }
            }
        });
    }

    [Fact]
    public void Build_RandomTableWithOneTransitionMissing_ReportsEveryStateItCutsOff()
    {
        PropertyRunner.Run(Scenarios().SelectMany(s => Gen.Choose(0, s.Table.Count - 1).Select(drop => (s, drop))), input =>
        {
            (Scenario scenario, int drop) = input;
            List<(PropState From, PropTrigger Trigger, PropState To, string? Condition)> table = scenario.Table.Where((_, i) => i != drop).ToList();
            PropState[] unreachable = Enum.GetValues<PropState>().Except(Reachable(table, scenario.Initial)).ToArray();

            if (unreachable.Length == 0)
            {
                Assert.Equal(table.Count, Build(table, scenario.Initial).Transitions.Count);
                return;
            }

            var ex = Assert.Throws<ArgumentException>(() => Build(table, scenario.Initial));
            foreach (PropState state in unreachable)
            {
                Assert.Contains($"{state} cannot be reached from {scenario.Initial}.", ex.Message, StringComparison.Ordinal);
            }

            Assert.Equal(unreachable.Length, ex.Message.Split("cannot be reached").Length - 1);
        });
    }

    private static Lifecycle<PropState, PropTrigger> Build(IEnumerable<(PropState From, PropTrigger Trigger, PropState To, string? Condition)> table, PropState initial)
    {
        LifecycleBuilder<PropState, PropTrigger> builder = Lifecycle<PropState, PropTrigger>.CreateBuilder("Prop", initial);
        foreach ((PropState from, PropTrigger trigger, PropState to, string? condition) in table)
        {
            builder.Permit(from, trigger, to, condition);
        }

        return builder.Build();
    }

    private static HashSet<PropState> Reachable(IReadOnlyList<(PropState From, PropTrigger Trigger, PropState To, string? Condition)> table, PropState initial)
    {
        var reached = new HashSet<PropState> { initial };
        bool grew = true;
        while (grew)
        {
            grew = false;
            foreach ((PropState from, _, PropState to, _) in table)
            {
                grew |= reached.Contains(from) && reached.Add(to);
            }
        }

        return reached;
    }

    private static Gen<Scenario> Scenarios() =>
        from offset in Gen.Choose(0, StateCount - 1)
        from parents in Gen.ArrayOf(Gen.Choose(0, 1000), StateCount - 1)
        from treeTriggers in Gen.ArrayOf(Gen.Choose(0, TriggerCount - 1), StateCount - 1)
        from extraCount in Gen.Choose(0, 24)
        from extraFrom in Gen.ArrayOf(Gen.Choose(0, StateCount - 1), extraCount)
        from extraTrigger in Gen.ArrayOf(Gen.Choose(0, TriggerCount - 1), extraCount)
        from extraTo in Gen.ArrayOf(Gen.Choose(0, StateCount - 1), extraCount)
        from conditions in Gen.ArrayOf(Gen.Choose(0, 3), StateCount - 1 + extraCount)
        from walkValid in Gen.ArrayOf(Gen.Choose(0, 3), 40)
        from walkPick in Gen.ArrayOf(Gen.Choose(0, 1000), 40)
        select MakeScenario(offset, parents, treeTriggers, extraFrom, extraTrigger, extraTo, conditions, walkValid, walkPick);

    private static Scenario MakeScenario(
        int offset, int[] parents, int[] treeTriggers, int[] extraFrom, int[] extraTrigger, int[] extraTo, int[] conditions, int[] walkValid, int[] walkPick)
    {
        PropState StateOf(int node) => (PropState)((node + offset) % StateCount);
        var table = new List<(PropState From, PropTrigger Trigger, PropState To, string? Condition)>();
        var used = new HashSet<(int Node, int Trigger)>();

        void Add(int from, int trigger, int to)
        {
            used.Add((from, trigger));
            int index = table.Count;
            string? condition = conditions[index] == 0 ? string.Create(CultureInfo.InvariantCulture, $"needs c{index}") : null;
            table.Add((StateOf(from), (PropTrigger)trigger, StateOf(to), condition));
        }

        // A spanning tree from node 0 (the initial state): node i hangs off an earlier node by a free trigger, so
        // every state is reachable. Node i - 1 never has a child yet when node i is placed, so a free slot exists.
        for (int node = 1; node < StateCount; node++)
        {
            int parent = parents[node - 1] % node;
            int? free = Enumerable.Range(0, TriggerCount).Select(k => (treeTriggers[node - 1] + k) % TriggerCount).Cast<int?>().FirstOrDefault(t => !used.Contains((parent, t!.Value)));
            if (free is null)
            {
                parent = node - 1;
                free = treeTriggers[node - 1];
            }

            Add(parent, free.Value, node);
        }

        for (int i = 0; i < extraFrom.Length; i++)
        {
            if (!used.Contains((extraFrom[i], extraTrigger[i])))
            {
                Add(extraFrom[i], extraTrigger[i], extraTo[i]);
            }
        }

        return new Scenario(StateOf(0), table, walkValid.Zip(walkPick, (v, p) => (v != 0, p)).ToArray());
    }

    public sealed record Scenario(
        PropState Initial,
        IReadOnlyList<(PropState From, PropTrigger Trigger, PropState To, string? Condition)> Table,
        IReadOnlyList<(bool WantValid, int Pick)> Walk)
    {
        public override string ToString() =>
            $"initial {Initial}; table: {string.Join(", ", Table.Select(t => $"{t.From}-{t.Trigger}->{t.To}{(t.Condition is null ? "" : " [" + t.Condition + "]")}"))}; walk: {string.Join(" ", Walk.Select(w => string.Create(CultureInfo.InvariantCulture, $"{(w.WantValid ? "v" : "x")}{w.Pick}")))}";
    }
}
