using System;
using System.Globalization;
using System.IO;
using System.Threading.Tasks;
using ItsmCore.Samples.Host.Storage;
using NodaTime;
using NodaTime.Text;

namespace ItsmCore.Samples.Host;

/// <summary>The host's command line.</summary>
internal sealed class HostCommandLine
{
    public string DataFolder { get; private set; } = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "ItsmCore");

    public string? Postgres { get; private set; }

    public bool ScriptedDay { get; private set; }

    public Instant? Now { get; private set; }

    public int LeaseMs { get; private set; } = 30_000;

    public int DelayMs { get; private set; }

    public int PublishDelayMs { get; private set; }

    public int Batch { get; private set; } = 100;

    public int? Load { get; private set; }

    public int Workers { get; private set; } = 1;

    public int? Due { get; private set; }

    public bool Processes { get; private set; }

    public bool NoRecovery { get; private set; }

    public bool FastWrites { get; private set; }

    public bool Recover { get; private set; }

    public int Parallel { get; private set; } = 1;

    public long? ShiftMs { get; private set; }

    public bool NoRebuild { get; private set; }

    public bool Quiet { get; private set; }

    public string? Error { get; private set; }

    public static HostCommandLine Parse(string[] args)
    {
        var o = new HostCommandLine();
        for (int i = 0; i < args.Length; i++)
        {
            string? Next() => i + 1 < args.Length ? args[++i] : null;
            int? Int() => int.TryParse(Next(), NumberStyles.None, CultureInfo.InvariantCulture, out int v) && v > 0 ? v : null;
            switch (args[i])
            {
                case "--scripted-day": o.ScriptedDay = true; break;
                case "--data": o.DataFolder = Next() ?? o.DataFolder; break;
                case "--postgres": o.Postgres = Next(); break;
                case "--now":
                    ParseResult<Instant> now = InstantPattern.ExtendedIso.Parse(Next() ?? string.Empty);
                    if (now.Success)
                    {
                        o.Now = now.Value;
                    }
                    else
                    {
                        o.Error = $"--now: {now.Exception.Message}";
                    }

                    break;
                case "--lease-ms": o.LeaseMs = Int() ?? Fail(o, "--lease-ms needs a positive number"); break;
                case "--delay-ms": o.DelayMs = Int() ?? Fail(o, "--delay-ms needs a positive number"); break;
                case "--publish-delay-ms": o.PublishDelayMs = Int() ?? Fail(o, "--publish-delay-ms needs a positive number"); break;
                case "--batch": o.Batch = Int() ?? Fail(o, "--batch needs a positive number"); break;
                case "--load": o.Load = Int() ?? Fail(o, "--load needs a positive number"); break;
                case "--workers": o.Workers = Int() ?? Fail(o, "--workers needs a positive number"); break;
                case "--due": o.Due = int.TryParse(Next(), NumberStyles.None, CultureInfo.InvariantCulture, out int due) ? due : Fail(o, "--due needs a number"); break;
                case "--processes": o.Processes = true; break;
                case "--no-recovery": o.NoRecovery = true; break;
                case "--fast-writes": o.FastWrites = true; break;
                case "--recover": o.Recover = true; break;
                case "--parallel": o.Parallel = Int() ?? Fail(o, "--parallel needs a positive number"); break;
                case "--shift-ms": o.ShiftMs = long.TryParse(Next(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long shift) ? shift : Fail(o, "--shift-ms needs a number"); break;
                case "--no-rebuild": o.NoRebuild = true; break;
                case "--quiet": o.Quiet = true; break;
                default: o.Error = $"unknown argument '{args[i]}'"; break;
            }
        }

        return o;
    }

    private static int Fail(HostCommandLine o, string message)
    {
        o.Error = message;
        return 0;
    }
}

/// <summary>The store the options name: PostgreSQL with --postgres, otherwise SQLite in the data folder (host.db, or scripted-day.db anew).</summary>
internal sealed class HostStoreHandle : IAsyncDisposable
{
    private HostStoreHandle(SqlHostStore store) => Store = store;

    public SqlHostStore Store { get; }

    public static async Task<HostStoreHandle> OpenAsync(HostCommandLine options)
    {
        SqlHostStore store;
        if (options.Postgres is { } cs)
        {
            store = new PostgresHostStore(cs);
        }
        else
        {
            Directory.CreateDirectory(options.DataFolder);
            string file = Path.Combine(options.DataFolder, options.ScriptedDay ? "scripted-day.db" : "host.db");
            if (options.ScriptedDay)
            {
                foreach (string f in new[] { file, file + "-wal", file + "-shm" })
                {
                    File.Delete(f);
                }
            }

            store = new SqliteHostStore(file, durable: !options.FastWrites);
        }

        await store.InitializeAsync().ConfigureAwait(false);
        return new HostStoreHandle(store);
    }

    public async ValueTask DisposeAsync()
    {
        if (Store is IAsyncDisposable d)
        {
            await d.DisposeAsync().ConfigureAwait(false);
        }
    }
}

/// <summary>The system clock moved by a fixed amount (load worker processes share the load tool's shifted time).</summary>
internal sealed class ShiftedClock(IClock inner, Duration shift) : IClock
{
    public Instant GetCurrentInstant() => inner.GetCurrentInstant() + shift;
}

/// <summary>Drops notifications (load worker processes: the figures come from the outbox).</summary>
internal sealed class NullSink : Timers.INotificationSink
{
    public Task PublishAsync(OutboxMessage message, System.Threading.CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>A clock that stays at one instant (fault tests run worker processes at a chosen time).</summary>
internal sealed class FrozenClock(Instant now) : IClock
{
    public Instant GetCurrentInstant() => now;
}

/// <summary>A clock a driver moves by hand (the scripted day).</summary>
internal sealed class SteppedClock(Instant start) : IClock
{
    public Instant Now { get; set; } = start;

    public Instant GetCurrentInstant() => Now;
}
