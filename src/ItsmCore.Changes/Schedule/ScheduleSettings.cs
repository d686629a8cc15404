using System;
using System.Collections.Immutable;
using ItsmCore.Calendars;
using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Changes;

/// <summary>
/// Schedule settings keyed by CI id: maintenance-window calendars (for any CI or service), service-hours calendars,
/// fixed outage allowances and freeze policies (for business services), and the error-budget decision port.
/// Immutable: each <c>With...</c> returns a new instance; thread-safe.
/// </summary>
public sealed class ScheduleSettings
{
    private ScheduleSettings(
        ImmutableDictionary<ConfigurationItemId, BusinessCalendar> maintenance,
        ImmutableDictionary<ConfigurationItemId, BusinessCalendar> serviceHours,
        ImmutableDictionary<ConfigurationItemId, Duration> allowances,
        ImmutableDictionary<ConfigurationItemId, FreezePolicy> freezes,
        IErrorBudgetDecisions? errorBudget)
    {
        MaintenanceWindows = maintenance;
        ServiceHours = serviceHours;
        OutageAllowances = allowances;
        FreezePolicies = freezes;
        ErrorBudget = errorBudget;
    }

    /// <summary>No settings: no maintenance windows, service hours, allowances, freezes or error-budget port.</summary>
    public static ScheduleSettings Empty { get; } = new(
        ImmutableDictionary<ConfigurationItemId, BusinessCalendar>.Empty,
        ImmutableDictionary<ConfigurationItemId, BusinessCalendar>.Empty,
        ImmutableDictionary<ConfigurationItemId, Duration>.Empty,
        ImmutableDictionary<ConfigurationItemId, FreezePolicy>.Empty,
        null);

    /// <summary>The maintenance-window calendar of each CI or service that declares one.</summary>
    public ImmutableDictionary<ConfigurationItemId, BusinessCalendar> MaintenanceWindows { get; }

    /// <summary>The service-hours calendar of each business service that declares one.</summary>
    public ImmutableDictionary<ConfigurationItemId, BusinessCalendar> ServiceHours { get; }

    /// <summary>The fixed outage allowance of each business service that declares one.</summary>
    public ImmutableDictionary<ConfigurationItemId, Duration> OutageAllowances { get; }

    /// <summary>The freeze policy of each service that declares one (others use <see cref="FreezePolicy.Default"/>).</summary>
    public ImmutableDictionary<ConfigurationItemId, FreezePolicy> FreezePolicies { get; }

    /// <summary>The error-budget decision port; null when no freeze can be in force.</summary>
    public IErrorBudgetDecisions? ErrorBudget { get; }

    /// <summary>Sets a CI's or service's maintenance-window calendar (replacing any).</summary>
    /// <param name="item">The CI or service.</param>
    /// <param name="calendar">The calendar whose working time is the maintenance window.</param>
    public ScheduleSettings WithMaintenanceWindow(ConfigurationItemId item, BusinessCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return new(MaintenanceWindows.SetItem(Key(item), calendar), ServiceHours, OutageAllowances, FreezePolicies, ErrorBudget);
    }

    /// <summary>Sets a service's service-hours calendar (replacing any).</summary>
    /// <param name="service">The business service.</param>
    /// <param name="calendar">The calendar whose working time is service time.</param>
    public ScheduleSettings WithServiceHours(ConfigurationItemId service, BusinessCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return new(MaintenanceWindows, ServiceHours.SetItem(Key(service), calendar), OutageAllowances, FreezePolicies, ErrorBudget);
    }

    /// <summary>Sets a service's fixed outage allowance per change (replacing any).</summary>
    /// <param name="service">The business service.</param>
    /// <param name="allowance">The allowance; zero or more.</param>
    /// <exception cref="ArgumentOutOfRangeException">The allowance is negative.</exception>
    public ScheduleSettings WithOutageAllowance(ConfigurationItemId service, Duration allowance)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(allowance, Duration.Zero);
        return new(MaintenanceWindows, ServiceHours, OutageAllowances.SetItem(Key(service), allowance), FreezePolicies, ErrorBudget);
    }

    /// <summary>Sets a service's freeze policy (replacing any).</summary>
    /// <param name="service">The business service.</param>
    /// <param name="policy">The policy.</param>
    public ScheduleSettings WithFreezePolicy(ConfigurationItemId service, FreezePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return new(MaintenanceWindows, ServiceHours, OutageAllowances, FreezePolicies.SetItem(Key(service), policy), ErrorBudget);
    }

    /// <summary>Sets the error-budget decision port (replacing any).</summary>
    /// <param name="decisions">The port.</param>
    public ScheduleSettings WithErrorBudget(IErrorBudgetDecisions decisions)
    {
        ArgumentNullException.ThrowIfNull(decisions);
        return new(MaintenanceWindows, ServiceHours, OutageAllowances, FreezePolicies, decisions);
    }

    private static ConfigurationItemId Key(ConfigurationItemId item) => string.IsNullOrEmpty(item.Value)
        ? throw new ArgumentException("The CI id is empty.", nameof(item))
        : item;
}
