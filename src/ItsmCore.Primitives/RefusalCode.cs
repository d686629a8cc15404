using System;

namespace ItsmCore.Primitives;

/// <summary>
/// The shape of the stable codes that name a refusal or a validation failure: <c>{Record}.{Field or Rule}.{Reason}</c>,
/// e.g. <c>Incident.Title.Empty</c>, <c>Problem.Status.Final</c>. Three or more dot-separated parts, each an ASCII
/// letter followed by ASCII letters and digits. Codes are part of a package's contract: each package lists its codes
/// in its docs, and a code, once published, keeps its meaning.
/// </summary>
public static class RefusalCode
{
    /// <summary>The longest code accepted.</summary>
    public const int MaxLength = 200;

    /// <summary>Builds a code from its parts.</summary>
    /// <param name="record">The kind of record, e.g. <c>"Problem"</c>.</param>
    /// <param name="fieldOrRule">The field or the rule, e.g. <c>"Title"</c>, <c>"Assignee"</c>.</param>
    /// <param name="reason">The reason, e.g. <c>"Unchanged"</c>.</param>
    /// <returns>The code, e.g. <c>Problem.Assignee.Unchanged</c>.</returns>
    /// <exception cref="ArgumentNullException">A part is null.</exception>
    /// <exception cref="ArgumentException">The result is not a valid code.</exception>
    public static string Of(string record, string fieldOrRule, string reason)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(fieldOrRule);
        ArgumentNullException.ThrowIfNull(reason);
        return Check($"{record}.{fieldOrRule}.{reason}", nameof(record));
    }

    /// <summary>Whether <paramref name="code"/> has the shape of a code.</summary>
    /// <param name="code">The text.</param>
    /// <returns>True when valid.</returns>
    public static bool IsValid(string? code)
    {
        if (code is null || code.Length == 0 || code.Length > MaxLength)
        {
            return false;
        }

        int parts = 0;
        foreach (string part in code.Split('.'))
        {
            if (part.Length == 0 || !char.IsAsciiLetter(part[0]))
            {
                return false;
            }

            foreach (char c in part)
            {
                if (!char.IsAsciiLetterOrDigit(c))
                {
                    return false;
                }
            }

            parts++;
        }

        return parts >= 3;
    }

    /// <summary>Checks a code argument.</summary>
    /// <param name="code">The code.</param>
    /// <param name="paramName">The parameter name to report.</param>
    /// <returns><paramref name="code"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is not of the form <c>{Record}.{Field or Rule}.{Reason}</c>.</exception>
    public static string Check(string code, string paramName)
    {
        ArgumentNullException.ThrowIfNull(code, paramName);
        if (!IsValid(code))
        {
            throw new ArgumentException(
                $"'{code}' is not a refusal code: expected {{Record}}.{{Field or Rule}}.{{Reason}}, three or more dot-separated parts of ASCII letters and digits, each starting with a letter, at most {MaxLength} characters.",
                paramName);
        }

        return code;
    }
}
