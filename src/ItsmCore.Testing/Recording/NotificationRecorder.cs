using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ItsmCore.Primitives;

namespace ItsmCore.Testing;

/// <summary>
/// An <see cref="INotificationSender"/> for tests that records every notification sent, in order, so a test can
/// assert who was told what; <see cref="FailNextWith"/> makes a delivery fail, to test how a host handles a broken
/// mail or chat gateway.
/// </summary>
/// <remarks>
/// The recorder is thread-safe: every member may be called from several threads at once, and the lists it returns
/// are snapshots that do not change afterwards. <see cref="SendAsync"/> completes synchronously and records nothing
/// when it fails or is cancelled.
/// </remarks>
public sealed class NotificationRecorder : INotificationSender
{
    private readonly RecordingLog<Notification> log = new();

    /// <summary>Every notification sent since the recorder was created or last cleared, oldest first (a snapshot).</summary>
    public IReadOnlyList<Notification> Sent => log.Snapshot();

    /// <summary>The recorded notifications for one recipient, oldest first (a snapshot).</summary>
    /// <param name="recipient">The recipient (compared ordinally, so case matters).</param>
    /// <returns>The notifications; empty when none was sent to that recipient.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="recipient"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="recipient"/> is blank or padded, so no notification can have it.</exception>
    public IReadOnlyList<Notification> To(string recipient)
    {
        TextGuard.Check(recipient, nameof(recipient), 500);
        return log.Snapshot().Where(n => string.Equals(n.Recipient, recipient, StringComparison.Ordinal)).ToArray();
    }

    /// <summary>The recorded notifications about one record, oldest first (a snapshot).</summary>
    /// <param name="recordId">The record's id (compared ordinally).</param>
    /// <returns>The notifications; empty when none was sent about that record.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="recordId"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="recordId"/> is blank or padded, so no notification can have it.</exception>
    public IReadOnlyList<Notification> About(string recordId)
    {
        TextGuard.Check(recordId, nameof(recordId), 200);
        return log.Snapshot().Where(n => string.Equals(n.RecordId, recordId, StringComparison.Ordinal)).ToArray();
    }

    /// <summary>Forgets every recorded notification. Failures queued by <see cref="FailNextWith"/> stay queued.</summary>
    public void Clear() => log.Clear();

    /// <summary>
    /// Makes the next <see cref="SendAsync"/> call fail with <paramref name="exception"/> and record nothing. Calls
    /// queue up: after two calls the next two deliveries fail, in the order the exceptions were given. Calls rejected
    /// for their arguments or cancelled do not use up a queued failure.
    /// </summary>
    /// <param name="exception">The exception the returned task fails with.</param>
    /// <exception cref="ArgumentNullException"><paramref name="exception"/> is null.</exception>
    public void FailNextWith(Exception exception) => log.FailNextWith(exception);

    /// <summary>Records <paramref name="notification"/>; or fails with the next exception queued by <see cref="FailNextWith"/> and records nothing.</summary>
    /// <param name="notification">What to send.</param>
    /// <param name="cancellationToken">When already cancelled, nothing is recorded and the task is cancelled.</param>
    /// <returns>A task that has completed when the method returns: successfully, cancelled or faulted.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="notification"/> is null (thrown, not returned in the task).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> is cancelled (in the returned task).</exception>
    public Task SendAsync(Notification notification, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(notification);
        return log.Record(new[] { notification }, cancellationToken);
    }
}
