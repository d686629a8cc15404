using System;

namespace ItsmCore.Primitives;

/// <summary>
/// The text rule ItsmCore applies to names, titles and reasons, public so the packages and hosts apply the same one:
/// not blank, not padded with white space, not longer than a limit.
/// </summary>
public static class TextGuard
{
    /// <summary>Checks a text argument.</summary>
    /// <param name="value">The text.</param>
    /// <param name="paramName">The parameter or field name to report.</param>
    /// <param name="maxLength">The longest text accepted.</param>
    /// <returns><paramref name="value"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException">The text is empty, white space, longer than <paramref name="maxLength"/>, or starts or ends with white space.</exception>
    public static string Check(string value, string paramName, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(value, paramName);
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException("The value must not be empty or white space.", paramName);
        }

        if (value.Length > maxLength)
        {
            throw new ArgumentException($"The value is {value.Length} characters long; at most {maxLength} are allowed.", paramName);
        }

        if (char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1]))
        {
            throw new ArgumentException("The value must not start or end with white space.", paramName);
        }

        return value;
    }
}
