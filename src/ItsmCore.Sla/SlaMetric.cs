using System;

namespace ItsmCore.Sla;

/// <summary>
/// What an SLA target measures: one of the well-known metrics (<see cref="FirstResponse"/>, <see cref="Resolution"/>,
/// <see cref="CustomerNotification"/>, <see cref="RecurringUpdate"/>) or a custom name. Compared by name (ordinal).
/// Immutable and thread-safe.
/// </summary>
public sealed record SlaMetric
{
    private SlaMetric(string name) => Name = name;

    /// <summary>Time to the first response to the customer.</summary>
    public static SlaMetric FirstResponse { get; } = new("first-response");

    /// <summary>Time to resolution (service restored or request fulfilled).</summary>
    public static SlaMetric Resolution { get; } = new("resolution");

    /// <summary>Time to notify the customer of a failure, measured from alert receipt.</summary>
    public static SlaMetric CustomerNotification { get; } = new("customer-notification");

    /// <summary>A recurring update, e.g. an interim report every 60 minutes while a failure is unresolved.</summary>
    public static SlaMetric RecurringUpdate { get; } = new("recurring-update");

    /// <summary>The metric's name: lower-case words joined by hyphens for the well-known metrics.</summary>
    public string Name { get; }

    /// <summary>A custom metric.</summary>
    /// <param name="name">The name: non-empty, no leading or trailing white space, at most 100 characters.</param>
    /// <returns>The metric (a well-known one when the name is one of theirs).</returns>
    /// <exception cref="ArgumentException">The name is empty, padded with white space or too long.</exception>
    public static SlaMetric Custom(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Length == 0 || name.Length > 100 || name.Trim().Length != name.Length)
        {
            throw new ArgumentException("A metric name must be 1-100 characters without leading or trailing white space.", nameof(name));
        }

        return name switch
        {
            "first-response" => FirstResponse,
            "resolution" => Resolution,
            "customer-notification" => CustomerNotification,
            "recurring-update" => RecurringUpdate,
            _ => new SlaMetric(name),
        };
    }

    /// <inheritdoc />
    public override string ToString() => Name;
}
