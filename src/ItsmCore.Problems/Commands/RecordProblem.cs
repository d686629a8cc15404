using System.Collections.Generic;
using ItsmCore.Classification;
using ItsmCore.Primitives;

namespace ItsmCore.Problems;

/// <summary>
/// Command: record a new problem (<see cref="Problem.Record"/>). Checked by its validator (<c>IValidator&lt;RecordProblem&gt;</c>).
/// Immutable and thread-safe.
/// </summary>
/// <param name="Title">A one-line title; 1 to <see cref="Problem.MaxTitleLength"/> characters, not padded.</param>
/// <param name="Description">What is known; 1 to <see cref="Problem.MaxTextLength"/> characters, not padded.</param>
/// <param name="Category">The classification; the empty path for an unclassified problem.</param>
/// <param name="Impact">An impact level of the priority matrix (ignoring case).</param>
/// <param name="Urgency">An urgency level of the priority matrix (ignoring case).</param>
/// <param name="LinkedIncidents">Incidents to link from the start (e.g. a trend candidate's evidence); null for none. No empty or repeated ids.</param>
/// <param name="AffectedConfigurationItems">Configuration items to link from the start; null for none. No empty or repeated ids.</param>
public sealed record RecordProblem(
    string Title,
    string Description,
    CategoryPath Category,
    string Impact,
    string Urgency,
    IReadOnlyList<IncidentId>? LinkedIncidents = null,
    IReadOnlyList<ConfigurationItemId>? AffectedConfigurationItems = null);
