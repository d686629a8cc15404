using System;
using System.Collections.Generic;
using System.Globalization;
using ItsmCore.Primitives;

namespace ItsmCore.Incidents;

/// <summary>
/// Collects the field changes of one journal entry, derived from an event's fields. <see cref="Field"/> adds a change
/// only when the value changed; <see cref="Set"/> adds it always (a value set by the step). Empty text shows as none.
/// </summary>
internal sealed class JournalChanges : List<FieldChange>
{
    public JournalChanges Field(string field, string? from, string? to)
    {
        if (!string.Equals(from, to, StringComparison.Ordinal))
        {
            Add(new FieldChange(field, from, to));
        }

        return this;
    }

    public JournalChanges Set(string field, string? from, string? to)
    {
        Add(new FieldChange(field, from, to));
        return this;
    }

    // A journal shows a field without a value as null ("(none)"), not as an empty string.
    public static string? NoneIfEmpty(string value) => value.Length == 0 ? null : value;

    public static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
