using System;
using NodaTime;

namespace ItsmCore.Cmdb;

/// <summary>The data-quality policy of a <see cref="CmdbHealthReport"/>. Immutable.</summary>
public sealed record HealthPolicy
{
    private static readonly LocalDateTime Probe = new(2000, 1, 1, 0, 0);

    /// <summary>How long a contact verification stays valid (added in <see cref="Zone"/>'s local time). <value>The default value is one year.</value></summary>
    /// <exception cref="ArgumentException">The period does not move a date forward.</exception>
    public Period VerificationPeriod
    {
        get;
        init => field = value is not null && Probe.Plus(value) > Probe
            ? value
            : throw new ArgumentException("The verification period must move a date forward.", nameof(VerificationPeriod));
    }

    = Period.FromYears(1);

    /// <summary>The time zone in which dates (acquisition dates) start and periods are added. <value>The default value is UTC.</value></summary>
    public DateTimeZone Zone { get; init => field = value ?? throw new ArgumentNullException(nameof(Zone)); } = DateTimeZone.Utc;
}
