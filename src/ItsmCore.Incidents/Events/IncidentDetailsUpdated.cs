using ItsmCore.Classification;
using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Incidents;

/// <summary>
/// Descriptive fields changed. Journal action <c>Details updated</c>: each changed field from and to (empty values show
/// as none). Immutable and thread-safe.
/// </summary>
/// <param name="Incident">The incident.</param>
/// <param name="Version">The incident's version after the event.</param>
/// <param name="At">When it happened.</param>
/// <param name="Actor">Who caused it.</param>
/// <param name="Title">The title after the step.</param>
/// <param name="Description">The description after the step.</param>
/// <param name="Service">The affected service after the step, or null.</param>
/// <param name="ConfigurationItems">The affected configuration items after the step.</param>
/// <param name="Category">The classification after the step.</param>
/// <param name="PreviousTitle">The title before.</param>
/// <param name="PreviousDescription">The description before.</param>
/// <param name="PreviousService">The affected service before, or null.</param>
/// <param name="PreviousConfigurationItems">The affected configuration items before.</param>
/// <param name="PreviousCategory">The classification before.</param>
public sealed record IncidentDetailsUpdated(
    IncidentId Incident,
    long Version,
    Instant At,
    Actor Actor,
    string Title,
    string Description,
    ServiceId? Service,
    EquatableArray<ConfigurationItemId> ConfigurationItems,
    CategoryPath Category,
    string PreviousTitle,
    string PreviousDescription,
    ServiceId? PreviousService,
    EquatableArray<ConfigurationItemId> PreviousConfigurationItems,
    CategoryPath PreviousCategory)
    : IncidentEvent(Incident, Version, At, Actor)
{
    /// <inheritdoc />
    private protected override JournalEntry Journal() =>
        Entry("Details updated", Changes(PreviousTitle, PreviousDescription, PreviousService, PreviousConfigurationItems, PreviousCategory, this));

    /// <summary>The journal changes from the previous values to the event's; empty when nothing changed.</summary>
    internal static JournalChanges Changes(
        string title, string description, ServiceId? service, EquatableArray<ConfigurationItemId> items, CategoryPath category, IncidentDetailsUpdated to) =>
        new JournalChanges()
            .Field("Title", title, to.Title)
            .Field("Description", JournalChanges.NoneIfEmpty(description), JournalChanges.NoneIfEmpty(to.Description))
            .Field("Service", service?.Value, to.Service?.Value)
            .Field("ConfigurationItems", JournalChanges.NoneIfEmpty(string.Join(", ", items)), JournalChanges.NoneIfEmpty(string.Join(", ", to.ConfigurationItems)))
            .Field("Category", JournalChanges.NoneIfEmpty(category.ToString()), JournalChanges.NoneIfEmpty(to.Category.ToString()));
}
