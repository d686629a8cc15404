using System;
using System.Threading;
using NodaTime;
using NodaTime.Text;

namespace ItsmCore.Testing;

/// <summary>
/// A settable <see cref="IClock"/> for tests, built on NodaTime.Testing's <see cref="NodaTime.Testing.FakeClock"/> (which keeps
/// the instant and applies the auto-advance on every read). What this type adds is the rule that a clock in a
/// scenario only moves forward, checked atomically.
/// </summary>
/// <remarks>
/// <para>
/// The clock only moves forward through <see cref="Advance"/>, <see cref="AdvanceMinutes"/>, <see cref="AdvanceHours"/>,
/// <see cref="AdvanceDays"/> and <see cref="SetTo"/>, as a real clock would; negative steps and a negative
/// <see cref="AutoAdvance"/> are refused (NodaTime's clock allows both). <see cref="Reset"/> is the one explicit way to
/// move it to any instant, including backwards.
/// </para>
/// <para>
/// The clock is thread-safe: every member runs under one lock, so that <see cref="SetTo"/>'s check and move, and
/// <see cref="ToString"/>'s read without advancing, are atomic with respect to the other members. Each call to
/// <see cref="GetCurrentInstant"/> reads the instant and applies the auto-advance atomically: with a positive
/// <see cref="AutoAdvance"/>, concurrent readers never see the same instant twice and no advance is lost.
/// </para>
/// </remarks>
public sealed class FakeClock : IClock
{
    private readonly Lock gate = new();
    private readonly NodaTime.Testing.FakeClock inner;

    /// <summary>Creates a clock showing <paramref name="initial"/>.</summary>
    /// <param name="initial">The instant the clock shows first.</param>
    /// <param name="autoAdvance">
    /// How far the clock moves forward after each <see cref="GetCurrentInstant"/>; zero (the default) for a clock that
    /// stands still until moved. Must not be negative.
    /// </param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="autoAdvance"/> is negative.</exception>
    public FakeClock(Instant initial, Duration autoAdvance = default)
    {
        CheckAutoAdvance(autoAdvance, nameof(autoAdvance));
        inner = new NodaTime.Testing.FakeClock(initial, autoAdvance);
    }

    /// <summary>
    /// How far the clock moves forward after each <see cref="GetCurrentInstant"/> call; zero for a clock that stands
    /// still until moved.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value set is negative.</exception>
    public Duration AutoAdvance
    {
        get
        {
            lock (gate)
            {
                return inner.AutoAdvance;
            }
        }

        set
        {
            CheckAutoAdvance(value, nameof(value));
            lock (gate)
            {
                inner.AutoAdvance = value;
            }
        }
    }

    /// <summary>Creates a standing clock showing the given UTC date and time.</summary>
    /// <param name="year">The year.</param>
    /// <param name="month">The month, 1-12.</param>
    /// <param name="day">The day of the month.</param>
    /// <param name="hour">The hour, 0-23.</param>
    /// <param name="minute">The minute, 0-59.</param>
    /// <param name="second">The second, 0-59.</param>
    /// <returns>A clock with no auto-advance.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The values do not form a valid date and time.</exception>
    public static FakeClock FromUtc(int year, int month, int day, int hour = 0, int minute = 0, int second = 0) =>
        new(Instant.FromUtc(year, month, day, hour, minute, second));

    /// <summary>
    /// Returns the instant the clock shows, then moves the clock forward by <see cref="AutoAdvance"/> (the returned
    /// value is the instant before the advance). Both steps happen atomically under the clock's lock.
    /// </summary>
    /// <returns>The current instant.</returns>
    public Instant GetCurrentInstant()
    {
        lock (gate)
        {
            return inner.GetCurrentInstant();
        }
    }

    /// <summary>Moves the clock forward by <paramref name="by"/>.</summary>
    /// <param name="by">How far to move; zero or positive.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="by"/> is negative (use <see cref="Reset"/> to move the clock back).</exception>
    public void Advance(Duration by)
    {
        CheckForward(by, nameof(by));
        lock (gate)
        {
            inner.Advance(by);
        }
    }

    /// <summary>Moves the clock forward by a number of minutes.</summary>
    /// <param name="minutes">Zero or more minutes.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minutes"/> is negative or out of the range of <see cref="Duration"/>.</exception>
    public void AdvanceMinutes(long minutes)
    {
        CheckForward(minutes, nameof(minutes));
        lock (gate)
        {
            inner.AdvanceMinutes(minutes);
        }
    }

    /// <summary>Moves the clock forward by a number of hours.</summary>
    /// <param name="hours">Zero or more hours.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="hours"/> is negative or out of the range of <see cref="Duration"/>.</exception>
    public void AdvanceHours(long hours)
    {
        CheckForward(hours, nameof(hours));
        lock (gate)
        {
            inner.Advance(Duration.FromHours(hours));
        }
    }

    /// <summary>
    /// Moves the clock forward by a number of days, each exactly 24 hours of elapsed time. An instant has no time zone,
    /// so this is not "the same wall-clock time n days later": across a daylight-saving change the local time shown in
    /// a zone moves by an hour. Advance to a computed instant with <see cref="SetTo"/> for calendar-aware steps.
    /// </summary>
    /// <param name="days">Zero or more days.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is negative.</exception>
    public void AdvanceDays(int days)
    {
        CheckForward(days, nameof(days));
        lock (gate)
        {
            inner.AdvanceDays(days);
        }
    }

    /// <summary>Moves the clock forward to <paramref name="instant"/>; setting it to the instant it already shows does nothing.</summary>
    /// <param name="instant">The new instant, not earlier than the current one.</param>
    /// <exception cref="InvalidOperationException">
    /// <paramref name="instant"/> is earlier than the current instant; the message states both instants. Use
    /// <see cref="Reset"/> to move the clock backwards.
    /// </exception>
    public void SetTo(Instant instant)
    {
        lock (gate)
        {
            Instant now = Peek();
            if (instant < now)
            {
                throw new InvalidOperationException(
                    $"The fake clock only moves forward: it shows {Format(now)} and cannot be set to the earlier instant {Format(instant)}. " +
                    "Use Reset to move it backwards.");
            }

            inner.Reset(instant);
        }
    }

    /// <summary>Sets the clock to any instant, including one earlier than the current instant. <see cref="AutoAdvance"/> is kept.</summary>
    /// <param name="instant">The new instant.</param>
    public void Reset(Instant instant)
    {
        lock (gate)
        {
            inner.Reset(instant);
        }
    }

    /// <summary>The instant the clock shows, without advancing it.</summary>
    /// <returns>The instant in extended ISO format, e.g. <c>2026-04-01T09:00:00Z</c>.</returns>
    public override string ToString()
    {
        lock (gate)
        {
            return Format(Peek());
        }
    }

    /// <summary>The instant the inner clock shows, without applying its auto-advance; call under the lock.</summary>
    private Instant Peek()
    {
        Duration autoAdvance = inner.AutoAdvance;
        inner.AutoAdvance = Duration.Zero;
        Instant now = inner.GetCurrentInstant();
        inner.AutoAdvance = autoAdvance;
        return now;
    }

    private static string Format(Instant instant) => InstantPattern.ExtendedIso.Format(instant);

    private static void CheckAutoAdvance(Duration value, string paramName)
    {
        if (value < Duration.Zero)
        {
            throw new ArgumentOutOfRangeException(paramName, value, "The auto-advance must not be negative.");
        }
    }

    private static void CheckForward(Duration by, string paramName)
    {
        if (by < Duration.Zero)
        {
            throw new ArgumentOutOfRangeException(paramName, by, "The fake clock only moves forward; use Reset to move it backwards.");
        }
    }

    private static void CheckForward(long amount, string paramName)
    {
        if (amount < 0)
        {
            throw new ArgumentOutOfRangeException(paramName, amount, "The fake clock only moves forward; use Reset to move it backwards.");
        }
    }
}
