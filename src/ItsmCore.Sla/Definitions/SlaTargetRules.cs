using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace ItsmCore.Sla;

/// <summary>
/// Chooses a ticket's targets by more than its priority name: an ordered list of <see cref="SlaTargetRule"/>s over
/// declared ticket attributes ("service affected", the request type, "urgent"), each choosing one priority of
/// <see cref="Definition"/> and optionally the calendar it is measured on. Built and checked by
/// <see cref="SlaTargetRulesBuilder"/> (<see cref="CreateBuilder"/>).
/// </summary>
/// <remarks>
/// <para><b>First match.</b> <see cref="Select"/> tries the rules in the order they were added and returns the first
/// whose conditions all hold, with that rule; when none holds it returns null (the ticket has no target under this
/// definition). A rule without conditions matches every ticket, so it may only be the last.</para>
/// <para><b>Strict input.</b> The attributes must give every declared attribute, with the declared kind (flag or
/// text), a text one of the declared values when the declaration lists them, and nothing undeclared; otherwise
/// <see cref="Select"/> throws one <see cref="ArgumentException"/> listing every problem. Nothing is guessed: a missing
/// flag is not taken as false.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class SlaTargetRules
{
    private readonly ImmutableArray<SlaTargetRule> rules;
    private readonly ImmutableSortedDictionary<string, ImmutableArray<string>?> declared;

    internal SlaTargetRules(SlaDefinition definition, ImmutableSortedDictionary<string, ImmutableArray<string>?> declared, ImmutableArray<SlaTargetRule> rules)
    {
        Definition = definition;
        this.declared = declared;
        this.rules = rules;
    }

    /// <summary>The definition whose priorities the rules choose.</summary>
    public SlaDefinition Definition { get; }

    /// <summary>The rules, in the order they are tried.</summary>
    public IReadOnlyList<SlaTargetRule> Rules => rules;

    /// <summary>The declared flag attributes, ordered ordinally.</summary>
    public IReadOnlyList<string> Flags => Declared(flags: true);

    /// <summary>The declared text attributes, ordered ordinally.</summary>
    public IReadOnlyList<string> TextAttributes => Declared(flags: false);

    /// <summary>Starts a builder for rules over <paramref name="definition"/>'s priorities.</summary>
    /// <param name="definition">The definition.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="definition"/> is null.</exception>
    public static SlaTargetRulesBuilder CreateBuilder(SlaDefinition definition) => new(definition);

    /// <summary>The values a text attribute was declared with; empty when any text is accepted.</summary>
    /// <param name="attribute">The text attribute.</param>
    /// <returns>The declared values.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="attribute"/> is null.</exception>
    /// <exception cref="ArgumentException">No text attribute has that name.</exception>
    public IReadOnlyList<string> AllowedTexts(string attribute)
    {
        ArgumentNullException.ThrowIfNull(attribute);
        return declared.TryGetValue(attribute, out ImmutableArray<string>? allowed) && allowed is { } values
            ? values
            : throw new ArgumentException($"'{attribute}' is not a declared text attribute.", nameof(attribute));
    }

    /// <summary>Chooses the targets of a ticket: the first rule whose conditions all hold.</summary>
    /// <param name="attributes">The ticket's attributes: every declared one, nothing else.</param>
    /// <returns>The chosen targets with their rule, or null when no rule matches.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="attributes"/> is null.</exception>
    /// <exception cref="ArgumentException">The attributes do not fit the declarations; the message lists every problem.</exception>
    public SlaTargetSelection? Select(SlaTicketAttributes attributes)
    {
        ArgumentNullException.ThrowIfNull(attributes);
        CheckAttributes(attributes);
        for (int i = 0; i < rules.Length; i++)
        {
            if (rules[i].Matches(attributes))
            {
                SlaPriorityTargets targets = Definition.GetTargets(rules[i].Priority);
                if (rules[i].CalendarId is { } calendar)
                {
                    targets = new SlaPriorityTargets(targets.Priority, targets.Objective?.OnCalendar(calendar), targets.Agreement?.OnCalendar(calendar));
                }

                return new SlaTargetSelection(rules[i], i, targets);
            }
        }

        return null;
    }

    /// <inheritdoc />
    public override string ToString() => $"Target rules of '{Definition.Id}' ({rules.Length} rule{(rules.Length == 1 ? "" : "s")})";

    private ImmutableArray<string> Declared(bool flags)
    {
        var names = ImmutableArray.CreateBuilder<string>();
        foreach (KeyValuePair<string, ImmutableArray<string>?> pair in declared)
        {
            if ((pair.Value is null) == flags)
            {
                names.Add(pair.Key);
            }
        }

        return names.ToImmutable();
    }

    private void CheckAttributes(SlaTicketAttributes attributes)
    {
        var problems = new List<string>();
        foreach (KeyValuePair<string, ImmutableArray<string>?> pair in declared)
        {
            bool isFlag = pair.Value is null;
            if (!attributes.TryGetValue(pair.Key, out object? value))
            {
                problems.Add($"'{pair.Key}' is missing; it is a declared {(isFlag ? "flag" : "text")}.");
            }
            else if (isFlag != value is bool)
            {
                problems.Add($"'{pair.Key}' is a {(isFlag ? "flag" : "text")}, not a {(isFlag ? "text" : "flag")}.");
            }
            else if (pair.Value is { Length: > 0 } allowed && !allowed.Contains((string)value, StringComparer.Ordinal))
            {
                problems.Add($"'{pair.Key}' is \"{value}\", which is not one of its declared values ({string.Join(", ", allowed)}).");
            }
        }

        foreach (string name in attributes.Names)
        {
            if (!declared.ContainsKey(name))
            {
                problems.Add($"'{name}' is not a declared attribute of these rules.");
            }
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException(
                $"The ticket attributes do not fit the target rules of SLA definition '{Definition.Id}': {string.Join(" ", problems)}",
                nameof(attributes));
        }
    }
}
