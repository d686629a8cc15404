using System;
using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Changes;

/// <summary>
/// The downtime measured for a business service over a half-open period [start, end) (typically a calendar month), as
/// the host stated it when a change-schedule document was written. A document's measurements are the schedule's
/// <see cref="IMeasuredDowntime"/> port: the downtime in a month is the sum of the service's measurements that start
/// in that month. Immutable.
/// </summary>
public sealed record DowntimeMeasurement
{
    /// <summary>Creates a measurement.</summary>
    /// <param name="service">The business service.</param>
    /// <param name="start">The start of the measured period (inclusive).</param>
    /// <param name="end">The end of the measured period (exclusive), after the start.</param>
    /// <param name="downtime">The downtime measured in the period: zero or more, at most the period's length.</param>
    /// <exception cref="ArgumentException">The service id is empty, the period is empty or reversed, or the downtime is negative or longer than the period.</exception>
    public DowntimeMeasurement(ConfigurationItemId service, Instant start, Instant end, Duration downtime)
    {
        if (string.IsNullOrEmpty(service.Value))
        {
            throw new ArgumentException("The service id is empty.", nameof(service));
        }

        if (start >= end)
        {
            throw new ArgumentException($"Downtime measurement of '{service}': the start {start} is not before the end {end}.", nameof(end));
        }

        if (downtime < Duration.Zero || downtime > end - start)
        {
            throw new ArgumentException($"Downtime measurement of '{service}': the downtime {downtime} is not between zero and the period's length {end - start}.", nameof(downtime));
        }

        Service = service;
        Period = new Interval(start, end);
        Downtime = downtime;
    }

    /// <summary>The business service.</summary>
    public ConfigurationItemId Service { get; }

    /// <summary>The measured period [start, end).</summary>
    public Interval Period { get; }

    /// <summary>The downtime measured in the period.</summary>
    public Duration Downtime { get; }
}
