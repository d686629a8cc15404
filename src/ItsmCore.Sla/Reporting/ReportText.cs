using System;
using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace ItsmCore.Sla;

/// <summary>Label checks and the invariant-culture formatting shared by the compliance reports.</summary>
internal static class ReportText
{
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

    /// <summary>As people write it (<see cref="SlaTarget.HumanDuration"/>): <c>4 h</c>, <c>1 d 21 h 0.5 s</c>, <c>14 min 15 s</c>.</summary>
    public static string FormatDuration(Duration duration) => SlaTarget.HumanDuration(duration);

    public static string FormatDuration(Duration? duration) => duration is { } d ? FormatDuration(d) : "-";

    /// <summary>
    /// A percentage for display: rounded half away from zero to two decimals (18 of 19 = 94.7368... shows as
    /// <c>94.74 %</c>, 2 of 3 as <c>66.67 %</c>, 94.735 as <c>94.74 %</c>), except that only exactly 100 shows as
    /// <c>100.00 %</c> and only exactly 0 as <c>0.00 %</c>: 99.996 shows as <c>99.99 %</c>, 0.004 as <c>0.01 %</c>.
    /// Verdicts are decided on the exact value, never on the displayed one.
    /// </summary>
    public static string FormatPercent(decimal? percent) =>
        percent is { } p ? RoundPercent(p).ToString("0.00", CultureInfo.InvariantCulture) + " %" : "-";

    /// <summary>The displayed value of <see cref="FormatPercent"/> for a percentage in [0, 100].</summary>
    public static decimal RoundPercent(decimal percent)
    {
        decimal rounded = decimal.Round(percent, 2, MidpointRounding.AwayFromZero);
        return rounded == 100m && percent < 100m ? 99.99m
            : rounded == 0m && percent > 0m ? 0.01m
            : rounded;
    }

    /// <summary>"met", "not met" or "not measured".</summary>
    public static string FormatVerdict(SlaComplianceVerdict verdict) => verdict switch
    {
        SlaComplianceVerdict.Met => "met",
        SlaComplianceVerdict.NotMet => "not met",
        _ => "not measured",
    };

    public static string FormatMonth(YearMonth month) => YearMonthPattern.Iso.Format(month);

    public static string FormatInt(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Escapes a text for a markdown table cell (labels have no control characters, so only '|' and '\' matter).</summary>
    public static string Cell(string text) => text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("|", "\\|", StringComparison.Ordinal);
}
