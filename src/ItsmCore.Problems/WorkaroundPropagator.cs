using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using ItsmCore.Incidents;
using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Problems;

/// <summary>
/// Carries a published workaround to the incidents it helps: for each incident listed in a
/// <see cref="WorkaroundPublished"/> event that is still open, notes the workaround on it
/// (<see cref="Incident.NoteWorkaround"/>, raising <see cref="IncidentWorkaroundNoted"/>) and saves it. Closed and
/// cancelled incidents are skipped; an incident changed by someone else meanwhile is reloaded and retried once.
/// Thread-safe when the repository is.
/// </summary>
public sealed class WorkaroundPropagator
{
    private readonly IIncidentRepository incidents;

    /// <summary>Creates the propagator.</summary>
    /// <param name="incidents">Where the linked incidents are loaded and saved.</param>
    /// <exception cref="ArgumentNullException"><paramref name="incidents"/> is null.</exception>
    public WorkaroundPropagator(IIncidentRepository incidents) => this.incidents = incidents ?? throw new ArgumentNullException(nameof(incidents));

    /// <summary>Notes the workaround on every open linked incident.</summary>
    /// <param name="published">The event.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The incidents the workaround was noted on, in the event's order (unknown, closed and cancelled ones left out).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="published"/> is null.</exception>
    /// <exception cref="ConcurrencyConflictException">An incident kept changing during both attempts.</exception>
    public async Task<IReadOnlyList<IncidentId>> ApplyAsync(WorkaroundPublished published, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(published);
        var noted = new List<IncidentId>();
        var command = new NoteIncidentWorkaround(published.Id, published.Workaround);
        foreach (IncidentId id in published.LinkedIncidents)
        {
            for (int attempt = 1; ; attempt++)
            {
                Incident? incident = await incidents.FindAsync(id, cancellationToken).ConfigureAwait(false);
                if (incident is null || !incident.IsOpen)
                {
                    break;
                }

                Instant at = Instant.Max(published.At, incident.LastEventAt);
                incident.NoteWorkaround(command, published.Actor, at);
                try
                {
                    await incidents.SaveAsync(incident, cancellationToken).ConfigureAwait(false);
                    noted.Add(id);
                    break;
                }
                catch (ConcurrencyConflictException) when (attempt == 1)
                {
                    // Someone saved the incident between our load and save: load it again and note the workaround on the new state.
                }
            }
        }

        return noted;
    }
}
