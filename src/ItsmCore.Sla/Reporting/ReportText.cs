using System;
using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace ItsmCore.Sla;

/// <summary>Label checks and the invariant-culture formatting shared by the compliance reports.</summary>
internal static class ReportText
{
    private static readonly DurationPattern HoursPattern = DurationPattern.CreateWithInvariantCulture("-H:mm:ss.FFFFFFFFF");

    /// <summary>Checks a label (ticket id, priority, request type): 1-200 characters, not padded, no control characters.</summary>
    public static void CheckLabel(string value, string paramName)
    {
        ArgumentNullException.ThrowIfNull(value, paramName);
        if (value.Length == 0 || value.Length > SlaMeasurement.MaxLabelLength)
        {
            throw new ArgumentException($"The value must be 1-{SlaMeasurement.MaxLabelLength} characters long.", paramName);
        }

        if (char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1]))
        {
            throw new ArgumentException($"The value '{value}' has leading or trailing white space.", paramName);
        }

        foreach (char c in value)
        {
            if (char.IsControl(c))
            {
                throw new ArgumentException("The value contains a control character.", paramName);
            }
        }
    }

    /// <summary>Total hours, minutes, seconds and any fraction: <c>4:00:00</c>, <c>45:00:00.5</c>.</summary>
    public static string FormatDuration(Duration duration) => HoursPattern.Format(duration);

    public static string FormatDuration(Duration? duration) => duration is { } d ? FormatDuration(d) : "-";

    /// <summary>
    /// A percentage truncated (not rounded) to two decimals, so that a figure below a requirement never displays as
    /// meeting it: 99.996 shows as <c>99.99 %</c>.
    /// </summary>
    public static string FormatPercent(decimal? percent) =>
        percent is { } p ? decimal.Round(p, 2, MidpointRounding.ToZero).ToString("0.00", CultureInfo.InvariantCulture) + " %" : "-";

    public static string FormatMonth(YearMonth month) => YearMonthPattern.Iso.Format(month);

    public static string FormatInt(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Escapes a text for a markdown table cell (labels have no control characters, so only '|' and '\' matter).</summary>
    public static string Cell(string text) => text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("|", "\\|", StringComparison.Ordinal);
}
