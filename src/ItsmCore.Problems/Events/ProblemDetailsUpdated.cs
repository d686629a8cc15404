using ItsmCore.Classification;
using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Problems;

/// <summary>A problem's title, description or category changed. Journal action <c>DetailsUpdated</c>. Immutable and thread-safe.</summary>
/// <param name="Problem">The problem's id.</param>
/// <param name="Version">The problem's version after the event.</param>
/// <param name="At">When it happened.</param>
/// <param name="Actor">Who did it.</param>
/// <param name="Title">The title after the step.</param>
/// <param name="Description">The description after the step.</param>
/// <param name="Category">The category after the step.</param>
/// <param name="PreviousTitle">The title before.</param>
/// <param name="PreviousDescription">The description before.</param>
/// <param name="PreviousCategory">The category before.</param>
public sealed record ProblemDetailsUpdated(
    ProblemId Problem,
    long Version,
    Instant At,
    Actor Actor,
    string Title,
    string Description,
    CategoryPath Category,
    string PreviousTitle,
    string PreviousDescription,
    CategoryPath PreviousCategory)
    : ProblemEvent(Problem, Version, At, Actor)
{
    /// <inheritdoc />
    private protected override JournalEntry Journal() =>
        Entry(
            "DetailsUpdated",
            new JournalChanges()
                .Field(ProblemFields.Title, PreviousTitle, Title)
                .Field(ProblemFields.Description, PreviousDescription, Description)
                .Field(ProblemFields.Category, PreviousCategory, Category));
}
