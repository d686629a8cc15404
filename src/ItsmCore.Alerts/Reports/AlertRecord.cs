using NodaTime;

namespace ItsmCore.Alerts;

/// <summary>
/// One alert as the reports see it: the decision (with the alert), and for alerts that owed a notification, when it
/// was due and when it was made (<see cref="AlertClocks.NotificationDueAt"/>, <see cref="AlertClocks.NotifiedAt"/>).
/// </summary>
/// <param name="Decision">The triage decision.</param>
/// <param name="NotificationDueAt">When the notification was due; null when none was owed (no action).</param>
/// <param name="NotifiedAt">When it was made; null when not (yet).</param>
public sealed record AlertRecord(TriageDecision Decision, Instant? NotificationDueAt = null, Instant? NotifiedAt = null)
{
    /// <summary>The record of intake's result: its decision and its clocks' due and notified instants.</summary>
    /// <param name="result">The intake result.</param>
    /// <returns>The record.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="result"/> is null.</exception>
    public static AlertRecord From(AlertIntakeResult result)
    {
        System.ArgumentNullException.ThrowIfNull(result);
        return new AlertRecord(result.Decision, result.Clocks?.NotificationDueAt, result.Clocks?.NotifiedAt);
    }

    /// <summary>Whether the notification is late at <paramref name="now"/>: made after it was due, or not made and due before now.</summary>
    /// <param name="now">The instant asked about.</param>
    /// <returns>True when late.</returns>
    public bool IsLate(Instant now) => NotificationDueAt is { } due && (NotifiedAt is { } n ? n > due : now > due);
}
