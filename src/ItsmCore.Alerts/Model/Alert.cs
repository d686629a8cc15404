using System;
using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Alerts;

/// <summary>
/// One alert from monitoring: where it came from (<see cref="Source"/>, <see cref="Check"/>), what it is about
/// (<see cref="ConfigurationItem"/>), how bad (<see cref="Severity"/>), which problem it repeats
/// (<see cref="Fingerprint"/>), what it says (<see cref="Message"/>), and when it was raised by the monitor, received by
/// the desk and cleared. Immutable value with value equality; thread-safe.
/// </summary>
/// <remarks>
/// Names (id, source, check, fingerprint, CI id) are 1-200 characters without white space at either end; the message is
/// at most 4,000 characters. <see cref="ReceivedAt"/> is not before <see cref="RaisedAt"/> (the detection clock runs from
/// one to the other) and <see cref="ClearedAt"/>, when set, is not before <see cref="RaisedAt"/>.
/// </remarks>
public sealed record Alert
{
    private readonly string message = string.Empty;
    private readonly ConfigurationItemId? configurationItem;
    private readonly Instant? clearedAt;

    /// <summary>Creates an alert.</summary>
    /// <param name="id">The alert's id (unique within the host's intake).</param>
    /// <param name="source">The monitoring system or agent.</param>
    /// <param name="check">The check that fired.</param>
    /// <param name="fingerprint">The key of the problem it reports (repeats share it).</param>
    /// <param name="severity">The severity.</param>
    /// <param name="raisedAt">When the monitor raised it.</param>
    /// <param name="receivedAt">When the desk received it; not before <paramref name="raisedAt"/>.</param>
    /// <exception cref="ArgumentNullException">A text is null.</exception>
    /// <exception cref="ArgumentException">A text is empty, too long or padded with white space.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="severity"/> is not defined, or <paramref name="receivedAt"/> is before <paramref name="raisedAt"/>.</exception>
    public Alert(string id, string source, string check, string fingerprint, AlertSeverity severity, Instant raisedAt, Instant receivedAt)
    {
        Id = AlertText.Name(id, nameof(id));
        Source = AlertText.Name(source, nameof(source));
        Check = AlertText.Name(check, nameof(check));
        Fingerprint = AlertText.Name(fingerprint, nameof(fingerprint));
        if (!Enum.IsDefined(severity))
        {
            throw new ArgumentOutOfRangeException(nameof(severity), severity, "Unknown alert severity.");
        }

        if (receivedAt < raisedAt)
        {
            throw new ArgumentOutOfRangeException(nameof(receivedAt), receivedAt, $"The alert was received before it was raised ({raisedAt}).");
        }

        Severity = severity;
        RaisedAt = raisedAt;
        ReceivedAt = receivedAt;
    }

    /// <summary>The alert's id.</summary>
    public string Id { get; }

    /// <summary>The monitoring system or agent that raised it.</summary>
    public string Source { get; }

    /// <summary>The check that fired (resources, processes, DB, logs, ports, URLs, alive, traffic...).</summary>
    public string Check { get; }

    /// <summary>The key of the problem it reports; repeats of one problem share it.</summary>
    public string Fingerprint { get; }

    /// <summary>The severity.</summary>
    public AlertSeverity Severity { get; }

    /// <summary>When the monitor raised it.</summary>
    public Instant RaisedAt { get; }

    /// <summary>When the desk received it (the notification clock starts here).</summary>
    public Instant ReceivedAt { get; }

    /// <summary>The configuration item it is about, or null when the monitor names none.</summary>
    /// <exception cref="ArgumentException">The id is the default (empty) value, too long or padded with white space.</exception>
    public ConfigurationItemId? ConfigurationItem
    {
        get => configurationItem;
        init
        {
            if (value is { } ci)
            {
                _ = AlertText.Name(ci.Value, "configuration item id");
            }

            configurationItem = value;
        }
    }

    /// <summary>What the alert says (empty when nothing); message-pattern conditions read it.</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    /// <exception cref="ArgumentException">The value is longer than 4,000 characters.</exception>
    public string Message
    {
        get => message;
        init => message = AlertText.Message(value, nameof(Message));
    }

    /// <summary>When the monitor cleared it, or null while it stands.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is before <see cref="RaisedAt"/>.</exception>
    public Instant? ClearedAt
    {
        get => clearedAt;
        init => clearedAt = value is { } v && v < RaisedAt
            ? throw new ArgumentOutOfRangeException(nameof(ClearedAt), v, $"The alert was cleared before it was raised ({RaisedAt}).")
            : value;
    }

    /// <summary>The detection time: from raised to received.</summary>
    public Duration DetectionTime => ReceivedAt - RaisedAt;

    /// <summary>The value of a text field (null for <see cref="AlertField.ConfigurationItem"/> when there is none).</summary>
    /// <param name="field">The field.</param>
    /// <returns>Its value.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="field"/> is not defined.</exception>
    public string? Get(AlertField field) => field switch
    {
        AlertField.Source => Source,
        AlertField.Check => Check,
        AlertField.ConfigurationItem => configurationItem?.Value,
        AlertField.Fingerprint => Fingerprint,
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "Unknown alert field."),
    };

    /// <inheritdoc />
    public override string ToString() =>
        $"{Id}: {Severity} {Source}/{Check} on {(configurationItem is { } ci ? ci.Value : "(no CI)")} [{Fingerprint}] raised {RaisedAt}";
}
