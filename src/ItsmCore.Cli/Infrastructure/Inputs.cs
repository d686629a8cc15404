using System;
using System.Globalization;
using System.IO;
using System.Text.RegularExpressions;
using ItsmCore.Calendars;
using NodaTime;
using NodaTime.Text;
using NodaTime.TimeZones;

namespace ItsmCore.Cli.Infrastructure;

/// <summary>
/// Strict readers of command-line values. Each one accepts exactly the documented forms and throws
/// <see cref="CliInputException"/> naming the argument and the reason otherwise; none of them throws anything else.
/// </summary>
internal static partial class Inputs
{
    /// <summary>The longest duration accepted on the command line (a hundred 365-day years).</summary>
    public static readonly NodaTime.Duration MaxDuration = NodaTime.Duration.FromDays(36_500);

    private static readonly InstantPattern UtcPattern = InstantPattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss;FFFFFFFFF'Z'");
    private static readonly InstantPattern UtcMinutesPattern = InstantPattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm'Z'");
    private static readonly OffsetDateTimePattern OffsetPattern = OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss;FFFFFFFFFo<+HH:mm>");
    private static readonly OffsetDateTimePattern OffsetMinutesPattern = OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mmo<+HH:mm>");
    private static readonly LocalDateTimePattern LocalPattern = LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss;FFFFFFFFF");
    private static readonly LocalDateTimePattern LocalMinutesPattern = LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm");
    private static readonly LocalDatePattern DatePattern = LocalDatePattern.Iso;
    private static readonly YearMonthPattern MonthPattern = YearMonthPattern.Iso;

    /// <summary>What an instant argument may look like (for messages and help).</summary>
    public const string InstantForms = "an instant such as 2026-11-20T07:30:00Z (UTC), 2026-11-20T16:30+09:00 (with offset) or 2026-11-20T16:30 (local time in the calendar's zone)";

    /// <summary>What a duration argument may look like (for messages and help).</summary>
    public const string DurationForms = "a duration such as 4h, 90m, 1d2h30m, 45s or 0:04:00:00 (days:hours:minutes:seconds)";

    /// <summary>
    /// Reads an instant: UTC with Z, with an offset, or a local date and time in <paramref name="zone"/> (refused when
    /// the local time is skipped or repeated there, or when no zone applies).
    /// </summary>
    public static NodaTime.Instant Instant(string? text, string name, DateTimeZone? zone)
    {
        string value = Required(text, name);
        if (value.EndsWith('Z'))
        {
            ParseResult<NodaTime.Instant> utc = UtcPattern.Parse(value);
            if (!utc.Success)
            {
                utc = UtcMinutesPattern.Parse(value);
            }

            return utc.Success ? CheckRange(utc.Value, value, name) : throw Bad(name, value, InstantForms);
        }

        ParseResult<OffsetDateTime> offset = OffsetPattern.Parse(value);
        if (!offset.Success)
        {
            offset = OffsetMinutesPattern.Parse(value);
        }

        if (offset.Success)
        {
            return CheckRange(offset.Value.ToInstant(), value, name);
        }

        ParseResult<LocalDateTime> local = LocalPattern.Parse(value);
        if (!local.Success)
        {
            local = LocalMinutesPattern.Parse(value);
        }

        if (!local.Success)
        {
            throw Bad(name, value, InstantForms);
        }

        if (zone is null)
        {
            throw new CliInputException(name, $"'{value}' has no offset and this command has no time zone; add Z or an offset such as +09:00");
        }

        ZoneLocalMapping mapping = zone.MapLocal(local.Value);
        return mapping.Count switch
        {
            1 => CheckRange(mapping.Single().ToInstant(), value, name),
            0 => throw new CliInputException(name, $"'{value}' does not exist in {zone.Id} (skipped by a clock change); give an offset"),
            _ => throw new CliInputException(name, $"'{value}' occurs twice in {zone.Id} (repeated by a clock change); give an offset"),
        };
    }

    /// <summary>Reads a non-negative duration in one of <see cref="DurationForms"/>, at most <see cref="MaxDuration"/>.</summary>
    public static NodaTime.Duration Duration(string? text, string name)
    {
        string value = Required(text, name);
        NodaTime.Duration result;
        Match compact = CompactDuration().Match(value);
        if (compact.Success && value.Length > 0)
        {
            long seconds = 0;
            try
            {
                seconds = checked(Part(compact, "d", 86_400) + Part(compact, "h", 3_600) + Part(compact, "m", 60) + Part(compact, "s", 1));
            }
            catch (OverflowException)
            {
                throw new CliInputException(name, $"'{value}' is too long (at most {MaxDuration.Days} days)");
            }

            result = NodaTime.Duration.FromSeconds(seconds);
        }
        else
        {
            ParseResult<NodaTime.Duration> parsed = DurationPattern.Roundtrip.Parse(value);
            if (!parsed.Success || value.StartsWith('-'))
            {
                throw Bad(name, value, DurationForms);
            }

            result = parsed.Value;
        }

        if (result > MaxDuration)
        {
            throw new CliInputException(name, $"'{value}' is too long (at most {MaxDuration.Days} days)");
        }

        return result;
    }

    /// <summary>Reads an ISO date, <c>2026-11-23</c>.</summary>
    public static LocalDate Date(string? text, string name)
    {
        string value = Required(text, name);
        ParseResult<LocalDate> parsed = DatePattern.Parse(value);
        return parsed.Success ? parsed.Value : throw Bad(name, value, "a date such as 2026-11-23");
    }

    /// <summary>Reads a month, <c>2026-11</c>.</summary>
    public static YearMonth Month(string? text, string name)
    {
        string value = Required(text, name);
        ParseResult<YearMonth> parsed = MonthPattern.Parse(value);
        return parsed.Success ? parsed.Value : throw Bad(name, value, "a month such as 2026-11");
    }

    /// <summary>Reads an integer in [<paramref name="min"/>, <paramref name="max"/>] (digits only, an optional minus).</summary>
    public static long Integer(string? text, string name, long min, long max)
    {
        string value = Required(text, name);
        if (!IntegerText().IsMatch(value) || !long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long result))
        {
            throw Bad(name, value, $"a whole number from {min} to {max}");
        }

        return result < min || result > max
            ? throw new CliInputException(name, $"{value} is out of range (expected {min} to {max})")
            : result;
    }

    /// <summary>Reads a percentage in (<paramref name="minExclusive"/>, 100]: <c>99.95</c> or <c>99.95%</c>.</summary>
    public static decimal Percent(string? text, string name, decimal minExclusive = 0m, bool allowZero = false)
    {
        string value = Required(text, name);
        string number = value.EndsWith('%') ? value[..^1] : value;
        if (!DecimalText().IsMatch(number) || !decimal.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal percent))
        {
            throw Bad(name, value, "a percentage such as 99.95 or 99.95%");
        }

        bool low = allowZero ? percent < 0m : percent <= minExclusive;
        return low || percent > 100m
            ? throw new CliInputException(name, $"{value} is out of range (expected {(allowZero ? "0" : "above " + minExclusive.ToString(CultureInfo.InvariantCulture))} to 100)")
            : percent;
    }

    /// <summary>Reads a TZDB zone id such as <c>Asia/Tokyo</c>.</summary>
    public static DateTimeZone Zone(string? text, string name)
    {
        string value = Required(text, name);
        return DateTimeZoneProviders.Tzdb.GetZoneOrNull(value)
            ?? throw new CliInputException(name, $"unknown time zone '{Shorten(value)}' (expected a TZDB id such as Asia/Tokyo or UTC)");
    }

    /// <summary>Reads a text file (UTF-8); a missing or unreadable file is bad input naming the file.</summary>
    public static string File(string? path, string name)
    {
        string value = Required(path, name);
        try
        {
            return System.IO.File.ReadAllText(value);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new CliInputException(name, $"cannot read '{Shorten(value)}': {Describe(e)}");
        }
    }

    /// <summary>Reads a calendar file; a malformed one is bad input naming the file, the JSON path and the reason.</summary>
    public static BusinessCalendar Calendar(string? path, string name)
    {
        string json = File(path, name);
        try
        {
            return BusinessCalendar.FromJson(json);
        }
        catch (CalendarFormatException e)
        {
            throw new CliInputException($"{path} {e.Path}", e.Reason);
        }
    }

    /// <summary>Cuts long user text in messages so a huge argument does not flood the terminal.</summary>
    public static string Shorten(string value) => value.Length <= 80 ? value : value[..77] + "...";

    private static string Describe(Exception e) => e switch
    {
        FileNotFoundException => "no such file",
        DirectoryNotFoundException => "no such directory",
        UnauthorizedAccessException => "access denied",
        _ => e.Message,
    };

    private static string Required(string? text, string name) =>
        string.IsNullOrEmpty(text) ? throw new CliInputException(name, "a value is required") : text;

    private static CliInputException Bad(string name, string value, string expected) =>
        new(name, $"'{Shorten(value)}' is not {expected}");

    private static NodaTime.Instant CheckRange(NodaTime.Instant value, string text, string name) =>
        value < BusinessCalendar.MinSupportedInstant || value > BusinessCalendar.MaxSupportedInstant
            ? throw new CliInputException(name, $"'{Shorten(text)}' is outside the supported range {BusinessCalendar.MinSupportedInstant} to {BusinessCalendar.MaxSupportedInstant}")
            : value;

    private static long Part(Match match, string group, long unit)
    {
        Group g = match.Groups[group];
        if (!g.Success)
        {
            return 0;
        }

        // At most 7 digits each (regex), so the product stays far below long.MaxValue; the sum is checked by the caller.
        return long.Parse(g.Value, NumberStyles.None, CultureInfo.InvariantCulture) * unit;
    }

    [GeneratedRegex(@"^(?=\d)(?:(?<d>\d{1,7})d)?(?:(?<h>\d{1,7})h)?(?:(?<m>\d{1,7})m)?(?:(?<s>\d{1,7})s)?$", RegexOptions.CultureInvariant)]
    private static partial Regex CompactDuration();

    [GeneratedRegex(@"^-?\d{1,18}$", RegexOptions.CultureInvariant)]
    private static partial Regex IntegerText();

    [GeneratedRegex(@"^\d{1,3}(?:\.\d{1,10})?$", RegexOptions.CultureInvariant)]
    private static partial Regex DecimalText();
}
