using System.Globalization;

namespace ItsmCore.Classification;

/// <summary>
/// A level of a <see cref="PriorityScale"/>: its number and its name. The name is the key SLA definitions use
/// (<c>SlaDefinition.GetTargets(priority.Name)</c>). Compare urgency with <see cref="PriorityScale.CompareUrgency"/>,
/// never by <see cref="Level"/> alone: the scale's <see cref="PriorityOrder"/> says which end is urgent.
/// </summary>
/// <param name="Level">The level's number, 1 to the scale's size.</param>
/// <param name="Name">The level's name, e.g. <c>"High"</c>.</param>
public readonly record struct Priority(int Level, string Name) : IScaleLevel
{
    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Level} ({Name})");
}
