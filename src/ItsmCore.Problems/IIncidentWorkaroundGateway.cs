using System.Threading;
using System.Threading.Tasks;
using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Problems;

/// <summary>
/// Port: the incident side of workaround propagation. ItsmCore.Problems does not reference ItsmCore.Incidents; the
/// host implements this port over its incidents (ItsmCore.Incidents' <c>IncidentWorkaroundNoter</c> does the work:
/// load, note, save, retry once on a concurrency conflict), and ItsmCore.Testing has an in-memory implementation.
/// </summary>
public interface IIncidentWorkaroundGateway
{
    /// <summary>Notes a problem's workaround on an incident if the incident exists and is open.</summary>
    /// <param name="incident">The incident.</param>
    /// <param name="problem">The problem that published the workaround.</param>
    /// <param name="workaround">The workaround text.</param>
    /// <param name="actor">Who published it.</param>
    /// <param name="at">When it was published (the note is not dated before the incident's last event).</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>True when the workaround was noted; false when the incident is unknown, resolved, closed or cancelled.</returns>
    Task<bool> NoteWorkaroundAsync(IncidentId incident, ProblemId problem, string workaround, Actor actor, Instant at, CancellationToken cancellationToken);
}
