using System;
using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Changes;

/// <summary>
/// A release freeze in force for a business service over a half-open period [start, end), as the host's error-budget
/// decisions stated it when a change-schedule document was written. A document's freezes are the schedule's
/// <see cref="IErrorBudgetDecisions"/> port. Immutable.
/// </summary>
public sealed record ReleaseFreeze
{
    /// <summary>Creates a freeze.</summary>
    /// <param name="service">The business service.</param>
    /// <param name="start">The start (inclusive).</param>
    /// <param name="end">The end (exclusive), after the start.</param>
    /// <exception cref="ArgumentException">The service id is empty or the period is empty or reversed.</exception>
    public ReleaseFreeze(ConfigurationItemId service, Instant start, Instant end)
    {
        if (string.IsNullOrEmpty(service.Value))
        {
            throw new ArgumentException("The service id is empty.", nameof(service));
        }

        if (start >= end)
        {
            throw new ArgumentException($"Release freeze of '{service}': the start {start} is not before the end {end}.", nameof(end));
        }

        Service = service;
        Period = new Interval(start, end);
    }

    /// <summary>The business service.</summary>
    public ConfigurationItemId Service { get; }

    /// <summary>The period [start, end).</summary>
    public Interval Period { get; }
}
