using System;
using System.Collections.Generic;
using ItsmCore.Primitives;

namespace ItsmCore.Cmdb;

/// <summary>
/// A configuration item class (server, virtual machine, switch, business service...): a name, at most one parent
/// class whose attributes it inherits, and the attributes it declares. Classes are data: hosts define their own in a
/// <see cref="ClassCatalogue"/>, which always holds the built-in <see cref="BusinessService"/> class. Immutable.
/// </summary>
public sealed record ConfigurationItemClass
{
    /// <summary>The name of the built-in class of business services (DESIGN: a CI of this class or a subclass is a business service).</summary>
    public const string BusinessServiceName = "business-service";

    private readonly AttributeDefinition[] attributes;

    /// <summary>Defines a class.</summary>
    /// <param name="name">The class name: an id-like name (see <see cref="RecordIdText"/>), for example <c>physical-server</c>.</param>
    /// <param name="parent">The parent class's name, or null for a root class.</param>
    /// <param name="attributes">The attributes this class declares (inherited ones are not repeated); names distinct.</param>
    /// <exception cref="ArgumentException">A name is not a valid id, the class is its own parent, or two attributes share a name.</exception>
    public ConfigurationItemClass(string name, string? parent, IEnumerable<AttributeDefinition> attributes)
    {
        Name = RecordIdText.Check(name, nameof(name));
        if (parent is not null)
        {
            RecordIdText.Check(parent, nameof(parent));
            if (parent == name)
            {
                throw new ArgumentException($"Class '{name}' cannot be its own parent.", nameof(parent));
            }
        }

        Parent = parent;
        ArgumentNullException.ThrowIfNull(attributes);
        var list = new List<AttributeDefinition>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (AttributeDefinition definition in attributes)
        {
            ArgumentNullException.ThrowIfNull(definition, nameof(attributes));
            if (!names.Add(definition.Name))
            {
                throw new ArgumentException($"Class '{name}' declares attribute '{definition.Name}' twice.", nameof(attributes));
            }

            list.Add(definition);
        }

        this.attributes = list.ToArray();
    }

    /// <summary>The built-in class of business services: no parent, no declared attributes.</summary>
    public static ConfigurationItemClass BusinessService { get; } = new(BusinessServiceName, null, Array.Empty<AttributeDefinition>());

    /// <summary>The class name.</summary>
    public string Name { get; }

    /// <summary>The parent class's name, or null.</summary>
    public string? Parent { get; }

    /// <summary>The attributes this class declares, in declaration order (inherited ones excluded).</summary>
    public IReadOnlyList<AttributeDefinition> Attributes => attributes;

    /// <inheritdoc />
    public bool Equals(ConfigurationItemClass? other) =>
        other is not null && Name == other.Name && Parent == other.Parent && Sequences.Equal(attributes, other.attributes);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, Parent, attributes.Length);
}
