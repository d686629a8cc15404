using System;
using System.Globalization;

namespace ItsmCore.Calendars.Model;

/// <summary>
/// A working interval in local wall time, relative to the local date it starts on.
/// <see cref="StartSeconds"/> is in [0, 86400); <see cref="EndSeconds"/> is greater than the start and
/// at most 86400 after it, so an overnight interval ("22:00-06:00") ends after 86400.
/// </summary>
internal readonly struct WallInterval : IEquatable<WallInterval>, IComparable<WallInterval>
{
    internal const int SecondsPerDay = 86_400;

    internal WallInterval(int startSeconds, int endSeconds)
    {
        StartSeconds = startSeconds;
        EndSeconds = endSeconds;
    }

    public int StartSeconds { get; }

    public int EndSeconds { get; }

    public bool IsOvernight => EndSeconds > SecondsPerDay;

    /// <summary>Parses "HH:mm-HH:mm" (seconds optional: "HH:mm:ss"); "24:00" is allowed as an end only.</summary>
    internal static WallInterval Parse(string? text, string path)
    {
        if (text is null)
        {
            throw new CalendarFormatException(path, "an interval is required, e.g. \"09:00-18:00\"; got null");
        }

        int dash = text.IndexOf('-', StringComparison.Ordinal);
        if (dash <= 0 || dash != text.LastIndexOf('-') || dash == text.Length - 1)
        {
            throw new CalendarFormatException(path, $"'{text}' is not an interval of the form \"HH:mm-HH:mm\"");
        }

        int start = ParseTime(text.AsSpan(0, dash).Trim(), text, path, isEnd: false);
        int end = ParseTime(text.AsSpan(dash + 1).Trim(), text, path, isEnd: true);
        if (end == start)
        {
            throw new CalendarFormatException(path, $"'{text}' starts and ends at the same time; write \"00:00-24:00\" for a whole day");
        }

        if (end < start)
        {
            // Overnight: the end is on the next day.
            end += SecondsPerDay;
        }

        return new WallInterval(start, end);
    }

    private static int ParseTime(ReadOnlySpan<char> s, string text, string path, bool isEnd)
    {
        // HH:mm or HH:mm:ss, two digits each.
        if ((s.Length != 5 && s.Length != 8) || s[2] != ':' || (s.Length == 8 && s[5] != ':'))
        {
            throw new CalendarFormatException(path, $"'{text}': time '{s.ToString()}' must be written HH:mm or HH:mm:ss");
        }

        int hours = TwoDigits(s, 0, text, path);
        int minutes = TwoDigits(s, 3, text, path);
        int seconds = s.Length == 8 ? TwoDigits(s, 6, text, path) : 0;
        if (minutes > 59 || seconds > 59)
        {
            throw new CalendarFormatException(path, $"'{text}': time '{s.ToString()}' has minutes or seconds out of range 00-59");
        }

        if (hours == 24 && minutes == 0 && seconds == 0)
        {
            if (!isEnd)
            {
                throw new CalendarFormatException(path, $"'{text}': 24:00 may only end an interval");
            }

            return SecondsPerDay;
        }

        if (hours > 23)
        {
            throw new CalendarFormatException(path, $"'{text}': time '{s.ToString()}' has hours out of range 00-24");
        }

        return (hours * 3600) + (minutes * 60) + seconds;
    }

    private static int TwoDigits(ReadOnlySpan<char> s, int at, string text, string path)
    {
        char a = s[at];
        char b = s[at + 1];
        if (a < '0' || a > '9' || b < '0' || b > '9')
        {
            throw new CalendarFormatException(path, $"'{text}': '{s.ToString()}' is not a time of the form HH:mm");
        }

        return ((a - '0') * 10) + (b - '0');
    }

    public bool Equals(WallInterval other) => StartSeconds == other.StartSeconds && EndSeconds == other.EndSeconds;

    public override bool Equals(object? obj) => obj is WallInterval other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(StartSeconds, EndSeconds);

    public int CompareTo(WallInterval other)
    {
        int c = StartSeconds.CompareTo(other.StartSeconds);
        return c != 0 ? c : EndSeconds.CompareTo(other.EndSeconds);
    }

    /// <summary>Formats as "HH:mm-HH:mm" (with seconds when not whole minutes); a midnight end is "24:00" only for a same-day interval.</summary>
    public override string ToString()
    {
        int end = EndSeconds > SecondsPerDay ? EndSeconds - SecondsPerDay : EndSeconds;
        return Format(StartSeconds) + "-" + Format(end);
    }

    private static string Format(int seconds)
    {
        int h = seconds / 3600;
        int m = seconds / 60 % 60;
        int s = seconds % 60;
        return s == 0
            ? string.Format(CultureInfo.InvariantCulture, "{0:00}:{1:00}", h, m)
            : string.Format(CultureInfo.InvariantCulture, "{0:00}:{1:00}:{2:00}", h, m, s);
    }
}
