using System;
using NodaTime;

namespace ItsmCore.Calendars;

/// <summary>
/// A <see cref="TimeProvider"/> that reads an <see cref="IClock"/>: for .NET APIs that take a <see cref="TimeProvider"/>
/// in a host whose time is an <see cref="IClock"/> (for example a test's fake clock). <see cref="GetUtcNow"/> and the
/// timestamps (<see cref="GetTimestamp"/>, hence <see cref="TimeProvider.GetElapsedTime(long)"/>) follow the clock;
/// the local time zone is UTC (ItsmCore never uses an ambient zone). Timers created through
/// <see cref="TimeProvider.CreateTimer"/> run on real time, as an <see cref="IClock"/> has no timers.
/// <see cref="TimeProviderClock"/> is the bridge the other way.
/// </summary>
/// <remarks>Thread-safe when the clock is.</remarks>
public sealed class ClockTimeProvider : TimeProvider
{
    /// <summary>Creates a provider reading <paramref name="clock"/>.</summary>
    /// <param name="clock">The clock.</param>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is null.</exception>
    public ClockTimeProvider(IClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        Clock = clock;
    }

    /// <summary>The clock the provider reads.</summary>
    public IClock Clock { get; }

    /// <summary>UTC.</summary>
    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    /// <summary>One timestamp tick is 100 ns (<see cref="TimeSpan.TicksPerSecond"/> per second).</summary>
    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    /// <summary>The clock's current instant, truncated to 100 ns ticks, with offset zero.</summary>
    /// <returns>The current UTC time.</returns>
    public override DateTimeOffset GetUtcNow() => Clock.GetCurrentInstant().ToDateTimeOffset();

    /// <summary>The clock's current instant in 100 ns ticks since the Unix epoch.</summary>
    /// <returns>The timestamp.</returns>
    public override long GetTimestamp() => Clock.GetCurrentInstant().ToUnixTimeTicks();
}
