using System;
using System.Collections.Generic;
using ItsmCore.Primitives;
using ItsmCore.Sla;
using NodaTime;

namespace ItsmCore.Changes;

/// <summary>
/// A business service's error budget as a change-schedule document states it: the objective (SLO), the length of the
/// rolling window the budget covers and the <see cref="ErrorBudgetPolicy"/> that freezes releases. With the
/// document's downtime measurements it derives the service's release freezes (DESIGN "Release freeze"): at an instant
/// <c>t</c> the budget is <see cref="ErrorBudget.ForDowntime(AvailabilityTarget, Duration, Duration)"/> of the window
/// (24x7) with the downtime of the service's measurements whose period [start, end) touches the window (t − window, t],
/// that is with <c>start ≤ t &lt; end + window</c>; a measured downtime may lie anywhere in its period, so it counts
/// from the period's start until one window after its end. The policy's decision on that budget is the freeze.
/// Immutable and thread-safe; equal when service, objective, window and threshold are equal.
/// </summary>
public sealed record ServiceErrorBudget
{
    /// <summary>Creates a service's error budget.</summary>
    /// <param name="service">The business service.</param>
    /// <param name="objective">The objective, below 100 %.</param>
    /// <param name="window">The rolling window's length; long enough for the objective to allow some downtime.</param>
    /// <param name="policy">The policy that decides the freeze (<see cref="ErrorBudgetPolicy.Default"/>: below 50 % remaining).</param>
    /// <exception cref="ArgumentNullException"><paramref name="objective"/> or <paramref name="policy"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// The service id is empty, the objective is 100 %, or the window is not positive or too short to allow any downtime at the objective.
    /// </exception>
    public ServiceErrorBudget(ConfigurationItemId service, AvailabilityTarget objective, Duration window, ErrorBudgetPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(objective);
        ArgumentNullException.ThrowIfNull(policy);
        if (string.IsNullOrEmpty(service.Value))
        {
            throw new ArgumentException("The service id is empty.", nameof(service));
        }

        if (objective.Percent == 100m)
        {
            throw new ArgumentException($"Error budget of '{service}': an objective of 100 % leaves no error budget.", nameof(objective));
        }

        if (window <= Duration.Zero || objective.AllowedDowntime(window) == Duration.Zero)
        {
            throw new ArgumentException($"Error budget of '{service}': a window of {window} at {objective} allows no downtime, so there is no error budget.", nameof(window));
        }

        Service = service;
        Objective = objective;
        Window = window;
        Policy = policy;
    }

    /// <summary>The business service.</summary>
    public ConfigurationItemId Service { get; }

    /// <summary>The objective (SLO), e.g. 99.9 %.</summary>
    public AvailabilityTarget Objective { get; }

    /// <summary>The length of the rolling window the budget covers (e.g. 30 days).</summary>
    public Duration Window { get; }

    /// <summary>The policy deciding the freeze.</summary>
    public ErrorBudgetPolicy Policy { get; }

    /// <summary>
    /// The downtime counted against the budget at <paramref name="at"/>: the sum of this service's measurements with
    /// <c>start ≤ at &lt; end + Window</c> (other services' measurements are ignored), at most <see cref="Window"/>.
    /// </summary>
    /// <param name="at">The instant.</param>
    /// <param name="measured">The downtime measurements (of any service).</param>
    /// <returns>The consumed downtime.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="measured"/> or one of its items is null.</exception>
    public Duration ConsumedAt(Instant at, IEnumerable<DowntimeMeasurement> measured)
    {
        ArgumentNullException.ThrowIfNull(measured);
        Duration sum = Duration.Zero;
        foreach (DowntimeMeasurement m in measured)
        {
            ArgumentNullException.ThrowIfNull(m, nameof(measured));
            if (m.Service == Service && m.Period.Start <= at && at - m.Period.End < Window)
            {
                sum += m.Downtime;
                if (sum >= Window)
                {
                    return Window; // overspent whatever follows; the budget's downtime is at most its service time
                }
            }
        }

        return sum;
    }

    /// <summary>
    /// The policy's decision at <paramref name="at"/> on the budget of the window ending then
    /// (<see cref="ErrorBudget.ForDowntime(AvailabilityTarget, Duration, Duration)"/> of <see cref="Window"/> with the
    /// downtime <see cref="ConsumedAt"/> counts): a freeze when less than the threshold remains.
    /// </summary>
    /// <param name="at">The instant.</param>
    /// <param name="measured">The downtime measurements (of any service).</param>
    /// <returns>The decision, with the remaining share and a reason.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="measured"/> or one of its items is null.</exception>
    public ReleaseDecision DecideAt(Instant at, IEnumerable<DowntimeMeasurement> measured) =>
        Policy.Decide(ErrorBudget.ForDowntime(Objective, Window, ConsumedAt(at, measured)));

    /// <inheritdoc />
    public bool Equals(ServiceErrorBudget? other) =>
        other is not null
        && Service == other.Service
        && Objective == other.Objective
        && Window == other.Window
        && Policy.ThresholdPercent == other.Policy.ThresholdPercent;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Service, Objective, Window, Policy.ThresholdPercent);
}
