using System;
using System.Threading.Tasks;

namespace ItsmCore.Testing;

/// <summary>
/// Runs a test double's work synchronously on the caller's thread and returns a task in the state an async method
/// would leave it: completed, cancelled (awaiting rethrows the <see cref="OperationCanceledException"/> itself, not a
/// <see cref="TaskCanceledException"/>) or faulted.
/// </summary>
internal static class SynchronousTask
{
    public static async Task Run(Action body)
    {
        // Awaiting a completed task continues synchronously; it only makes this an async method, so exceptions
        // thrown by the body end up in the returned task with the usual async semantics.
        await Task.CompletedTask.ConfigureAwait(false);
        body();
    }

    public static async Task<T> Run<T>(Func<T> body)
    {
        await Task.CompletedTask.ConfigureAwait(false);
        return body();
    }
}
