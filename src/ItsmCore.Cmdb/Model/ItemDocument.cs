using System;
using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Cmdb;

/// <summary>A document or licence held for a configuration item.</summary>
public sealed record ItemDocument
{
    /// <summary>The longest name or reference accepted.</summary>
    public const int MaxLength = 200;

    /// <summary>Records a document or licence.</summary>
    /// <param name="kind">Document or licence.</param>
    /// <param name="name">Its name.</param>
    /// <param name="reference">Where it is kept or its key (a URL, a contract number), or null.</param>
    /// <param name="expires">When it expires, or null.</param>
    /// <exception cref="ArgumentException">A text is blank, padded or too long, or the kind is not defined.</exception>
    public ItemDocument(DocumentKind kind, string name, string? reference, LocalDate? expires)
    {
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentException($"Unknown document kind {(int)kind}.", nameof(kind));
        }

        Kind = kind;
        Name = TextGuard.Check(name, nameof(name), MaxLength);
        Reference = reference is null ? null : TextGuard.Check(reference, nameof(reference), MaxLength);
        Expires = expires;
    }

    /// <summary>Document or licence.</summary>
    public DocumentKind Kind { get; }

    /// <summary>Its name.</summary>
    public string Name { get; }

    /// <summary>Where it is kept or its key, or null.</summary>
    public string? Reference { get; }

    /// <summary>When it expires, or null.</summary>
    public LocalDate? Expires { get; }
}
