using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace ItsmCore.Sla;

/// <summary>
/// The named facts about one ticket that <see cref="SlaTargetRules"/> choose targets by: flags (e.g.
/// <c>serviceAffected = true</c>) and texts (e.g. <c>requestType = "account-change"</c>). An immutable value;
/// <see cref="With(string, bool)"/> and <see cref="With(string, string)"/> return a new set.
/// </summary>
/// <remarks>
/// <para>Names are 1-100 characters without white space at either end, compared ordinally; each name is given once.
/// Texts are 1-200 characters without white space at either end, compared ordinally (case-sensitive).</para>
/// <para>Thread-safe (immutable). Sets are equal when they hold the same names with the same values.</para>
/// </remarks>
public sealed class SlaTicketAttributes : IEquatable<SlaTicketAttributes>
{
    /// <summary>The longest attribute name: 100 characters.</summary>
    public const int MaxNameLength = 100;

    /// <summary>The longest text value: 200 characters.</summary>
    public const int MaxTextLength = 200;

    private readonly ImmutableSortedDictionary<string, object> values;

    private SlaTicketAttributes(ImmutableSortedDictionary<string, object> values) => this.values = values;

    /// <summary>A set with no attributes.</summary>
    public static SlaTicketAttributes Empty { get; } = new(ImmutableSortedDictionary.Create<string, object>(StringComparer.Ordinal));

    /// <summary>The attribute names, ordered ordinally.</summary>
    public IReadOnlyCollection<string> Names => values.Keys.ToImmutableArray();

    /// <summary>Adds a flag.</summary>
    /// <param name="name">The attribute name.</param>
    /// <param name="value">The flag.</param>
    /// <returns>A new set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException">The name is invalid or already given.</exception>
    public SlaTicketAttributes With(string name, bool value) => Add(name, value);

    /// <summary>Adds a text.</summary>
    /// <param name="name">The attribute name.</param>
    /// <param name="value">The text.</param>
    /// <returns>A new set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException">The name or the text is invalid, or the name is already given.</exception>
    public SlaTicketAttributes With(string name, string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (CheckText(value, MaxTextLength) is { } problem)
        {
            throw new ArgumentException($"The value of attribute '{name}' {problem}.", nameof(value));
        }

        return Add(name, value);
    }

    /// <summary>Finds a flag.</summary>
    /// <param name="name">The attribute name.</param>
    /// <param name="value">The flag, when the attribute is a flag.</param>
    /// <returns>True when the attribute is given and is a flag.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public bool TryGetFlag(string name, out bool value)
    {
        ArgumentNullException.ThrowIfNull(name);
        value = values.TryGetValue(name, out object? v) && v is true;
        return v is bool;
    }

    /// <summary>Finds a text.</summary>
    /// <param name="name">The attribute name.</param>
    /// <param name="value">The text, when the attribute is a text.</param>
    /// <returns>True when the attribute is given and is a text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public bool TryGetText(string name, [NotNullWhen(true)] out string? value)
    {
        ArgumentNullException.ThrowIfNull(name);
        value = values.TryGetValue(name, out object? v) ? v as string : null;
        return value is not null;
    }

    /// <inheritdoc />
    public bool Equals(SlaTicketAttributes? other)
    {
        if (other is null || other.values.Count != values.Count)
        {
            return false;
        }

        foreach (KeyValuePair<string, object> pair in values)
        {
            if (!other.values.TryGetValue(pair.Key, out object? v) || !pair.Value.Equals(v))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is SlaTicketAttributes other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (KeyValuePair<string, object> pair in values)
        {
            hash.Add(pair.Key, StringComparer.Ordinal);
            hash.Add(pair.Value);
        }

        return hash.ToHashCode();
    }

    /// <summary>A readable form, e.g. <c>requestType = "patch", urgent = true</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var parts = new List<string>(values.Count);
        foreach (KeyValuePair<string, object> pair in values)
        {
            parts.Add(pair.Value is bool b ? $"{pair.Key} = {(b ? "true" : "false")}" : $"{pair.Key} = \"{pair.Value}\"");
        }

        return parts.Count == 0 ? "(no attributes)" : string.Join(", ", parts);
    }

    /// <summary>Null when the text is 1-<paramref name="max"/> characters without white space at either end; else the problem.</summary>
    internal static string? CheckText(string text, int max) =>
        text.Length == 0 ? "must not be empty"
        : text.Length > max ? $"is {text.Length} characters long; at most {max} are allowed"
        : text.Trim().Length != text.Length ? "must not have leading or trailing white space"
        : null;

    internal bool TryGetValue(string name, [NotNullWhen(true)] out object? value) => values.TryGetValue(name, out value);

    private SlaTicketAttributes Add(string name, object value)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (CheckText(name, MaxNameLength) is { } problem)
        {
            throw new ArgumentException($"The attribute name '{name}' {problem}.", nameof(name));
        }

        if (values.ContainsKey(name))
        {
            throw new ArgumentException($"The attribute '{name}' is already given; give each attribute once.", nameof(name));
        }

        return new SlaTicketAttributes(values.Add(name, value));
    }
}
