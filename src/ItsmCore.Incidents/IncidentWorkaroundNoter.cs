using System;
using System.Threading;
using System.Threading.Tasks;
using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Incidents;

/// <summary>
/// Notes a problem's published workaround on one incident: loads it, and if it is open notes the workaround
/// (<see cref="Incident.NoteWorkaround"/>, raising <see cref="IncidentWorkaroundNoted"/>) at the publication instant
/// (or the incident's last event, if later) and saves it; an incident changed by someone else meanwhile is reloaded
/// and retried once. Hosts wire ItsmCore.Problems' workaround port to it. Thread-safe when the repository is.
/// </summary>
public sealed class IncidentWorkaroundNoter
{
    private readonly IIncidentRepository incidents;

    /// <summary>Creates the noter.</summary>
    /// <param name="incidents">Where incidents are loaded and saved.</param>
    /// <exception cref="ArgumentNullException"><paramref name="incidents"/> is null.</exception>
    public IncidentWorkaroundNoter(IIncidentRepository incidents) => this.incidents = incidents ?? throw new ArgumentNullException(nameof(incidents));

    /// <summary>Notes the workaround on the incident if it exists and is open.</summary>
    /// <param name="incident">The incident.</param>
    /// <param name="problem">The problem that published the workaround.</param>
    /// <param name="workaround">The workaround text.</param>
    /// <param name="actor">Who published it.</param>
    /// <param name="at">When it was published.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>True when noted; false when the incident is unknown, resolved, closed or cancelled.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="workaround"/> or <paramref name="actor"/> is null.</exception>
    /// <exception cref="ConcurrencyConflictException">The incident kept changing during both attempts.</exception>
    public async Task<bool> NoteAsync(IncidentId incident, ProblemId problem, string workaround, Actor actor, Instant at, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workaround);
        ArgumentNullException.ThrowIfNull(actor);
        var command = new NoteIncidentWorkaround(problem, workaround);
        for (int attempt = 1; ; attempt++)
        {
            Incident? loaded = await incidents.FindAsync(incident, cancellationToken).ConfigureAwait(false);
            if (loaded is null || !loaded.IsOpen)
            {
                return false;
            }

            loaded.NoteWorkaround(command, actor, Instant.Max(at, loaded.LastEventAt));
            try
            {
                await incidents.SaveAsync(loaded, cancellationToken).ConfigureAwait(false);
                return true;
            }
            catch (ConcurrencyConflictException) when (attempt == 1)
            {
                // Someone saved the incident between our load and save: load it again and note the workaround on the new state.
            }
        }
    }
}
