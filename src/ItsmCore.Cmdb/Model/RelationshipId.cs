using ItsmCore.Primitives;

namespace ItsmCore.Cmdb;

/// <summary>The id of a relationship between two configuration items. The default value has no id and is rejected wherever an id is required.</summary>
public readonly record struct RelationshipId
{
    /// <summary>Creates the id.</summary>
    /// <param name="value">1 to <see cref="RecordIdText.MaxLength"/> characters without white space.</param>
    /// <exception cref="System.ArgumentException">The value is not a valid id (see <see cref="RecordIdText.Check"/>).</exception>
    public RelationshipId(string value) => Value = RecordIdText.Check(value, nameof(value));

    /// <summary>The id's text; empty for the default value.</summary>
    public string Value { get => field ?? string.Empty; }

    /// <inheritdoc />
    public override string ToString() => Value;
}
