using System.Collections.Generic;
using System.Globalization;
using NodaTime;

namespace ItsmCore.HumanText;

/// <summary>
/// Durations as people write them, the one rule every human-facing text of the packages uses (journals, explanations,
/// reports, <c>ToString</c> of rules): compiled into each package that shows durations, so each keeps it internal.
/// </summary>
internal static class DurationText
{
    /// <summary>
    /// Largest unit first, zero parts left out: <c>30 min</c>, <c>1 h 30 min</c>, <c>2 d 4 h</c>, <c>14 min 15 s</c>,
    /// <c>0.5 s</c>, <c>0 min</c>; negative ones with a leading minus.
    /// </summary>
    /// <param name="duration">The duration.</param>
    /// <returns>The text.</returns>
    public static string Format(Duration duration)
    {
        if (duration == Duration.Zero)
        {
            return "0 min";
        }

        if (duration < Duration.Zero)
        {
            return "-" + Format(-duration);
        }

        var parts = new List<string>(4);
        long days = duration.Days;
        if (days > 0)
        {
            parts.Add(days.ToString(CultureInfo.InvariantCulture) + " d");
        }

        if (duration.Hours > 0)
        {
            parts.Add(duration.Hours.ToString(CultureInfo.InvariantCulture) + " h");
        }

        if (duration.Minutes > 0)
        {
            parts.Add(duration.Minutes.ToString(CultureInfo.InvariantCulture) + " min");
        }

        long nanos = duration.SubsecondNanoseconds;
        if (duration.Seconds > 0 || nanos > 0)
        {
            decimal seconds = duration.Seconds + (nanos / 1_000_000_000m);
            parts.Add(seconds.ToString("0.#########", CultureInfo.InvariantCulture) + " s");
        }

        return string.Join(" ", parts);
    }
}
