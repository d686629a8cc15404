using System;
using ItsmCore.Sla;
using NodaTime;

namespace ItsmCore.Incidents;

/// <summary>
/// One SLA definition attached to an incident when it was recorded, as <see cref="IncidentRecorded.SlaAttachments"/>
/// keeps it: the version of the definition in force when the incident was reported (a clock measures against the
/// version in force when its cycle started: this one for cycles started at reporting; a cycle started later by a
/// reopen or a priority change uses the version that event records) and, when <see cref="IncidentOptions.SlaTargetRules"/> chose the targets by the ticket's attributes
/// rather than by its priority, the rule that chose them. Immutable and thread-safe; compares by value.
/// </summary>
public sealed record IncidentSlaAttachment
{
    /// <summary>Creates an attachment measured by the incident's priority.</summary>
    /// <param name="definition">The definition (of the version in force when the incident was reported).</param>
    /// <param name="effectiveFrom">When that version took effect (<see cref="SlaDefinitionVersion.EffectiveFrom"/>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="definition"/> is null.</exception>
    public IncidentSlaAttachment(SlaDefinition definition, Instant effectiveFrom)
    {
        ArgumentNullException.ThrowIfNull(definition);
        Definition = definition;
        EffectiveFrom = effectiveFrom;
    }

    /// <summary>The definition of the version in force when the incident was reported.</summary>
    public SlaDefinition Definition { get; }

    /// <summary>When that version took effect; <c>BusinessCalendar.MinSupportedInstant</c> for an unversioned definition.</summary>
    public Instant EffectiveFrom { get; }

    /// <summary>
    /// True when target rules chose the targets by the incident's attributes (<see cref="Rule"/> is the rule, or null
    /// when none matched: the definition measures nothing for this incident, whatever its priority); false when the
    /// incident's priority chooses them.
    /// </summary>
    public bool ChosenByRules { get; init; }

    /// <summary>The rule that chose the targets (its name, the definition's key and its calendar); null when none did.</summary>
    public SlaTargetRule? Rule { get; init; }

    /// <summary>The version as a value of ItsmCore.Sla.</summary>
    /// <returns>The version.</returns>
    public SlaDefinitionVersion ToVersion() =>
        SlaDefinitionCatalog.Empty.Add(Definition, EffectiveFrom).GetVersion(Definition.Id, EffectiveFrom);

    /// <summary>A readable form, e.g. <c>'notification' (effective from 2026-11-01T00:00:00Z) by rule 'service affected'</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"'{Definition.Id}' (effective from {EffectiveFrom}){(ChosenByRules ? Rule is null ? " no target rule matched" : $" by rule '{Rule.Name}'" : string.Empty)}";
}
