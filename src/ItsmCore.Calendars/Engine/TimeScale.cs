using System;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using NodaTime;
using NodaTime.HighPerformance;

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

    /// <summary>Width of a year-lookup bucket: 2^52 ns, about 52 days, shorter than any year.</summary>
    private const int YearBucketShift = 52;

    /// <summary>The year index at the lower edge of each year-lookup bucket (250 years fit a byte).</summary>
    private static readonly byte[] YearOfBucket = CreateYearOfBucket();

    public static long MinNs => YearStarts[0];

    public static long MaxNs => YearStarts[YearCount];

    public static long YearStart(int index) => YearStarts[index];

    /// <summary>A supported instant in ns since the epoch (through <see cref="Instant64"/>, whose range holds the supported one).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long ToNs(Instant instant) => Instant64.FromInstant(instant).ToUnixTimeNanoseconds();

    /// <summary>The instant of a supported ns count (through <see cref="Instant64"/>, whose range holds the supported one).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Instant ToInstant(long ns) => Instant64.FromUnixTimeNanoseconds(ns).ToInstant();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsSupported(Instant instant) => instant >= MinSupported && instant < MaxSupported;

    /// <summary>The chunk index (UTC year - <see cref="FirstYear"/>) containing a supported instant.</summary>
    /// <remarks>A table lookup: <see cref="YearOfBucket"/> gives the year at the lower edge of each 2^52 ns (52-day) bucket, and a bucket holds at most one new year.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int IndexOf(long ns)
    {
        unchecked
        {
            int index = YearOfBucket[(int)((ns - YearStarts[0]) >> YearBucketShift)];
            return ns >= YearStarts[index + 1] ? index + 1 : index;
        }
    }

    public static void CheckSupported(Instant instant, string paramName)
    {
        if (!IsSupported(instant))
        {
            ThrowUnsupported(instant, paramName);
        }
    }

    /// <summary>The instant in ns since the epoch, after checking that it is supported.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The instant is outside the supported range.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long ToSupportedNs(Instant instant, string paramName)
    {
        if (!IsSupported(instant))
        {
            ThrowUnsupported(instant, paramName);
        }

        return ToNs(instant);
    }

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowUnsupported(Instant instant, string paramName) =>
        throw new ArgumentOutOfRangeException(
            paramName,
            instant,
            $"Instant {instant} is outside the supported range [{MinSupported}, {MaxSupported}).");

    private static byte[] CreateYearOfBucket()
    {
        var table = new byte[(int)((YearStarts[YearCount] - 1 - YearStarts[0]) >> YearBucketShift) + 1];
        int year = 0;
        for (int b = 0; b < table.Length; b++)
        {
            long edge = YearStarts[0] + ((long)b << YearBucketShift);
            while (YearStarts[year + 1] <= edge)
            {
                year++;
            }

            table[b] = (byte)year;
        }

        return table;
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
