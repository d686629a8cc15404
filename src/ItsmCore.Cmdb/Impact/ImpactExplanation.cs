using System;
using System.Collections.Generic;
using System.Linq;
using ItsmCore.Primitives;

namespace ItsmCore.Cmdb;

/// <summary>
/// Why an item is impaired: a shortest chain (counted in relationships, a quorum step counting as one) from a cause
/// whose state accounts for the item's state. A cause is an input that ended at its given state, or a group Down on
/// paper (its quorum exceeds its members; chain of length 0). Immutable; equal to another explanation with the same
/// item, state, cause and steps.
/// </summary>
public sealed class ImpactExplanation : IEquatable<ImpactExplanation>
{
    internal ImpactExplanation(ConfigurationItemId item, ImpactState state, ConfigurationItemId cause, bool causeIsInput, ExplanationStep[] steps)
    {
        Item = item;
        State = state;
        Cause = cause;
        CauseIsInput = causeIsInput;
        Steps = steps;
    }

    /// <summary>The impaired item.</summary>
    public ConfigurationItemId Item { get; }

    /// <summary>Its state.</summary>
    public ImpactState State { get; }

    /// <summary>The cause the chain starts from.</summary>
    public ConfigurationItemId Cause { get; }

    /// <summary>Whether the cause is an input (else a group Down on paper).</summary>
    public bool CauseIsInput { get; }

    /// <summary>The steps from the cause to the item; empty when the item is its own cause.</summary>
    public IReadOnlyList<ExplanationStep> Steps { get; }

    /// <summary>The chain as text: <c>db-1 (down) -&gt; db-1 used by app-1 -&gt; ...</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        string cause = $"{Cause} ({(CauseIsInput ? "input" : "group below quorum on paper")})";
        return Steps.Count == 0 ? cause : cause + "; " + string.Join("; ", Steps.Select(s => s.ToString()));
    }

    /// <summary>Whether the other explanation has the same item, state, cause and steps.</summary>
    /// <param name="other">The other explanation.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(ImpactExplanation? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (Item == other.Item && State == other.State && Cause == other.Cause && CauseIsInput == other.CauseIsInput && Steps.SequenceEqual(other.Steps)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ImpactExplanation);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Item, State, Cause, Steps.Count);
}
