using System.Globalization;

namespace ItsmCore.Validation;

/// <summary>
/// The text rule shared by the command validators of the packages (compiled into each package that validates text, so
/// each keeps its validators internal): a required or optional text that is not blank, not padded with white space and
/// not longer than a limit. The reason names are the last part of the validators' codes (<c>{Record}.{Field}.{Reason}</c>).
/// </summary>
internal static class TextRule
{
    /// <summary>The reason and message for a text failing the rule, or null when <paramref name="value"/> is acceptable.</summary>
    /// <param name="value">The text; null is missing.</param>
    /// <param name="maxLength">The longest text allowed.</param>
    /// <param name="optional">Whether a missing text is acceptable.</param>
    /// <returns><c>Required</c>, <c>Blank</c>, <c>TooLong</c> or <c>Padded</c> with its message, or null.</returns>
    public static (string Reason, string Message)? Error(string? value, int maxLength, bool optional)
    {
        if (value is null)
        {
            return optional ? null : ("Required", "is required");
        }

        if (string.IsNullOrWhiteSpace(value))
        {
            return ("Blank", "must not be empty or white space");
        }

        if (value.Length > maxLength)
        {
            return ("TooLong", string.Create(CultureInfo.InvariantCulture, $"is {value.Length} characters long; at most {maxLength} are allowed"));
        }

        if (char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1]))
        {
            return ("Padded", "must not start or end with white space");
        }

        return null;
    }
}
