using System;
using System.Collections.Generic;
using System.Linq;
using ItsmCore.Primitives;

namespace ItsmCore.Changes;

/// <summary>
/// A go/no-go gate: named criteria with thresholds, evaluated against measured values (case 15's migration: records
/// count-matched, key fields missing at most 0.5 %, top-page p95 at most 3 s, no P1 incident on cutover day). Immutable
/// and thread-safe.
/// </summary>
public sealed class GoNoGoGate
{
    private readonly GateCriterion[] criteria;

    /// <summary>Creates a gate.</summary>
    /// <param name="name">The gate's name.</param>
    /// <param name="criteria">The criteria (at least one, names distinct, ordinal).</param>
    /// <exception cref="ArgumentNullException">An argument or a criterion is null.</exception>
    /// <exception cref="ArgumentException">A blank name, no criteria, or a criterion name given twice.</exception>
    public GoNoGoGate(string name, IEnumerable<GateCriterion> criteria)
    {
        Name = TextGuard.Check(name, nameof(name), 200);
        ArgumentNullException.ThrowIfNull(criteria);
        this.criteria = criteria.ToArray();
        if (this.criteria.Length == 0 || this.criteria.Any(c => c is null))
        {
            throw new ArgumentException("A gate needs at least one criterion and no null criterion.", nameof(criteria));
        }

        if (this.criteria.Select(c => c.Name).Distinct(StringComparer.Ordinal).Count() != this.criteria.Length)
        {
            throw new ArgumentException("A criterion name is given twice.", nameof(criteria));
        }
    }

    /// <summary>The gate's name.</summary>
    public string Name { get; }

    /// <summary>The criteria, in order.</summary>
    public IReadOnlyList<GateCriterion> Criteria => criteria;

    /// <summary>An exact percentage for a measurement: <c>part x 100 / whole</c> in decimal (10 of 2,000 is 0.5).</summary>
    /// <param name="part">The part, e.g. records with a key field missing.</param>
    /// <param name="whole">The whole, positive.</param>
    /// <returns>The percentage (exact whenever the quotient has at most 28 significant digits).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="whole"/> is not positive or <paramref name="part"/> is negative.</exception>
    public static decimal Percent(long part, long whole)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(whole);
        ArgumentOutOfRangeException.ThrowIfNegative(part);
        return part * 100m / whole;
    }

    /// <summary>Evaluates the measured values: go only when every criterion is met; a criterion without a value is not measured (no-go).</summary>
    /// <param name="measured">Measured values by criterion name (ordinal).</param>
    /// <returns>The decision and every verdict.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="measured"/> is null.</exception>
    /// <exception cref="ArgumentException">A measured value names no criterion of the gate.</exception>
    public GoNoGoResult Evaluate(IReadOnlyDictionary<string, decimal> measured)
    {
        ArgumentNullException.ThrowIfNull(measured);
        string[] unknown = [.. measured.Keys.Where(k => criteria.All(c => !string.Equals(c.Name, k, StringComparison.Ordinal))).Order(StringComparer.Ordinal)];
        if (unknown.Length > 0)
        {
            throw new ArgumentException($"The gate '{Name}' has no criterion named {string.Join(", ", unknown.Select(u => $"'{u}'"))}.", nameof(measured));
        }

        var verdicts = new GateVerdict[criteria.Length];
        for (int i = 0; i < criteria.Length; i++)
        {
            GateCriterion c = criteria[i];
            string rule = $"{c.ComparisonText} {GateCriterion.Format(c.Threshold, c.Unit)} required";
            if (!measured.TryGetValue(c.Name, out decimal value))
            {
                verdicts[i] = new GateVerdict(c, null, GateVerdictKind.NotMeasured, $"{c.Name}: not measured, {rule}: no-go");
                continue;
            }

            bool met = c.IsMetBy(value);
            verdicts[i] = new GateVerdict(
                c, value, met ? GateVerdictKind.Met : GateVerdictKind.NotMet, $"{c.Name}: {GateCriterion.Format(value, c.Unit)} measured, {rule}: {(met ? "met" : "not met")}");
        }

        return new GoNoGoResult(Name, verdicts.All(v => v.Verdict == GateVerdictKind.Met), EquatableArray.From(verdicts));
    }
}
