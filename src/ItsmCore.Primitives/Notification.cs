using System;
using NodaTime;

namespace ItsmCore.Primitives;

/// <summary>A message for people (e-mail, chat, SMS; the host's <see cref="INotificationSender"/> chooses the channel).</summary>
public sealed record Notification
{
    /// <summary>Creates a notification.</summary>
    /// <param name="recipient">Who it is for: a person, a group or an audience id; not blank.</param>
    /// <param name="subject">A one-line subject; not blank.</param>
    /// <param name="body">The message; may be empty.</param>
    /// <param name="recordId">The record it is about; not blank.</param>
    /// <param name="at">When it was raised.</param>
    /// <exception cref="ArgumentNullException">A text argument is null.</exception>
    /// <exception cref="ArgumentException">The recipient, subject or record id is blank or padded.</exception>
    public Notification(string recipient, string subject, string body, string recordId, Instant at)
    {
        TextGuard.Check(recipient, nameof(recipient), 500);
        TextGuard.Check(subject, nameof(subject), 500);
        ArgumentNullException.ThrowIfNull(body);
        TextGuard.Check(recordId, nameof(recordId), 200);
        Recipient = recipient;
        Subject = subject;
        Body = body;
        RecordId = recordId;
        At = at;
    }

    /// <summary>Who it is for.</summary>
    public string Recipient { get; }

    /// <summary>A one-line subject.</summary>
    public string Subject { get; }

    /// <summary>The message.</summary>
    public string Body { get; }

    /// <summary>The record it is about.</summary>
    public string RecordId { get; }

    /// <summary>When it was raised.</summary>
    public Instant At { get; }
}
