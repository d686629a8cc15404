using System;
using System.Globalization;
using NodaTime;

namespace ItsmCore.Changes;

/// <summary>
/// The last instant at which an RFC can be submitted and still be on a meeting's agenda (DESIGN.md, "CAB cadence"):
/// in n business days, the meeting time on the n-th business day before the meeting date; in working hours h, the
/// latest instant c with <c>WorkingTimeBetween(c, meetingStart) &gt;= h</c> on the board's calendar (that is
/// <c>Subtract(meetingStart, h)</c>); a cut-off of 0 is the meeting start. Submitted exactly at the cut-off is in.
/// Immutable and thread-safe; equal cut-offs compare equal.
/// </summary>
public sealed record CabCutOff
{
    /// <summary>The largest number of business days a cut-off may have: 250.</summary>
    public const int MaxBusinessDays = 250;

    /// <summary>The largest working time a cut-off may have: 366 days.</summary>
    public static readonly Duration MaxWorkingTime = Duration.FromDays(366);

    private CabCutOff(CabCutOffKind kind, int businessDays, Duration workingTime)
    {
        Kind = kind;
        BusinessDays = businessDays;
        WorkingTime = workingTime;
    }

    /// <summary>No cut-off: an RFC submitted up to the meeting start is on its agenda.</summary>
    public static CabCutOff AtMeetingStart { get; } = new(CabCutOffKind.AtMeetingStart, 0, Duration.Zero);

    /// <summary>How the cut-off is expressed.</summary>
    public CabCutOffKind Kind { get; }

    /// <summary>The number of business days, for <see cref="CabCutOffKind.BusinessDays"/>; 0 otherwise.</summary>
    public int BusinessDays { get; }

    /// <summary>The working time, for <see cref="CabCutOffKind.WorkingHours"/>; zero otherwise.</summary>
    public Duration WorkingTime { get; }

    /// <summary>The meeting time on the <paramref name="days"/>-th business day before the meeting date (0 is <see cref="AtMeetingStart"/>).</summary>
    /// <param name="days">0 to <see cref="MaxBusinessDays"/>.</param>
    /// <returns>The cut-off.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is out of range.</exception>
    public static CabCutOff BusinessDaysBefore(int days)
    {
        if (days is < 0 or > MaxBusinessDays)
        {
            throw new ArgumentOutOfRangeException(nameof(days), days, $"A cut-off is 0 to {MaxBusinessDays} business days.");
        }

        return days == 0 ? AtMeetingStart : new CabCutOff(CabCutOffKind.BusinessDays, days, Duration.Zero);
    }

    /// <summary>The latest instant with <paramref name="workingTime"/> of the board's working time before the meeting start (zero is <see cref="AtMeetingStart"/>).</summary>
    /// <param name="workingTime">Zero to <see cref="MaxWorkingTime"/>.</param>
    /// <returns>The cut-off.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="workingTime"/> is out of range.</exception>
    public static CabCutOff WorkingHoursBefore(Duration workingTime)
    {
        if (workingTime < Duration.Zero || workingTime > MaxWorkingTime)
        {
            throw new ArgumentOutOfRangeException(nameof(workingTime), workingTime, $"A cut-off is zero to {MaxWorkingTime.TotalDays} days of working time.");
        }

        return workingTime == Duration.Zero ? AtMeetingStart : new CabCutOff(CabCutOffKind.WorkingHours, 0, workingTime);
    }

    /// <summary>A readable form, e.g. <c>3 business days before</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Kind switch
    {
        CabCutOffKind.BusinessDays => string.Create(CultureInfo.InvariantCulture, $"{BusinessDays} business day{(BusinessDays == 1 ? string.Empty : "s")} before"),
        CabCutOffKind.WorkingHours => string.Create(CultureInfo.InvariantCulture, $"{WorkingTime.TotalMinutes:0.###} working minutes before"),
        _ => "at the meeting start",
    };
}
