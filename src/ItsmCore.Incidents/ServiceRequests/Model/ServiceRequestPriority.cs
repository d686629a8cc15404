namespace ItsmCore.ServiceRequests;

/// <summary>
/// How soon a service request is wanted, measured against its type's standard lead time
/// (<see cref="ServiceRequestType.LeadTime"/>; domain-brief case 13). See <see cref="ServiceRequestSchedule"/> for what
/// each priority records.
/// </summary>
public enum ServiceRequestPriority
{
    /// <summary>
    /// The standard lead time (the default): a desired date, when given, must be at least creation plus the type's lead
    /// time; without one, the request is planned for that earliest instant.
    /// </summary>
    Medium,

    /// <summary>
    /// Expedited: a desired date may be sooner than the standard lead time, down to creation plus one business day (the
    /// next business day; never longer than the standard lead time); a request planned before the standard earliest
    /// instant is recorded as expedited.
    /// </summary>
    High,

    /// <summary>No date yet: a desired date is not accepted, and no earliest instant is computed.</summary>
    Low,
}
