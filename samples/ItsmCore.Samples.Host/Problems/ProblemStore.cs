using System;
using System.Threading;
using System.Threading.Tasks;
using ItsmCore.Primitives;
using ItsmCore.Problems;
using ItsmCore.Samples.Host.Storage;
using ItsmCore.Samples.Host.Streams;

namespace ItsmCore.Samples.Host.Problems;

/// <summary>
/// Problems as event streams in the host store (<c>problem-{id}</c>, one <see cref="ProblemEventJson"/> row per
/// <see cref="ProblemEvent"/>, type names <c>problem.{EventName}</c>) with optimistic concurrency: the
/// <see cref="IProblemRepository"/> of the host. Thread-safe.
/// </summary>
public sealed class ProblemStore : AggregateStore<Problem, ProblemEvent>, IProblemRepository
{
    /// <summary>The prefix of problem stream ids.</summary>
    public const string StreamPrefix = "problem-";

    /// <summary>Creates the store.</summary>
    /// <param name="store">The host store.</param>
    /// <param name="rules">The rules problems are rebuilt with (for later commands; the history does not depend on them).</param>
    public ProblemStore(IHostStore store, ProblemRules rules)
        : base(store, Problem.RecordTypeName, StreamPrefix, ProblemEventJson.Codec, events => Problem.Rebuild(events, rules)) =>
        ArgumentNullException.ThrowIfNull(rules);

    /// <inheritdoc/>
    /// <exception cref="System.IO.InvalidDataException">A stored row cannot be read, or the events do not rebuild a problem.</exception>
    public Task<Problem?> FindAsync(ProblemId id, CancellationToken cancellationToken = default) => LoadAsync(id.Value, cancellationToken);

    /// <inheritdoc/>
    public Task SaveAsync(Problem problem, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return AppendAsync(problem.Id.Value, problem, cancellationToken);
    }
}

/// <summary>
/// The stored form of <see cref="ProblemEvent"/>s (type names <c>problem.{EventName}</c>): problem events need only the
/// shared converters of <see cref="EventJson"/> (ids, instants, actors, categories, priorities and the resolution
/// record). Thread-safe.
/// </summary>
internal static class ProblemEventJson
{
    /// <summary>The codec.</summary>
    public static EventCodec<ProblemEvent> Codec { get; } = new("problem.", EventJson.CreateOptions());
}
