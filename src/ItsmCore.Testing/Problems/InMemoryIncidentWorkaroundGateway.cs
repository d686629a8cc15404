using System.Threading;
using System.Threading.Tasks;
using ItsmCore.Incidents;
using ItsmCore.Primitives;
using ItsmCore.Problems;
using NodaTime;

namespace ItsmCore.Testing;

/// <summary>
/// The <see cref="IIncidentWorkaroundGateway"/> wired to incidents in an <see cref="IIncidentRepository"/> through
/// ItsmCore.Incidents' <see cref="IncidentWorkaroundNoter"/>: the adapter a host writes, ready for tests. Thread-safe
/// when the repository is.
/// </summary>
public sealed class InMemoryIncidentWorkaroundGateway : IIncidentWorkaroundGateway
{
    private readonly IncidentWorkaroundNoter noter;

    /// <summary>Creates the gateway.</summary>
    /// <param name="incidents">The incidents (e.g. an <see cref="InMemoryIncidentRepository"/>).</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="incidents"/> is null.</exception>
    public InMemoryIncidentWorkaroundGateway(IIncidentRepository incidents) => noter = new IncidentWorkaroundNoter(incidents);

    /// <inheritdoc />
    public Task<bool> NoteWorkaroundAsync(IncidentId incident, ProblemId problem, string workaround, Actor actor, Instant at, CancellationToken cancellationToken) =>
        noter.NoteAsync(incident, problem, workaround, actor, at, cancellationToken);
}
