using System;
using ItsmCore.Calendars;
using NodaTime;

namespace ItsmCore.Sla;

/// <summary>Argument checks shared by the availability and error-budget types.</summary>
internal static class ServiceLevelGuard
{
    /// <summary>Checks that <paramref name="period"/> is bounded and within the calendars' supported range.</summary>
    /// <exception cref="ArgumentException">The period has no start or no end.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The period is outside the supported range.</exception>
    public static void CheckPeriod(Interval period, string paramName)
    {
        if (!period.HasStart || !period.HasEnd)
        {
            throw new ArgumentException("The period must have a start and an end.", paramName);
        }

        if (period.Start < BusinessCalendar.MinSupportedInstant || period.End >= BusinessCalendar.MaxSupportedInstant)
        {
            throw new ArgumentOutOfRangeException(
                paramName,
                period,
                $"The period must lie within [{BusinessCalendar.MinSupportedInstant}, {BusinessCalendar.MaxSupportedInstant}), the range business calendars support.");
        }
    }

    /// <summary>Checks that <paramref name="month"/> is in the ISO calendar.</summary>
    /// <exception cref="ArgumentException">The month is in another calendar system.</exception>
    public static void CheckIsoMonth(YearMonth month, string paramName)
    {
        if (month.Calendar != CalendarSystem.Iso)
        {
            throw new ArgumentException($"The month must be in the ISO calendar, not {month.Calendar.Id}.", paramName);
        }
    }

    /// <summary>Checks that <paramref name="duration"/> is not negative.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The duration is negative.</exception>
    public static void CheckNotNegative(Duration duration, string paramName)
    {
        if (duration < Duration.Zero)
        {
            throw new ArgumentOutOfRangeException(paramName, duration, "The duration must not be negative.");
        }
    }
}
