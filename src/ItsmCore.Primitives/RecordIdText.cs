using System;

namespace ItsmCore.Primitives;

/// <summary>The rule every record id in ItsmCore follows, for hosts that check ids at their API edge.</summary>
public static class RecordIdText
{
    /// <summary>The longest id accepted.</summary>
    public const int MaxLength = 100;

    /// <summary>
    /// Checks an id: 1 to <see cref="MaxLength"/> characters, no white space or control characters anywhere
    /// (ids appear in URLs, logs and journals).
    /// </summary>
    /// <param name="value">The id.</param>
    /// <param name="paramName">The parameter or field name to report.</param>
    /// <returns><paramref name="value"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException">The id is empty, too long, or contains white space or a control character.</exception>
    public static string Check(string value, string paramName)
    {
        ArgumentNullException.ThrowIfNull(value, paramName);
        if (!IsValid(value))
        {
            throw new ArgumentException(
                $"'{value}' is not a valid id: an id has 1 to {MaxLength} characters and no white space or control characters.",
                paramName);
        }

        return value;
    }

    /// <summary>Whether <paramref name="value"/> is a valid id (see <see cref="Check"/>).</summary>
    /// <param name="value">The candidate.</param>
    /// <returns>True when valid.</returns>
    public static bool IsValid(string? value)
    {
        if (string.IsNullOrEmpty(value) || value.Length > MaxLength)
        {
            return false;
        }

        foreach (char c in value)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                return false;
            }
        }

        return true;
    }
}
