using System;

namespace ItsmCore.Alerts;

/// <summary>The text rules shared by alerts, rules and the JSON reader.</summary>
internal static class AlertText
{
    /// <summary>The longest name, id, source, check or fingerprint.</summary>
    public const int MaxName = 200;

    /// <summary>The longest message or reason.</summary>
    public const int MaxMessage = 4000;

    /// <summary>Why <paramref name="value"/> is not a valid name (1-<see cref="MaxName"/> characters, no white space at either end), or null.</summary>
    public static string? NameProblem(string? value) =>
        value is null ? "is required"
        : value.Length == 0 ? "is empty"
        : value.Length > MaxName ? $"is longer than {MaxName} characters"
        : char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1]) ? "has white space at either end"
        : null;

    /// <summary>Why <paramref name="value"/> is not a valid message (at most <see cref="MaxMessage"/> characters), or null.</summary>
    public static string? MessageProblem(string? value) =>
        value is null ? "is required" : value.Length > MaxMessage ? $"is longer than {MaxMessage} characters" : null;

    /// <summary>Throws <see cref="ArgumentException"/> unless <paramref name="value"/> is a valid name.</summary>
    public static string Name(string? value, string parameter)
    {
        ArgumentNullException.ThrowIfNull(value, parameter);
        return NameProblem(value) is { } problem ? throw new ArgumentException($"The {parameter} {problem}.", parameter) : value;
    }

    /// <summary>Throws <see cref="ArgumentException"/> unless <paramref name="value"/> is a valid message.</summary>
    public static string Message(string? value, string parameter)
    {
        ArgumentNullException.ThrowIfNull(value, parameter);
        return MessageProblem(value) is { } problem ? throw new ArgumentException($"The {parameter} {problem}.", parameter) : value;
    }
}
