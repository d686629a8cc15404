using System;
using System.Collections.Generic;
using System.Linq;

namespace ItsmCore.Cmdb;

/// <summary>
/// The relationship types of a CMDB: the built-in set (DESIGN.md, in this order: depends on, runs on, hosted on,
/// provided by, contains, coupled with, member of, documents, relevant to) plus host-defined types with distinct
/// names. Immutable and thread-safe.
/// </summary>
public sealed class RelationshipTypeCatalogue
{
    private static readonly RelationshipType[] BuiltInTypes =
    {
        RelationshipType.DependsOn,
        RelationshipType.RunsOn,
        RelationshipType.HostedOn,
        RelationshipType.ProvidedBy,
        RelationshipType.Contains,
        RelationshipType.CoupledWith,
        RelationshipType.MemberOf,
        RelationshipType.Documents,
        RelationshipType.RelevantTo,
    };

    private readonly RelationshipType[] hostTypes;
    private readonly Dictionary<string, RelationshipType> byName;

    private RelationshipTypeCatalogue(RelationshipType[] hostTypes)
    {
        this.hostTypes = hostTypes;
        byName = BuiltInTypes.Concat(hostTypes).ToDictionary(t => t.Name, StringComparer.Ordinal);
        All = BuiltInTypes.Concat(hostTypes).ToArray();
    }

    /// <summary>The catalogue of the built-in types only.</summary>
    public static RelationshipTypeCatalogue Default { get; } = new(Array.Empty<RelationshipType>());

    /// <summary>The built-in types, in DESIGN.md's order.</summary>
    public static IReadOnlyList<RelationshipType> BuiltIn => BuiltInTypes;

    /// <summary>The host-defined types, in the order given.</summary>
    public IReadOnlyList<RelationshipType> HostTypes => hostTypes;

    /// <summary>Every type: the built-in ones, then the host's.</summary>
    public IReadOnlyList<RelationshipType> All { get; }

    /// <summary>Builds a catalogue of the built-in types plus host types.</summary>
    /// <param name="hostTypes">The host's types; names distinct from each other and from the built-in names.</param>
    /// <returns>The catalogue.</returns>
    /// <exception cref="CmdbFormatException">Every problem found, with paths such as <c>$.relationshipTypes[1].name</c>.</exception>
    public static RelationshipTypeCatalogue Create(IEnumerable<RelationshipType> hostTypes)
    {
        RelationshipType[] array = Sequences.Copy(hostTypes, nameof(hostTypes));
        var problems = new List<CmdbFormatProblem>();
        RelationshipTypeCatalogue catalogue = Validate(array, problems);
        return problems.Count > 0 ? throw new CmdbFormatException(problems) : catalogue;
    }

    /// <summary>The type of this name.</summary>
    /// <param name="name">The type name (read from source to target).</param>
    /// <returns>The type, or null.</returns>
    public RelationshipType? Find(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return byName.GetValueOrDefault(name);
    }

    internal static RelationshipTypeCatalogue Validate(IReadOnlyList<RelationshipType> types, List<CmdbFormatProblem> problems)
    {
        int before = problems.Count;
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < types.Count; i++)
        {
            string name = types[i].Name;
            if (BuiltInTypes.Any(t => t.Name == name))
            {
                problems.Add(new CmdbFormatProblem($"$.relationshipTypes[{i}].name", $"'{name}' is a built-in relationship type and cannot be redefined"));
            }
            else if (!seen.TryAdd(name, i))
            {
                problems.Add(new CmdbFormatProblem($"$.relationshipTypes[{i}].name", $"relationship type '{name}' is already defined at $.relationshipTypes[{seen[name]}]"));
            }
        }

        return problems.Count > before ? Default : new RelationshipTypeCatalogue(types.ToArray());
    }
}
