using System.Threading;
using System.Threading.Tasks;
using ItsmCore.Primitives;

namespace ItsmCore.Problems;

/// <summary>
/// Port: stores problems as their event streams. The host implements it over its database; <c>ItsmCore.Testing</c>
/// ships an in-memory one. Implementations must be safe for concurrent use by several units of work.
/// </summary>
public interface IProblemRepository
{
    /// <summary>Loads a problem by rebuilding it from its stored events with the host's rules (<see cref="Problem.Rebuild"/>).</summary>
    /// <param name="id">The problem's id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The problem, or null when no problem has that id.</returns>
    Task<Problem?> FindAsync(ProblemId id, CancellationToken cancellationToken = default);

    /// <summary>
    /// Appends <paramref name="problem"/>'s <see cref="EventSourcedAggregate{TEvent}.UncommittedEvents"/> if the stored
    /// version equals its <see cref="EventSourcedAggregate{TEvent}.PersistedVersion"/> (0 for a new problem), then calls
    /// <see cref="EventSourcedAggregate{TEvent}.MarkCommitted"/> with the version it stored (the version of the last
    /// event written), which the problem checks.
    /// </summary>
    /// <param name="problem">The problem.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the events are stored.</returns>
    /// <exception cref="ConcurrencyConflictException">
    /// The stored version differs from <see cref="EventSourcedAggregate{TEvent}.PersistedVersion"/> (someone else saved
    /// the problem since it was loaded, or a new problem's id is taken); nothing was written.
    /// </exception>
    Task SaveAsync(Problem problem, CancellationToken cancellationToken = default);
}
