using System.Globalization;

namespace ItsmCore.Classification;

/// <summary>A level of a <see cref="SeverityScale"/>: a number (higher is more severe) and a name.</summary>
/// <param name="Level">0 to the scale's highest level.</param>
/// <param name="Name">The level's name, e.g. <c>"Major"</c>.</param>
public readonly record struct SeverityLevel(int Level, string Name) : IScaleLevel
{
    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Level} ({Name})");
}
