using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;

namespace ItsmCore.Sla;

/// <summary>
/// Builds <see cref="SlaTargetRules"/>. The builder records what it is given; <see cref="Build"/> checks every rule and
/// reports all problems at once in one <see cref="SlaDefinitionException"/> (for the definition's id). Null arguments
/// are refused at once (<see cref="ArgumentNullException"/>).
/// </summary>
/// <remarks>
/// <para>Rules checked by <see cref="Build"/>: attribute names are 1-100 characters without white space at either end
/// and declared once; declared text values are valid texts (see <see cref="SlaTicketAttributes"/>), each once; at least
/// one rule; rule names are 1-100 characters, unique; each rule's priority is a priority of the definition; its
/// calendar id (when given) is a valid calendar id; each condition reads a declared attribute of its kind, a text
/// condition lists at least one value, each once, each among the declared values when the declaration lists them;
/// a rule does not read one attribute twice; and no rule follows a rule without conditions (it could never match).</para>
/// <para>Not thread-safe: a builder is used by one thread; the rules it builds are immutable.</para>
/// </remarks>
public sealed class SlaTargetRulesBuilder
{
    private readonly SlaDefinition definition;
    private readonly List<(string Name, ImmutableArray<string>? Values)> declarations = new();
    private readonly List<SlaTargetRule> rules = new();

    /// <summary>Starts a builder (same as <see cref="SlaTargetRules.CreateBuilder"/>).</summary>
    /// <param name="definition">The definition whose priorities the rules choose.</param>
    /// <exception cref="ArgumentNullException"><paramref name="definition"/> is null.</exception>
    public SlaTargetRulesBuilder(SlaDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        this.definition = definition;
    }

    /// <summary>Declares a flag attribute (true or false on every ticket).</summary>
    /// <param name="name">The attribute name.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public SlaTargetRulesBuilder DeclareFlag(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        declarations.Add((name, null));
        return this;
    }

    /// <summary>Declares a text attribute, optionally with the only values a ticket may give.</summary>
    /// <param name="name">The attribute name.</param>
    /// <param name="values">The allowed values; none for any text.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/>, <paramref name="values"/> or one of its items is null.</exception>
    public SlaTargetRulesBuilder DeclareText(string name, params string[] values)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(values);
        foreach (string v in values)
        {
            ArgumentNullException.ThrowIfNull(v, nameof(values));
        }

        declarations.Add((name, ImmutableArray.Create(values)));
        return this;
    }

    /// <summary>Adds a rule, tried after the rules added before it, choosing a priority on its targets' own calendars.</summary>
    /// <param name="name">The rule's name.</param>
    /// <param name="priority">The definition's priority whose targets the rule chooses.</param>
    /// <param name="conditions">The conditions, all of which must hold; none for a rule that always matches.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException">An argument or a condition is null.</exception>
    public SlaTargetRulesBuilder AddRule(string name, string priority, params SlaCondition[] conditions) =>
        Add(name, priority, null, conditions);

    /// <summary>Adds a rule whose chosen targets are measured on <paramref name="calendarId"/> ("urgent requests 24x7").</summary>
    /// <param name="name">The rule's name.</param>
    /// <param name="priority">The definition's priority whose targets the rule chooses.</param>
    /// <param name="calendarId">The calendar the targets are measured on instead of their own.</param>
    /// <param name="conditions">The conditions, all of which must hold; none for a rule that always matches.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException">An argument or a condition is null.</exception>
    public SlaTargetRulesBuilder AddRuleOnCalendar(string name, string priority, string calendarId, params SlaCondition[] conditions)
    {
        ArgumentNullException.ThrowIfNull(calendarId);
        return Add(name, priority, calendarId, conditions);
    }

    /// <summary>Checks every rule and builds the rules.</summary>
    /// <returns>The rules.</returns>
    /// <exception cref="SlaDefinitionException">One or more problems; <see cref="SlaDefinitionException.Problems"/> lists each.</exception>
    public SlaTargetRules Build()
    {
        var problems = new List<string>();
        var declared = ImmutableSortedDictionary.CreateBuilder<string, ImmutableArray<string>?>(StringComparer.Ordinal);
        foreach ((string name, ImmutableArray<string>? values) in declarations)
        {
            Check(problems, $"Attribute name '{name}'", name, SlaTicketAttributes.MaxNameLength);
            if (!declared.TryAdd(name, values))
            {
                problems.Add($"Attribute '{name}' is declared more than once.");
            }

            if (values is { } texts)
            {
                CheckTexts(problems, $"Attribute '{name}'", texts);
            }
        }

        if (rules.Count == 0)
        {
            problems.Add("At least one rule is required.");
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < rules.Count; i++)
        {
            SlaTargetRule rule = rules[i];
            Check(problems, $"Rule name '{rule.Name}'", rule.Name, SlaDefinitionBuilder.MaxKeyLength);
            if (!names.Add(rule.Name))
            {
                problems.Add($"Rule '{rule.Name}' is named more than once; give each rule its own name.");
            }

            if (!definition.HasPriority(rule.Priority))
            {
                problems.Add($"Rule '{rule.Name}' chooses priority '{rule.Priority}', which SLA definition '{definition.Id}' does not have.");
            }

            if (rule.CalendarId is { } calendar)
            {
                Check(problems, $"Rule '{rule.Name}': calendar id '{calendar}'", calendar, SlaDefinitionBuilder.MaxKeyLength);
            }

            if (rules.Take(i).FirstOrDefault(r => r.Conditions.Count == 0) is { } always)
            {
                problems.Add($"Rule '{rule.Name}' follows rule '{always.Name}', which always matches; it could never match.");
            }

            var read = new HashSet<string>(StringComparer.Ordinal);
            foreach (SlaCondition condition in rule.Conditions)
            {
                CheckCondition(problems, rule, condition, declared, read);
            }
        }

        if (problems.Count > 0)
        {
            throw new SlaDefinitionException(definition.Id, problems.Select(p => "Target rules: " + p).ToArray());
        }

        return new SlaTargetRules(definition, declared.ToImmutable(), rules.ToImmutableArray());
    }

    private static void CheckCondition(
        List<string> problems, SlaTargetRule rule, SlaCondition condition, IDictionary<string, ImmutableArray<string>?> declared, HashSet<string> read)
    {
        string what = $"Rule '{rule.Name}': condition {condition}";
        if (!read.Add(condition.Attribute))
        {
            problems.Add($"{what} reads '{condition.Attribute}' a second time; give one condition per attribute.");
        }

        if (!declared.TryGetValue(condition.Attribute, out ImmutableArray<string>? values))
        {
            problems.Add($"{what} reads '{condition.Attribute}', which is not declared.");
            return;
        }

        if ((condition.Flag is null) != (values is not null))
        {
            problems.Add($"{what} treats '{condition.Attribute}' as a {(condition.Flag is null ? "text" : "flag")}, but it is declared as a {(values is null ? "flag" : "text")}.");
            return;
        }

        if (condition.Flag is null)
        {
            if (condition.Texts.Count == 0)
            {
                problems.Add($"{what} lists no values; give at least one.");
            }

            CheckTexts(problems, what, condition.Texts);
            foreach (string text in condition.Texts.Distinct(StringComparer.Ordinal))
            {
                if (values is { Length: > 0 } allowed && !allowed.Contains(text, StringComparer.Ordinal))
                {
                    problems.Add($"{what}: \"{text}\" is not a declared value of '{condition.Attribute}'.");
                }
            }
        }
    }

    private static void CheckTexts(List<string> problems, string what, IReadOnlyList<string> texts)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (string text in texts)
        {
            if (SlaTicketAttributes.CheckText(text, SlaTicketAttributes.MaxTextLength) is { } problem)
            {
                problems.Add($"{what}: the value \"{text}\" {problem}.");
            }

            if (!seen.Add(text))
            {
                problems.Add($"{what}: the value \"{text}\" is given more than once.");
            }
        }
    }

    private static void Check(List<string> problems, string what, string value, int max)
    {
        if (SlaTicketAttributes.CheckText(value, max) is { } problem)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"{what} {problem}."));
        }
    }

    private SlaTargetRulesBuilder Add(string name, string priority, string? calendarId, SlaCondition[] conditions)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(priority);
        ArgumentNullException.ThrowIfNull(conditions);
        foreach (SlaCondition c in conditions)
        {
            ArgumentNullException.ThrowIfNull(c, nameof(conditions));
        }

        rules.Add(new SlaTargetRule(name, priority, calendarId, ImmutableArray.Create(conditions)));
        return this;
    }
}
