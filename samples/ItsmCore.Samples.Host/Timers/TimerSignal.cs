using System;
using System.Threading;
using System.Threading.Tasks;

namespace ItsmCore.Samples.Host.Timers;

/// <summary>
/// Wakes the timer worker before its planned wake-up: when a timer is armed in this process (it may be earlier than
/// the one the worker sleeps for) or when a test moves its fake clock. Thread-safe.
/// </summary>
public sealed class TimerSignal
{
    private readonly SemaphoreSlim semaphore = new(0, 1);

    /// <summary>Wakes the worker (coalesced: several calls before it wakes count once).</summary>
    public void Wake()
    {
        try
        {
            semaphore.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled.
        }
    }

    /// <summary>Waits for <paramref name="timeout"/> or until <see cref="Wake"/> is called.</summary>
    /// <param name="timeout">The longest wait.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>True when woken by <see cref="Wake"/>.</returns>
    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => semaphore.WaitAsync(timeout, cancellationToken);
}
