using System;

namespace ItsmCore.Sla;

/// <summary>
/// Where "creation plus n business days" lands on the n-th business day. Both readings are in use, so the choice is a
/// published policy, like NodaTime's <c>Resolvers</c>: <see cref="SameTimeOfDay"/> (the default of
/// <see cref="LeadTime"/>) or <see cref="EndOfBusinessDay"/>. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// <para>
/// Both count from the creation's business day: a creation inside working hours counts from its own local date and time
/// of day; a creation outside working hours counts from the next opening (its date and its time of day), as business-day
/// SLA targets do. Example on weekdays 10:00-19:00 Asia/Tokyo with the JP holidays, 1 business day:
/// </para>
/// <list type="table">
/// <listheader><term>Created</term><description>SameTimeOfDay / EndOfBusinessDay</description></listheader>
/// <item><term>Mon 16 Nov 2026 11:00</term><description>Tue 17 Nov 11:00 / Tue 17 Nov 19:00</description></item>
/// <item><term>Fri 20 Nov 2026 17:00</term><description>Tue 24 Nov 17:00 / Tue 24 Nov 19:00 (Mon 23 Nov is a holiday)</description></item>
/// <item><term>Sat 21 Nov 2026 11:00</term><description>Wed 25 Nov 10:00 / Wed 25 Nov 19:00 (counted from the Tue 24 opening)</description></item>
/// </list>
/// <para>
/// Why <see cref="SameTimeOfDay"/> is the default: it grants the same amount of business time (n full business days,
/// 9 working hours each above) whatever the hour of creation, while <see cref="EndOfBusinessDay"/> gives a request
/// created at 10:00 and one created at 18:59 the same earliest instant, so the early one waits almost a day longer
/// than the lead time says; it is also the reading of case 1's fulfilment targets ("within 1 business day").
/// Choose <see cref="EndOfBusinessDay"/> where the provider schedules work per day.
/// </para>
/// </remarks>
public sealed class LeadTimePolicy : IEquatable<LeadTimePolicy>
{
    private LeadTimePolicy(string name, BusinessDayEnd dayEnd)
    {
        Name = name;
        DayEnd = dayEnd;
    }

    /// <summary>The same local time of day on the n-th business day after the creation's business day (Mon 11:00 + 1 = Tue 11:00).</summary>
    public static LeadTimePolicy SameTimeOfDay { get; } = new("SameTimeOfDay", BusinessDayEnd.SameTimeOfDay);

    /// <summary>The end of the n-th business day after the creation's business day (Mon 11:00 + 1 = Tue at closing time).</summary>
    public static LeadTimePolicy EndOfBusinessDay { get; } = new("EndOfBusinessDay", BusinessDayEnd.EndOfBusinessDay);

    /// <summary>The policy's name, <c>SameTimeOfDay</c> or <c>EndOfBusinessDay</c>.</summary>
    public string Name { get; }

    /// <summary>The business-day end the policy measures with (the same rule as <see cref="SlaTarget.WithinBusinessDays"/>).</summary>
    public BusinessDayEnd DayEnd { get; }

    /// <inheritdoc />
    public bool Equals(LeadTimePolicy? other) => other is not null && DayEnd == other.DayEnd;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as LeadTimePolicy);

    /// <inheritdoc />
    public override int GetHashCode() => DayEnd.GetHashCode();

    /// <summary>The name.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Name;
}
