using NodaTime;

namespace ItsmCore.Sla;

/// <summary>
/// One version of an <see cref="SlaDefinition"/>: the definition applies to measurements (clock cycles) that start at or
/// after <see cref="EffectiveFrom"/> and before the next version's instant (case 3: provisional targets for the first
/// month, then the reviewed ones). The pair (<see cref="SlaDefinition.Id"/>, <see cref="EffectiveFrom"/>) identifies the
/// version; hosts record it in the event that applied it. Immutable and thread-safe; equal values compare equal.
/// </summary>
public sealed record SlaDefinitionVersion
{
    internal SlaDefinitionVersion(Instant effectiveFrom, SlaDefinition definition)
    {
        EffectiveFrom = effectiveFrom;
        Definition = definition;
    }

    /// <summary>The instant from which the version applies (inclusive).</summary>
    public Instant EffectiveFrom { get; }

    /// <summary>The definition of this version.</summary>
    public SlaDefinition Definition { get; }

    /// <summary>A readable form, e.g. <c>SLA definition 'initial-response' (...) effective from 2026-12-01T00:00:00Z</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Definition} effective from {EffectiveFrom}";
}
