using System.Collections.Generic;
using ItsmCore.Classification;
using ItsmCore.Primitives;

namespace ItsmCore.Problems;

/// <summary>
/// Collects the field changes of one journal entry. A scalar field appears when its value changed (as text; an empty
/// category shows as none). A list field (linked incidents, affected configuration items, root-cause notes) appears
/// once per item: <c>From</c> none and <c>To</c> the item when it was added, the reverse when it was removed.
/// </summary>
internal sealed class JournalChanges
{
    private readonly List<FieldChange> changes = new();

    public JournalChanges Field(string field, string? from, string? to)
    {
        if (!string.Equals(from, to, System.StringComparison.Ordinal))
        {
            changes.Add(new FieldChange(field, from, to));
        }

        return this;
    }

    public JournalChanges Field(string field, CategoryPath from, CategoryPath to) =>
        from == to && from.ToString() == to.ToString() ? this : Field(field, Text(from), Text(to));

    public JournalChanges Field(string field, Priority? from, Priority? to) => Field(field, from?.ToString(), to?.ToString());

    public JournalChanges Field(string field, ProblemStatus? from, ProblemStatus? to) => Field(field, from?.ToString(), to?.ToString());

    public JournalChanges Field(string field, KnownErrorStatus? from, KnownErrorStatus? to) => Field(field, from?.ToString(), to?.ToString());

    public JournalChanges Added(string field, string item)
    {
        changes.Add(new FieldChange(field, null, item));
        return this;
    }

    public JournalChanges Removed(string field, string item)
    {
        changes.Add(new FieldChange(field, item, null));
        return this;
    }

    public FieldChange[] ToArray() => changes.ToArray();

    internal static string? Text(CategoryPath path) => path.IsEmpty ? null : path.ToString();
}
