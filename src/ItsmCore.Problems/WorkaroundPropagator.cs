using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using ItsmCore.Primitives;

namespace ItsmCore.Problems;

/// <summary>
/// Carries a published workaround to the incidents it helps: for each incident listed in a
/// <see cref="WorkaroundPublished"/> event, asks the <see cref="IIncidentWorkaroundGateway"/> to note the workaround
/// (which skips unknown incidents and those no longer open). Thread-safe when the gateway is.
/// </summary>
public sealed class WorkaroundPropagator
{
    private readonly IIncidentWorkaroundGateway incidents;

    /// <summary>Creates the propagator.</summary>
    /// <param name="incidents">Notes the workaround on one incident.</param>
    /// <exception cref="ArgumentNullException"><paramref name="incidents"/> is null.</exception>
    public WorkaroundPropagator(IIncidentWorkaroundGateway incidents) => this.incidents = incidents ?? throw new ArgumentNullException(nameof(incidents));

    /// <summary>Notes the workaround on every open linked incident.</summary>
    /// <param name="published">The event.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The incidents the workaround was noted on, in the event's order (unknown and no longer open ones left out).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="published"/> is null.</exception>
    public async Task<IReadOnlyList<IncidentId>> ApplyAsync(WorkaroundPublished published, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(published);
        var noted = new List<IncidentId>();
        foreach (IncidentId id in published.LinkedIncidents)
        {
            if (await incidents.NoteWorkaroundAsync(id, published.Problem, published.Workaround, published.Actor, published.At, cancellationToken).ConfigureAwait(false))
            {
                noted.Add(id);
            }
        }

        return noted;
    }
}
