using System;
using NodaTime;

namespace ItsmCore.Calendars;

/// <summary>
/// An <see cref="IClock"/> that reads a <see cref="TimeProvider"/>: for hosts whose time comes from .NET's
/// <see cref="TimeProvider"/> (or tests that drive it with <c>FakeTimeProvider</c>), so that ItsmCore sees the same
/// time as the rest of the host. <see cref="ClockTimeProvider"/> is the bridge the other way.
/// </summary>
/// <remarks>Thread-safe when the provider is (<see cref="TimeProvider.System"/> is).</remarks>
public sealed class TimeProviderClock : IClock
{
    /// <summary>Creates a clock reading <paramref name="timeProvider"/>.</summary>
    /// <param name="timeProvider">The provider whose <see cref="TimeProvider.GetUtcNow"/> the clock shows.</param>
    /// <exception cref="ArgumentNullException"><paramref name="timeProvider"/> is null.</exception>
    public TimeProviderClock(TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        TimeProvider = timeProvider;
    }

    /// <summary>The provider the clock reads.</summary>
    public TimeProvider TimeProvider { get; }

    /// <summary>The provider's current UTC time as an instant (exact to its 100 ns ticks).</summary>
    /// <returns>The current instant.</returns>
    public Instant GetCurrentInstant() => Instant.FromDateTimeOffset(TimeProvider.GetUtcNow());
}
