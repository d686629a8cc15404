using System;
using ItsmCore.Primitives;

namespace ItsmCore.Cmdb;

/// <summary>An attribute a configuration item class declares: its name, its type and whether every item of the class must have it.</summary>
public sealed record AttributeDefinition
{
    /// <summary>Declares an attribute.</summary>
    /// <param name="name">The attribute name: an id-like name (see <see cref="RecordIdText"/>), for example <c>os</c> or <c>maker</c>.</param>
    /// <param name="type">The attribute's type.</param>
    /// <param name="required">Whether every item of the class (and of its subclasses) must have a value.</param>
    /// <exception cref="ArgumentException">The name is not a valid id or the type is not defined.</exception>
    public AttributeDefinition(string name, AttributeType type, bool required)
    {
        Name = RecordIdText.Check(name, nameof(name));
        if (!Enum.IsDefined(type))
        {
            throw new ArgumentException($"Unknown attribute type {(int)type}.", nameof(type));
        }

        Type = type;
        Required = required;
    }

    /// <summary>The attribute name.</summary>
    public string Name { get; }

    /// <summary>The attribute's type.</summary>
    public AttributeType Type { get; }

    /// <summary>Whether every item of the class must have a value.</summary>
    public bool Required { get; }
}
