using ItsmCore.Classification;

namespace ItsmCore.ServiceRequests;

/// <summary>
/// The service-request priority scale: a <see cref="Classification.Priority"/> like every other record's, on a
/// three-level scale whose levels say how soon a request is wanted, measured against its type's standard lead time
/// (<see cref="ServiceRequestType.LeadTime"/>; domain-brief case 13). What each level records is decided by its
/// position on the scale (<see cref="ServiceRequestRules.Schedule"/>, <see cref="ServiceRequestSchedule"/>).
/// Immutable and thread-safe.
/// </summary>
public static class ServiceRequestPriorities
{
    /// <summary>The scale: 1 High, 2 Medium, 3 Low; level 1 is the most urgent.</summary>
    public static PriorityScale Scale { get; } = PriorityScale.Create(PriorityOrder.OneIsMostUrgent, "High", "Medium", "Low");

    /// <summary>
    /// Level 1, expedited: a desired date may be sooner than the standard lead time, down to creation plus one business
    /// day (the next business day; never longer than the standard lead time); a request planned before the standard
    /// earliest instant is recorded as expedited.
    /// </summary>
    public static Priority High { get; } = Scale.Get(1);

    /// <summary>
    /// Level 2, the standard lead time (the default): a desired date, when given, must be at least creation plus the
    /// type's lead time; without one, the request is planned for that earliest instant.
    /// </summary>
    public static Priority Medium { get; } = Scale.Get(2);

    /// <summary>Level 3, no date yet: a desired date is not accepted, and no earliest instant is computed.</summary>
    public static Priority Low { get; } = Scale.Get(3);

    /// <summary>"a service-request priority (High, Medium, Low)", for validation messages.</summary>
    internal const string Description = "a service-request priority (High, Medium, Low)";
}
