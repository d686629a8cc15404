using System;

namespace ItsmCore.Cmdb;

/// <summary>The frozen rules configuration items work with: the class and relationship type catalogues. Immutable and thread-safe.</summary>
public sealed class ConfigurationItemRules
{
    private ConfigurationItemRules(ClassCatalogue classes, RelationshipTypeCatalogue relationshipTypes)
    {
        Classes = classes;
        RelationshipTypes = relationshipTypes;
    }

    /// <summary>The command validators, built once for these rules (run by the aggregate, registered by <c>AddItsmCoreCmdb</c>).</summary>
    internal ConfigurationItemCommandValidators Validators { get; } = new();

    /// <summary>The rules of the default options (built-in classes and relationship types).</summary>
    public static ConfigurationItemRules Default { get; } = Create(new ConfigurationItemOptions());

    /// <summary>The class catalogue.</summary>
    public ClassCatalogue Classes { get; }

    /// <summary>The relationship type catalogue.</summary>
    public RelationshipTypeCatalogue RelationshipTypes { get; }

    /// <summary>Checks the options (every problem at once) and freezes them.</summary>
    /// <param name="options">The options.</param>
    /// <returns>The rules.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException">A catalogue is null (each one named).</exception>
    public static ConfigurationItemRules Create(ConfigurationItemOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        string problems = (options.Classes is null ? "Classes is required. " : string.Empty)
            + (options.RelationshipTypes is null ? "RelationshipTypes is required." : string.Empty);
        if (problems.Length > 0)
        {
            throw new ArgumentException(problems.Trim(), nameof(options));
        }

        return new ConfigurationItemRules(options.Classes!, options.RelationshipTypes!);
    }

    /// <summary>Whether <paramref name="other"/> holds the same catalogues (the same instances).</summary>
    internal bool HasSameSettings(ConfigurationItemRules other) =>
        ReferenceEquals(Classes, other.Classes) && ReferenceEquals(RelationshipTypes, other.RelationshipTypes);
}
