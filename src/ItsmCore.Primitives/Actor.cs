using System;

namespace ItsmCore.Primitives;

/// <summary>
/// Who did something: a person, a team or a system, named by a stable id and a display name. Every journal entry
/// and domain event carries one. Immutable; equality is by value.
/// </summary>
public sealed record Actor
{
    /// <summary>The longest id or display name accepted.</summary>
    public const int MaxLength = 200;

    private Actor(string id, string displayName)
    {
        Id = id;
        DisplayName = displayName;
    }

    /// <summary>The actor ItsmCore itself uses for automatic steps (e.g. an SLA clock stopped by a status change).</summary>
    public static Actor System { get; } = new("system", "System");

    /// <summary>The stable id (a user name, an e-mail address, a service account).</summary>
    public string Id { get; }

    /// <summary>The name shown to people; the id when none was given.</summary>
    public string DisplayName { get; }

    /// <summary>Creates an actor.</summary>
    /// <param name="id">The stable id; not blank, at most <see cref="MaxLength"/> characters, no leading or trailing white space.</param>
    /// <param name="displayName">The name shown to people; null to use the id.</param>
    /// <returns>The actor.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="ArgumentException">The id or display name is blank, too long or padded with white space.</exception>
    public static Actor Of(string id, string? displayName = null)
    {
        TextGuard.Check(id, nameof(id), MaxLength);
        if (displayName is not null)
        {
            TextGuard.Check(displayName, nameof(displayName), MaxLength);
        }

        return new Actor(id, displayName ?? id);
    }

    /// <inheritdoc />
    public override string ToString() => DisplayName == Id ? Id : $"{DisplayName} ({Id})";
}
