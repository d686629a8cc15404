using System.Collections.Generic;
using ItsmCore.Classification;
using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Problems;

/// <summary>
/// What <see cref="ProblemTrendDetector"/> needs to know about one incident. Immutable and thread-safe.
/// </summary>
/// <param name="Id">The incident's id; not the empty id, unique within one detection.</param>
/// <param name="ReportedAt">When the incident was reported.</param>
/// <param name="ConfigurationItems">The configuration items it names (empty for none; an item named twice counts once); not null, no empty id.</param>
/// <param name="Category">Its classification; the empty path when unclassified (then it joins no category group).</param>
public sealed record IncidentObservation(IncidentId Id, Instant ReportedAt, IReadOnlyList<ConfigurationItemId> ConfigurationItems, CategoryPath Category);
