using System.Threading;
using System.Threading.Tasks;
using ItsmCore.Primitives;
using ItsmCore.Problems;

namespace ItsmCore.Testing;

/// <summary>
/// An in-memory <see cref="IProblemRepository"/> for tests: stores each problem's events, rebuilds a fresh problem on
/// every find and refuses stale writes with <see cref="ConcurrencyConflictException"/>. Thread-safe.
/// </summary>
public sealed class InMemoryProblemRepository : InMemoryRepository<Problem, ProblemEvent>, IProblemRepository
{
    /// <summary>Creates an empty repository.</summary>
    /// <param name="rules">The rules found problems are rebuilt with; null for <see cref="ProblemRules.Default"/>.</param>
    /// <param name="store">The event store to use; null for a new one.</param>
    public InMemoryProblemRepository(ProblemRules? rules = null, InMemoryEventStore<ProblemEvent>? store = null)
        : base(Problem.RecordTypeName, history => Problem.Rebuild(history, rules ?? ProblemRules.Default), problem => problem.Id.Value, store)
    {
    }

    /// <inheritdoc />
    public Task<Problem?> FindAsync(ProblemId id, CancellationToken cancellationToken = default) => FindCoreAsync(id.Value, cancellationToken);

    /// <inheritdoc />
    public Task SaveAsync(Problem problem, CancellationToken cancellationToken = default) => SaveCoreAsync(problem, cancellationToken);
}
