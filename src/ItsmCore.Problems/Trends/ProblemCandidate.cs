using System.Collections.Generic;
using ItsmCore.Primitives;
using NodaTime;
using NodaTime.Text;

namespace ItsmCore.Problems;

/// <summary>
/// A proposed problem found by <see cref="ProblemTrendDetector"/>: a group of incidents (<see cref="Key"/>) of which at
/// least the threshold were reported within one window, with the evidence. Immutable and thread-safe.
/// </summary>
public sealed record ProblemCandidate
{
    internal ProblemCandidate(ProblemCandidateKey key, Instant windowStart, Instant windowEnd, IReadOnlyList<IncidentId> incidentIds)
    {
        Key = key;
        WindowStart = windowStart;
        WindowEnd = windowEnd;
        IncidentIds = incidentIds;
    }

    /// <summary>What the incidents share.</summary>
    public ProblemCandidateKey Key { get; }

    /// <summary>The window's start: when the first incident of the evidence was reported.</summary>
    public Instant WindowStart { get; }

    /// <summary>The window's end, exclusive: <see cref="WindowStart"/> + <see cref="TrendDetectionOptions.Window"/>.</summary>
    public Instant WindowEnd { get; }

    /// <summary>The evidence: every incident of the group reported in [<see cref="WindowStart"/>, <see cref="WindowEnd"/>), ordered by report time, then id (ordinal).</summary>
    public IReadOnlyList<IncidentId> IncidentIds { get; }

    /// <summary>The number of incidents in the evidence (at least the threshold).</summary>
    public int Count => IncidentIds.Count;

    /// <inheritdoc />
    public override string ToString() =>
        string.Create(
            System.Globalization.CultureInfo.InvariantCulture,
            $"{Key}: {Count} incidents in [{InstantPattern.ExtendedIso.Format(WindowStart)}, {InstantPattern.ExtendedIso.Format(WindowEnd)}): {string.Join(", ", IncidentIds)}");
}
