namespace ItsmCore.Primitives;

/// <summary>One field of a record changed from one value to another, as shown in a journal.</summary>
/// <param name="Field">The field's name (e.g. <c>"Priority"</c>).</param>
/// <param name="From">The value before, as text; null when the field had no value.</param>
/// <param name="To">The value after, as text; null when the field was cleared.</param>
public readonly record struct FieldChange(string Field, string? From, string? To)
{
    /// <inheritdoc />
    public override string ToString() => $"{Field}: {From ?? "(none)"} -> {To ?? "(none)"}";
}
