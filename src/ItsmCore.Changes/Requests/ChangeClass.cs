namespace ItsmCore.Changes;

/// <summary>
/// The built-in change classes (what a change is for). Hosts may add their own in
/// <see cref="ChangeOptions.Classes"/>; a change submitted without a class counts as <see cref="Feature"/>.
/// </summary>
public static class ChangeClass
{
    /// <summary>New or changed functionality (also the class of an unclassified change).</summary>
    public const string Feature = "feature";

    /// <summary>Stability or reliability work.</summary>
    public const string Stability = "stability";

    /// <summary>A fix of a defect.</summary>
    public const string Fix = "fix";
}
