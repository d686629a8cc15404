using System;
using System.Collections.Generic;
using System.Linq;
using ItsmCore.Primitives;

namespace ItsmCore.Cmdb;

/// <summary>
/// The configuration item classes of a CMDB: single inheritance, no cycles, every parent defined, and the built-in
/// <see cref="ConfigurationItemClass.BusinessService"/> always present. Checks an item against its class (required
/// attributes, declared types) with coded <see cref="CmdbProblem"/>s. Immutable and thread-safe.
/// </summary>
public sealed class ClassCatalogue
{
    private readonly ConfigurationItemClass[] hostClasses;
    private readonly Dictionary<string, ConfigurationItemClass> byName;
    private readonly Dictionary<string, AttributeDefinition[]> effective;

    private ClassCatalogue(ConfigurationItemClass[] hostClasses)
    {
        this.hostClasses = hostClasses;
        byName = new Dictionary<string, ConfigurationItemClass>(StringComparer.Ordinal)
        {
            [ConfigurationItemClass.BusinessServiceName] = ConfigurationItemClass.BusinessService,
        };
        foreach (ConfigurationItemClass c in hostClasses)
        {
            byName[c.Name] = c;
        }

        effective = new Dictionary<string, AttributeDefinition[]>(StringComparer.Ordinal);
        foreach (ConfigurationItemClass c in byName.Values)
        {
            var chain = new List<ConfigurationItemClass>();
            for (ConfigurationItemClass? k = c; k is not null; k = k.Parent is null ? null : byName[k.Parent])
            {
                chain.Add(k);
            }

            chain.Reverse();
            effective[c.Name] = chain.SelectMany(k => k.Attributes).ToArray();
        }
    }

    /// <summary>The catalogue with only the built-in class.</summary>
    public static ClassCatalogue Default { get; } = new(Array.Empty<ConfigurationItemClass>());

    /// <summary>The host-defined classes, in the order given (the built-in class is implicit and not listed).</summary>
    public IReadOnlyList<ConfigurationItemClass> HostClasses => hostClasses;

    /// <summary>Builds a catalogue from host-defined classes.</summary>
    /// <param name="classes">The classes; names distinct, parents defined (here or built in), no cycles. The built-in class may not be redefined.</param>
    /// <returns>The catalogue.</returns>
    /// <exception cref="CmdbFormatException">Every problem found, with paths such as <c>$.classes[2].parent</c>.</exception>
    public static ClassCatalogue Create(IEnumerable<ConfigurationItemClass> classes)
    {
        ConfigurationItemClass[] array = Sequences.Copy(classes, nameof(classes));
        var problems = new List<CmdbFormatProblem>();
        ClassCatalogue catalogue = Validate(array, problems);
        return problems.Count > 0 ? throw new CmdbFormatException(problems) : catalogue;
    }

    /// <summary>Whether a class of this name exists.</summary>
    /// <param name="className">The class name.</param>
    /// <returns>True when defined (or built in).</returns>
    public bool Contains(string className)
    {
        ArgumentNullException.ThrowIfNull(className);
        return byName.ContainsKey(className);
    }

    /// <summary>The class of this name.</summary>
    /// <param name="className">The class name.</param>
    /// <returns>The class, or null when not defined.</returns>
    public ConfigurationItemClass? Find(string className)
    {
        ArgumentNullException.ThrowIfNull(className);
        return byName.GetValueOrDefault(className);
    }

    /// <summary>Whether <paramref name="className"/> is <paramref name="ancestor"/> or inherits from it.</summary>
    /// <param name="className">The class to test.</param>
    /// <param name="ancestor">The possible ancestor.</param>
    /// <returns>True when it is or inherits; false when either is unknown.</returns>
    public bool IsA(string className, string ancestor)
    {
        ArgumentNullException.ThrowIfNull(className);
        ArgumentNullException.ThrowIfNull(ancestor);
        for (ConfigurationItemClass? k = Find(className); k is not null; k = k.Parent is null ? null : byName[k.Parent])
        {
            if (k.Name == ancestor)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether items of this class are business services (the class is, or inherits from, <c>business-service</c>).</summary>
    /// <param name="className">The class name.</param>
    /// <returns>True for business-service classes.</returns>
    public bool IsBusinessService(string className) => IsA(className, ConfigurationItemClass.BusinessServiceName);

    /// <summary>Every attribute items of the class have: the root ancestor's first, the class's own last.</summary>
    /// <param name="className">The class name.</param>
    /// <returns>The attributes; empty for an unknown class.</returns>
    public IReadOnlyList<AttributeDefinition> AttributesOf(string className)
    {
        ArgumentNullException.ThrowIfNull(className);
        return effective.TryGetValue(className, out AttributeDefinition[]? list) ? list : Array.Empty<AttributeDefinition>();
    }

    /// <summary>
    /// Checks an item against its class: the class exists, every required attribute (own or inherited) has a value,
    /// and every declared attribute has its declared type. Attributes the class does not declare are allowed.
    /// </summary>
    /// <param name="item">The item.</param>
    /// <returns>The problems, in attribute declaration order; empty when the item conforms.</returns>
    public IReadOnlyList<CmdbProblem> Check(ConfigurationItemRecord item)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (!effective.TryGetValue(item.Class, out AttributeDefinition[]? definitions))
        {
            return new[] { new CmdbProblem(CmdbProblemCodes.UnknownClass, item.Id, null, $"class '{item.Class}' is not in the catalogue") };
        }

        var problems = new List<CmdbProblem>();
        foreach (AttributeDefinition definition in definitions)
        {
            if (!item.Attributes.TryGetValue(definition.Name, out AttributeValue? value))
            {
                if (definition.Required)
                {
                    problems.Add(new CmdbProblem(
                        CmdbProblemCodes.AttributeMissing,
                        item.Id,
                        definition.Name,
                        $"required attribute '{definition.Name}' ({definition.Type}) of class '{item.Class}' has no value"));
                }
            }
            else if (!value.Fits(definition.Type))
            {
                problems.Add(new CmdbProblem(
                    CmdbProblemCodes.AttributeWrongType,
                    item.Id,
                    definition.Name,
                    $"attribute '{definition.Name}' must be {definition.Type}, got {value.Type} '{value}'"));
            }
        }

        return problems;
    }

    internal static ClassCatalogue Validate(IReadOnlyList<ConfigurationItemClass> classes, List<CmdbFormatProblem> problems)
    {
        int before = problems.Count;
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < classes.Count; i++)
        {
            string name = classes[i].Name;
            if (name == ConfigurationItemClass.BusinessServiceName)
            {
                problems.Add(new CmdbFormatProblem($"$.classes[{i}].name", $"'{name}' is the built-in class and cannot be redefined"));
            }
            else if (!index.TryAdd(name, i))
            {
                problems.Add(new CmdbFormatProblem($"$.classes[{i}].name", $"class '{name}' is already defined at $.classes[{index[name]}]"));
            }
        }

        for (int i = 0; i < classes.Count; i++)
        {
            string? parent = classes[i].Parent;
            if (parent is not null && parent != ConfigurationItemClass.BusinessServiceName && !index.ContainsKey(parent))
            {
                problems.Add(new CmdbFormatProblem($"$.classes[{i}].parent", $"parent class '{parent}' is not defined"));
            }
        }

        // Cycles: follow parents from each class; a walk longer than the class count has met a cycle.
        for (int i = 0; i < classes.Count; i++)
        {
            int steps = 0;
            string? k = classes[i].Parent;
            while (k is not null && index.TryGetValue(k, out int j) && steps <= classes.Count)
            {
                if (j == i)
                {
                    problems.Add(new CmdbFormatProblem($"$.classes[{i}].parent", $"class '{classes[i].Name}' inherits from itself through its parents"));
                    break;
                }

                k = classes[j].Parent;
                steps++;
            }
        }

        return problems.Count > before ? Default : new ClassCatalogue(classes.ToArray());
    }
}
