namespace ItsmCore.Classification;

/// <summary>A level of an <see cref="OrderedScale{TLevel}"/>: its number and its name.</summary>
internal interface IScaleLevel
{
    /// <summary>The level's number.</summary>
    int Level { get; }

    /// <summary>The level's name.</summary>
    string Name { get; }
}
