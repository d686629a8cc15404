using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace ItsmCore.Cli.Infrastructure;

/// <summary>Human-readable formats used in tables.</summary>
internal static class Text
{
    private static readonly ZonedDateTimePattern LocalPattern =
        ZonedDateTimePattern.CreateWithInvariantCulture("ddd uuuu'-'MM'-'dd HH':'mm':'ss o<+HH:mm>", null);

    /// <summary>An instant in UTC followed by the local time in <paramref name="zone"/>.</summary>
    public static string Instant(Instant value, DateTimeZone zone) =>
        $"{InstantPattern.ExtendedIso.Format(value)} ({LocalPattern.Format(value.InZone(zone))})";

    /// <summary>An optional instant, or a dash.</summary>
    public static string Instant(Instant? value, DateTimeZone zone) => value is null ? "-" : Instant(value.Value, zone);

    /// <summary>A duration as <c>1d 2h 30m</c> (seconds and fractions when present), <c>0m</c> for zero.</summary>
    public static string Duration(Duration value)
    {
        if (value < NodaTime.Duration.Zero)
        {
            return "-" + Duration(-value);
        }

        var parts = new System.Collections.Generic.List<string>();
        if (value.Days > 0)
        {
            parts.Add(value.Days.ToString(CultureInfo.InvariantCulture) + "d");
        }

        if (value.Hours > 0)
        {
            parts.Add(value.Hours.ToString(CultureInfo.InvariantCulture) + "h");
        }

        if (value.Minutes > 0)
        {
            parts.Add(value.Minutes.ToString(CultureInfo.InvariantCulture) + "m");
        }

        if (value.Seconds > 0 || value.SubsecondNanoseconds > 0)
        {
            string seconds = value.SubsecondNanoseconds == 0
                ? value.Seconds.ToString(CultureInfo.InvariantCulture)
                : (value.Seconds + (value.SubsecondNanoseconds / 1_000_000_000m)).ToString("0.#########", CultureInfo.InvariantCulture);
            parts.Add(seconds + "s");
        }

        return parts.Count == 0 ? "0m" : string.Join(' ', parts);
    }

    /// <summary>A decimal with up to <paramref name="digits"/> fractional digits, invariant culture.</summary>
    public static string Number(decimal value, int digits = 6) =>
        decimal.Round(value, digits, System.MidpointRounding.ToEven).ToString("0.##########", CultureInfo.InvariantCulture);
}
