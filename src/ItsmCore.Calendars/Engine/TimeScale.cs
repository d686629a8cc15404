using System;
using NodaTime;

namespace ItsmCore.Calendars.Engine;

/// <summary>
/// The engine works in nanoseconds since the Unix epoch (a <see cref="long"/>), which keeps every
/// NodaTime instant exact. The supported range is [1900-01-01T00:00Z, 2150-01-01T00:00Z): 250 years,
/// so that any difference of two supported instants also fits a <see cref="long"/>. The range is cut
/// into UTC calendar years; each year is one cache slot ("chunk") of the index.
/// </summary>
internal static class TimeScale
{
    public const int FirstYear = 1900;
    public const int YearCount = 250;
    public const int EndYear = FirstYear + YearCount; // exclusive

    public static readonly Instant MinSupported = Instant.FromUtc(FirstYear, 1, 1, 0, 0);
    public static readonly Instant MaxSupported = Instant.FromUtc(EndYear, 1, 1, 0, 0); // exclusive

    /// <summary>Start of each UTC year, in ns since the epoch; one extra entry for the exclusive end.</summary>
    private static readonly long[] YearStarts = CreateYearStarts();

    private static readonly long AverageYear = (YearStarts[YearCount] - YearStarts[0]) / YearCount;

    public static long MinNs => YearStarts[0];

    public static long MaxNs => YearStarts[YearCount];

    public static long YearStart(int index) => YearStarts[index];

    public static long ToNs(Instant instant) => (instant - NodaConstants.UnixEpoch).ToInt64Nanoseconds();

    public static Instant ToInstant(long ns) => NodaConstants.UnixEpoch + Duration.FromNanoseconds(ns);

    public static bool IsSupported(Instant instant) => instant >= MinSupported && instant < MaxSupported;

    /// <summary>The chunk index (UTC year - <see cref="FirstYear"/>) containing a supported instant.</summary>
    public static int IndexOf(long ns)
    {
        int index = (int)((ns - YearStarts[0]) / AverageYear);
        if (index >= YearCount)
        {
            index = YearCount - 1;
        }

        while (ns < YearStarts[index])
        {
            index--;
        }

        while (ns >= YearStarts[index + 1])
        {
            index++;
        }

        return index;
    }

    public static void CheckSupported(Instant instant, string paramName)
    {
        if (!IsSupported(instant))
        {
            throw new ArgumentOutOfRangeException(
                paramName,
                instant,
                $"Instant {instant} is outside the supported range [{MinSupported}, {MaxSupported}).");
        }
    }

    private static long[] CreateYearStarts()
    {
        var starts = new long[YearCount + 1];
        for (int i = 0; i <= YearCount; i++)
        {
            starts[i] = ToNs(Instant.FromUtc(FirstYear + i, 1, 1, 0, 0));
        }

        return starts;
    }
}
