using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace ItsmCore.Testing;

/// <summary>The thread-safe list and failure queue behind <see cref="EventRecorder"/> and <see cref="NotificationRecorder"/>.</summary>
/// <typeparam name="T">What is recorded.</typeparam>
internal sealed class RecordingLog<T>
{
    private readonly Lock gate = new();
    private readonly List<T> items = new();
    private readonly Queue<Exception> failures = new();

    public IReadOnlyList<T> Snapshot()
    {
        lock (gate)
        {
            return items.ToArray();
        }
    }

    public void Clear()
    {
        lock (gate)
        {
            items.Clear();
        }
    }

    public void FailNextWith(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        lock (gate)
        {
            failures.Enqueue(exception);
        }
    }

    public Task Record(IReadOnlyList<T> batch, CancellationToken cancellationToken) =>
        SynchronousTask.Run(() =>
        {
            cancellationToken.ThrowIfCancellationRequested();
            Exception? failure;
            lock (gate)
            {
                if (!failures.TryDequeue(out failure))
                {
                    items.AddRange(batch);
                    return;
                }
            }

            throw failure;
        });
}
