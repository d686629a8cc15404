namespace ItsmCore.Cmdb;

/// <summary>The stable codes of <see cref="CmdbProblem"/>s.</summary>
public static class CmdbProblemCodes
{
    /// <summary>The item's class is not in the catalogue.</summary>
    public const string UnknownClass = "ConfigurationItem.Class.Unknown";

    /// <summary>A required attribute of the item's class (or an ancestor) has no value.</summary>
    public const string AttributeMissing = "ConfigurationItem.Attributes.Missing";

    /// <summary>An attribute's value does not have the type its class declares.</summary>
    public const string AttributeWrongType = "ConfigurationItem.Attributes.WrongType";
}
