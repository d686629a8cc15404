using System.Globalization;
using System.Linq;
using ItsmCore.Classification;
using ItsmCore.Primitives;
using NodaTime;
using NodaTime.Text;

namespace ItsmCore.Changes;

/// <summary>The change was recorded and classified.</summary>
/// <param name="Change">The change's id.</param>
/// <param name="Version">The event's version.</param>
/// <param name="At">When.</param>
/// <param name="Actor">Who classified it.</param>
/// <param name="Category">The category.</param>
/// <param name="Class">The class.</param>
/// <param name="PreviousCategory">The category before.</param>
/// <param name="PreviousClass">The class before.</param>
public sealed record ChangeClassified(ChangeId Change, long Version, Instant At, Actor Actor, CategoryPath Category, string Class, CategoryPath PreviousCategory, string PreviousClass)
    : ChangeEvent(Change, Version, At, Actor)
{
    private protected override JournalEntry Journal() =>
        Entry(
            "Classified",
            null,
            (ChangeFields.Category, PreviousCategory.IsEmpty ? null : PreviousCategory.ToString(), Category.IsEmpty ? null : Category.ToString()),
            (ChangeFields.Class, PreviousClass, Class),
            (ChangeFields.Status, ChangeStatus.Submitted.ToString(), ChangeStatus.Classified.ToString()));
}
