namespace ItsmCore.Cmdb;

/// <summary>The type of a configuration item attribute, as a class declares it.</summary>
public enum AttributeType
{
    /// <summary>Free text.</summary>
    Text,

    /// <summary>A decimal number.</summary>
    Number,

    /// <summary>A whole number (a <see cref="Number"/> without a fractional part).</summary>
    Integer,

    /// <summary>True or false.</summary>
    Boolean,

    /// <summary>A calendar date (<see cref="NodaTime.LocalDate"/>).</summary>
    Date,
}
