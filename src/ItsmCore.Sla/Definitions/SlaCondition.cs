using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace ItsmCore.Sla;

/// <summary>
/// One condition of an <see cref="SlaTargetRule"/> on a ticket's <see cref="SlaTicketAttributes"/>: a flag has a value
/// (<see cref="FlagIs"/>), or a text is one of a set (<see cref="TextIsOneOf"/>). Conditions are data, checked against the
/// declared attributes by <see cref="SlaTargetRulesBuilder.Build"/>. Immutable and thread-safe; equal values compare equal.
/// </summary>
public sealed record SlaCondition
{
    private readonly ImmutableArray<string> texts;

    private SlaCondition(string attribute, bool? flag, ImmutableArray<string> texts)
    {
        Attribute = attribute;
        Flag = flag;
        this.texts = texts;
    }

    /// <summary>The attribute the condition reads.</summary>
    public string Attribute { get; }

    /// <summary>For a flag condition, the value the flag must have; null for a text condition.</summary>
    public bool? Flag { get; }

    /// <summary>For a text condition, the texts of which the attribute must be one (ordinal); empty for a flag condition.</summary>
    public IReadOnlyList<string> Texts => texts;

    /// <summary>A flag condition: the attribute is a flag with <paramref name="value"/>.</summary>
    /// <param name="attribute">The attribute name (declared as a flag).</param>
    /// <param name="value">The value.</param>
    /// <returns>The condition.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="attribute"/> is null.</exception>
    public static SlaCondition FlagIs(string attribute, bool value)
    {
        ArgumentNullException.ThrowIfNull(attribute);
        return new SlaCondition(attribute, value, ImmutableArray<string>.Empty);
    }

    /// <summary>A text condition: the attribute is a text equal (ordinal) to one of <paramref name="values"/>.</summary>
    /// <param name="attribute">The attribute name (declared as a text).</param>
    /// <param name="values">The accepted texts, at least one, each once (checked by the rules' builder).</param>
    /// <returns>The condition.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="attribute"/>, <paramref name="values"/> or one of its items is null.</exception>
    public static SlaCondition TextIsOneOf(string attribute, params string[] values)
    {
        ArgumentNullException.ThrowIfNull(attribute);
        ArgumentNullException.ThrowIfNull(values);
        foreach (string v in values)
        {
            ArgumentNullException.ThrowIfNull(v, nameof(values));
        }

        return new SlaCondition(attribute, null, ImmutableArray.Create(values));
    }

    /// <inheritdoc />
    public bool Equals(SlaCondition? other) =>
        other is not null && string.Equals(Attribute, other.Attribute, StringComparison.Ordinal) && Flag == other.Flag && texts.SequenceEqual(other.texts);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Attribute, Flag, texts.Length);

    /// <summary>A readable form: <c>serviceAffected = true</c>, <c>requestType in ("patch", "upgrade")</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        Flag is { } f ? $"{Attribute} = {(f ? "true" : "false")}" : $"{Attribute} in ({string.Join(", ", texts.Select(t => $"\"{t}\""))})";

    /// <summary>Whether the condition holds; the attributes were checked against the declarations first.</summary>
    internal bool Holds(SlaTicketAttributes attributes) =>
        attributes.TryGetValue(Attribute, out object? value)
        && (Flag is { } f ? value is bool b && b == f : value is string s && texts.Contains(s, StringComparer.Ordinal));
}
