using System;
using System.Text.RegularExpressions;

namespace ItsmCore.Alerts;

/// <summary>
/// One condition of a <see cref="TriageRule"/>: a text field equal to a value or starting with one, the CI's class
/// (or an ancestor class), a minimum severity, or a message pattern. Immutable, value equality (by kind, field, value
/// and severity); thread-safe.
/// </summary>
/// <remarks>
/// Message patterns are compiled once with <see cref="RegexOptions.NonBacktracking"/> (matching time linear in the
/// message, whatever the pattern, so a host's rule cannot hang triage) and <see cref="RegexOptions.CultureInvariant"/>;
/// constructs that need backtracking (back references, look-arounds, atomic groups) are refused.
/// </remarks>
public sealed class AlertCondition : IEquatable<AlertCondition>
{
    private const RegexOptions PatternOptions = RegexOptions.NonBacktracking | RegexOptions.CultureInvariant;

    private AlertCondition(AlertConditionKind kind, AlertField? field, string? value, AlertSeverity? severity, Regex? pattern)
    {
        Kind = kind;
        Field = field;
        Value = value;
        Severity = severity;
        Pattern = pattern;
    }

    /// <summary>What the condition tests.</summary>
    public AlertConditionKind Kind { get; }

    /// <summary>The field read by <see cref="AlertConditionKind.Is"/> and <see cref="AlertConditionKind.StartsWith"/>; null otherwise.</summary>
    public AlertField? Field { get; }

    /// <summary>The value, prefix, class name or pattern; null for <see cref="AlertConditionKind.SeverityAtLeast"/>.</summary>
    public string? Value { get; }

    /// <summary>The minimum severity of <see cref="AlertConditionKind.SeverityAtLeast"/>; null otherwise.</summary>
    public AlertSeverity? Severity { get; }

    /// <summary>The compiled pattern of <see cref="AlertConditionKind.MessageMatches"/>.</summary>
    internal Regex? Pattern { get; }

    /// <summary>The field equals <paramref name="value"/> (ordinal).</summary>
    /// <param name="field">The field.</param>
    /// <param name="value">The value (a name: 1-200 characters, no white space at either end).</param>
    /// <returns>The condition.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not a valid name.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="field"/> is not defined.</exception>
    public static AlertCondition Is(AlertField field, string value) =>
        new(AlertConditionKind.Is, CheckField(field), AlertText.Name(value, nameof(value)), null, null);

    /// <summary>The field starts with <paramref name="prefix"/> (ordinal).</summary>
    /// <param name="field">The field.</param>
    /// <param name="prefix">The prefix (1-200 characters, no white space at either end).</param>
    /// <returns>The condition.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="prefix"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="prefix"/> is not a valid name.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="field"/> is not defined.</exception>
    public static AlertCondition StartsWith(AlertField field, string prefix) =>
        new(AlertConditionKind.StartsWith, CheckField(field), AlertText.Name(prefix, nameof(prefix)), null, null);

    /// <summary>The alert's CI is of class <paramref name="className"/> or of a class that inherits from it.</summary>
    /// <param name="className">The class name.</param>
    /// <returns>The condition.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="className"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="className"/> is not a valid name.</exception>
    public static AlertCondition ClassIs(string className) =>
        new(AlertConditionKind.ClassIs, null, AlertText.Name(className, nameof(className)), null, null);

    /// <summary>The alert's severity is at least <paramref name="severity"/>.</summary>
    /// <param name="severity">The minimum.</param>
    /// <returns>The condition.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="severity"/> is not defined.</exception>
    public static AlertCondition SeverityAtLeast(AlertSeverity severity) =>
        Enum.IsDefined(severity)
            ? new(AlertConditionKind.SeverityAtLeast, null, null, severity, null)
            : throw new ArgumentOutOfRangeException(nameof(severity), severity, "Unknown alert severity.");

    /// <summary>The alert's message matches <paramref name="pattern"/> (anywhere in the message unless anchored).</summary>
    /// <param name="pattern">A .NET regular expression, 1-200 characters, without constructs that need backtracking.</param>
    /// <returns>The condition.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="pattern"/> is null.</exception>
    /// <exception cref="ArgumentException">The pattern is empty, too long or not a valid non-backtracking expression.</exception>
    public static AlertCondition MessageMatches(string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        return PatternProblem(pattern) is { } problem
            ? throw new ArgumentException($"The pattern {problem}.", nameof(pattern))
            : new(AlertConditionKind.MessageMatches, null, pattern, null, new Regex(pattern, PatternOptions));
    }

    /// <summary>Why <paramref name="pattern"/> cannot be a message pattern, or null.</summary>
    internal static string? PatternProblem(string pattern)
    {
        if (pattern.Length == 0)
        {
            return "is empty";
        }

        if (pattern.Length > AlertText.MaxName)
        {
            return $"is longer than {AlertText.MaxName} characters";
        }

        try
        {
            _ = new Regex(pattern, PatternOptions);
            return null;
        }
        catch (ArgumentException e)
        {
            return "is not a valid non-backtracking regular expression (" + e.Message + ")";
        }
        catch (NotSupportedException e)
        {
            return "uses a construct that needs backtracking (" + e.Message + ")";
        }
    }

    /// <summary>Whether the alert meets the condition; <paramref name="classOf"/> answers class questions for <see cref="AlertConditionKind.ClassIs"/>.</summary>
    internal bool Matches(Alert alert, ClassResolver classOf) => Kind switch
    {
        AlertConditionKind.Is => string.Equals(alert.Get(Field!.Value), Value, StringComparison.Ordinal),
        AlertConditionKind.StartsWith => alert.Get(Field!.Value) is { } text && text.StartsWith(Value!, StringComparison.Ordinal),
        AlertConditionKind.ClassIs => classOf.IsA(alert, Value!),
        AlertConditionKind.SeverityAtLeast => alert.Severity >= Severity!.Value,
        _ => Pattern!.IsMatch(alert.Message),
    };

    /// <inheritdoc />
    public bool Equals(AlertCondition? other) =>
        other is not null && Kind == other.Kind && Field == other.Field && Severity == other.Severity
        && string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is AlertCondition other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Field, Severity, Value is null ? 0 : StringComparer.Ordinal.GetHashCode(Value));

    /// <inheritdoc />
    public override string ToString() => Kind switch
    {
        AlertConditionKind.Is => $"{Field} is '{Value}'",
        AlertConditionKind.StartsWith => $"{Field} starts with '{Value}'",
        AlertConditionKind.ClassIs => $"CI class is '{Value}'",
        AlertConditionKind.SeverityAtLeast => $"severity at least {Severity}",
        _ => $"message matches /{Value}/",
    };

    private static AlertField CheckField(AlertField field) =>
        Enum.IsDefined(field) ? field : throw new ArgumentOutOfRangeException(nameof(field), field, "Unknown alert field.");
}
