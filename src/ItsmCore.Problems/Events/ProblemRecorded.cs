using ItsmCore.Classification;
using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Problems;

/// <summary>A problem was recorded (version 1). Journal action <c>Recorded</c>; every initial field is a change from none. Immutable and thread-safe.</summary>
/// <param name="Problem">The problem's id.</param>
/// <param name="Version">Always 1.</param>
/// <param name="At">When it was recorded.</param>
/// <param name="Actor">Who recorded it.</param>
/// <param name="Title">The title.</param>
/// <param name="Description">The description.</param>
/// <param name="Category">The category (empty when unclassified).</param>
/// <param name="Impact">The impact level, in the matrix's spelling.</param>
/// <param name="Urgency">The urgency level, in the matrix's spelling.</param>
/// <param name="Priority">The matrix's priority for the impact and urgency.</param>
/// <param name="LinkedIncidents">The incidents linked from the start.</param>
/// <param name="AffectedConfigurationItems">The configuration items linked from the start.</param>
public sealed record ProblemRecorded(
    ProblemId Problem,
    long Version,
    Instant At,
    Actor Actor,
    string Title,
    string Description,
    CategoryPath Category,
    string Impact,
    string Urgency,
    Priority Priority,
    EquatableArray<IncidentId> LinkedIncidents,
    EquatableArray<ConfigurationItemId> AffectedConfigurationItems)
    : ProblemEvent(Problem, Version, At, Actor)
{
    /// <inheritdoc />
    private protected override JournalEntry Journal()
    {
        var changes = new JournalChanges()
            .Field(ProblemFields.Title, null, Title)
            .Field(ProblemFields.Description, null, Description)
            .Field(ProblemFields.Category, default, Category)
            .Field(ProblemFields.Impact, null, Impact)
            .Field(ProblemFields.Urgency, null, Urgency)
            .Field(ProblemFields.Priority, null, Priority)
            .Field(ProblemFields.Status, null, ProblemStatus.New);
        foreach (IncidentId incident in LinkedIncidents)
        {
            changes.Added(ProblemFields.LinkedIncidents, incident.Value);
        }

        foreach (ConfigurationItemId item in AffectedConfigurationItems)
        {
            changes.Added(ProblemFields.AffectedConfigurationItems, item.Value);
        }

        return Entry("Recorded", changes);
    }
}
