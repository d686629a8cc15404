using System;
using System.Threading;
using System.Threading.Tasks;
using ItsmCore.Samples.Host.Storage;
using ItsmCore.Samples.Host.Timers;

namespace ItsmCore.Samples.Host;

/// <summary>Publishes notifications as lines on the console (the dedup key first, so a reader can drop repeats).</summary>
internal sealed class ConsoleSink : INotificationSink
{
    public Task PublishAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        Console.WriteLine($"notify {message.DedupKey} {message.Payload}");
        return Task.CompletedTask;
    }
}
