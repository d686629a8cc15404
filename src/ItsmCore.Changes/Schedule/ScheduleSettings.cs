using System;
using System.Collections.Immutable;
using ItsmCore.Calendars;
using ItsmCore.Primitives;
using ItsmCore.Sla;
using NodaTime;

namespace ItsmCore.Changes;

/// <summary>
/// Schedule settings keyed by CI id: maintenance-window calendars (for any CI or service), service-hours calendars,
/// outage allowances (a fixed duration, or what is left of a month's availability budget) and freeze policies (for
/// business services), the error-budget decision port and the measured-downtime port.
/// Immutable: each <c>With...</c> returns a new instance; thread-safe.
/// </summary>
public sealed class ScheduleSettings
{
    private ScheduleSettings(
        ImmutableDictionary<ConfigurationItemId, BusinessCalendar> maintenance,
        ImmutableDictionary<ConfigurationItemId, BusinessCalendar> serviceHours,
        ImmutableDictionary<ConfigurationItemId, Duration> allowances,
        ImmutableDictionary<ConfigurationItemId, AvailabilityTarget> budgets,
        ImmutableDictionary<ConfigurationItemId, FreezePolicy> freezes,
        IErrorBudgetDecisions? errorBudget,
        IMeasuredDowntime? measuredDowntime)
    {
        MaintenanceWindows = maintenance;
        ServiceHours = serviceHours;
        OutageAllowances = allowances;
        AvailabilityBudgets = budgets;
        FreezePolicies = freezes;
        ErrorBudget = errorBudget;
        MeasuredDowntime = measuredDowntime;
    }

    /// <summary>No settings: no maintenance windows, service hours, allowances, freezes or ports.</summary>
    public static ScheduleSettings Empty { get; } = new(
        ImmutableDictionary<ConfigurationItemId, BusinessCalendar>.Empty,
        ImmutableDictionary<ConfigurationItemId, BusinessCalendar>.Empty,
        ImmutableDictionary<ConfigurationItemId, Duration>.Empty,
        ImmutableDictionary<ConfigurationItemId, AvailabilityTarget>.Empty,
        ImmutableDictionary<ConfigurationItemId, FreezePolicy>.Empty,
        null,
        null);

    /// <summary>The maintenance-window calendar of each CI or service that declares one.</summary>
    public ImmutableDictionary<ConfigurationItemId, BusinessCalendar> MaintenanceWindows { get; }

    /// <summary>The service-hours calendar of each business service that declares one.</summary>
    public ImmutableDictionary<ConfigurationItemId, BusinessCalendar> ServiceHours { get; }

    /// <summary>The fixed outage allowance of each business service that declares one (per change).</summary>
    public ImmutableDictionary<ConfigurationItemId, Duration> OutageAllowances { get; }

    /// <summary>
    /// The availability target of each business service whose outage allowance is its availability budget: what is
    /// left of the calendar month's budget (see <see cref="WithAvailabilityBudget"/>). A service is in at most one of
    /// this and <see cref="OutageAllowances"/>.
    /// </summary>
    public ImmutableDictionary<ConfigurationItemId, AvailabilityTarget> AvailabilityBudgets { get; }

    /// <summary>The freeze policy of each service that declares one (others use <see cref="FreezePolicy.Default"/>).</summary>
    public ImmutableDictionary<ConfigurationItemId, FreezePolicy> FreezePolicies { get; }

    /// <summary>The error-budget decision port; null when no freeze can be in force.</summary>
    public IErrorBudgetDecisions? ErrorBudget { get; }

    /// <summary>The measured-downtime port the availability budgets subtract; null when no downtime is known.</summary>
    public IMeasuredDowntime? MeasuredDowntime { get; }

    /// <summary>Sets a CI's or service's maintenance-window calendar (replacing any).</summary>
    /// <param name="item">The CI or service.</param>
    /// <param name="calendar">The calendar whose working time is the maintenance window.</param>
    public ScheduleSettings WithMaintenanceWindow(ConfigurationItemId item, BusinessCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return Copy(maintenance: MaintenanceWindows.SetItem(Key(item), calendar));
    }

    /// <summary>Sets a service's service-hours calendar (replacing any).</summary>
    /// <param name="service">The business service.</param>
    /// <param name="calendar">The calendar whose working time is service time.</param>
    public ScheduleSettings WithServiceHours(ConfigurationItemId service, BusinessCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return Copy(serviceHours: ServiceHours.SetItem(Key(service), calendar));
    }

    /// <summary>Sets a service's fixed outage allowance per change (replacing any allowance, an availability budget included).</summary>
    /// <param name="service">The business service.</param>
    /// <param name="allowance">The allowance; zero or more.</param>
    /// <exception cref="ArgumentOutOfRangeException">The allowance is negative.</exception>
    public ScheduleSettings WithOutageAllowance(ConfigurationItemId service, Duration allowance)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(allowance, Duration.Zero);
        ConfigurationItemId key = Key(service);
        return Copy(allowances: OutageAllowances.SetItem(key, allowance), budgets: AvailabilityBudgets.Remove(key));
    }

    /// <summary>
    /// Makes a service's outage allowance its availability budget (replacing any allowance, a fixed one included): a
    /// change's expected outage may not exceed what is left, at its window start, of the budget of the calendar month
    /// containing that start, in the zone of the service's service-hours calendar: (1 - target) x the month's service
    /// time on that calendar (<see cref="AvailabilityTarget.AllowedDowntime(BusinessCalendar, Interval)"/>), minus the
    /// downtime measured in the month (<see cref="MeasuredDowntime"/>, zero without a port), minus the expected outages
    /// of the scheduled changes affecting the service that start earlier in the month; a negative remainder counts as
    /// zero. The service must also have service hours (<see cref="WithServiceHours"/>) when a schedule is created.
    /// </summary>
    /// <param name="service">The business service.</param>
    /// <param name="target">The availability target (for example 99.9 %).</param>
    public ScheduleSettings WithAvailabilityBudget(ConfigurationItemId service, AvailabilityTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        ConfigurationItemId key = Key(service);
        return Copy(allowances: OutageAllowances.Remove(key), budgets: AvailabilityBudgets.SetItem(key, target));
    }

    /// <summary>Sets a service's freeze policy (replacing any).</summary>
    /// <param name="service">The business service.</param>
    /// <param name="policy">The policy.</param>
    public ScheduleSettings WithFreezePolicy(ConfigurationItemId service, FreezePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return Copy(freezes: FreezePolicies.SetItem(Key(service), policy));
    }

    /// <summary>Sets the error-budget decision port (replacing any).</summary>
    /// <param name="decisions">The port.</param>
    public ScheduleSettings WithErrorBudget(IErrorBudgetDecisions decisions)
    {
        ArgumentNullException.ThrowIfNull(decisions);
        return Copy(errorBudget: decisions);
    }

    /// <summary>Sets the measured-downtime port the availability budgets subtract (replacing any).</summary>
    /// <param name="downtime">The port.</param>
    public ScheduleSettings WithMeasuredDowntime(IMeasuredDowntime downtime)
    {
        ArgumentNullException.ThrowIfNull(downtime);
        return Copy(measuredDowntime: downtime);
    }

    private static ConfigurationItemId Key(ConfigurationItemId item) => string.IsNullOrEmpty(item.Value)
        ? throw new ArgumentException("The CI id is empty.", nameof(item))
        : item;

    private ScheduleSettings Copy(
        ImmutableDictionary<ConfigurationItemId, BusinessCalendar>? maintenance = null,
        ImmutableDictionary<ConfigurationItemId, BusinessCalendar>? serviceHours = null,
        ImmutableDictionary<ConfigurationItemId, Duration>? allowances = null,
        ImmutableDictionary<ConfigurationItemId, AvailabilityTarget>? budgets = null,
        ImmutableDictionary<ConfigurationItemId, FreezePolicy>? freezes = null,
        IErrorBudgetDecisions? errorBudget = null,
        IMeasuredDowntime? measuredDowntime = null) => new(
        maintenance ?? MaintenanceWindows,
        serviceHours ?? ServiceHours,
        allowances ?? OutageAllowances,
        budgets ?? AvailabilityBudgets,
        freezes ?? FreezePolicies,
        errorBudget ?? ErrorBudget,
        measuredDowntime ?? MeasuredDowntime);
}
