using System;
using ItsmCore.Primitives;

namespace ItsmCore.Cmdb;

/// <summary>A contact recorded on a configuration item: a role (see <see cref="ContactRoles"/>), a name, how to reach them, and the last verification.</summary>
public sealed record Contact
{
    /// <summary>The longest role, name or reach text accepted.</summary>
    public const int MaxLength = 200;

    /// <summary>Records a contact.</summary>
    /// <param name="role">The role, for example <see cref="ContactRoles.MaintenanceContractor"/>.</param>
    /// <param name="name">The person or organisation.</param>
    /// <param name="reach">How to reach them (telephone, e-mail), or null.</param>
    /// <param name="lastVerification">The last verification, or null if never verified.</param>
    /// <exception cref="ArgumentException">A text is blank, padded or too long.</exception>
    public Contact(string role, string name, string? reach, ContactVerification? lastVerification)
    {
        Role = TextGuard.Check(role, nameof(role), MaxLength);
        Name = TextGuard.Check(name, nameof(name), MaxLength);
        Reach = reach is null ? null : TextGuard.Check(reach, nameof(reach), MaxLength);
        LastVerification = lastVerification;
    }

    /// <summary>The role.</summary>
    public string Role { get; }

    /// <summary>The person or organisation.</summary>
    public string Name { get; }

    /// <summary>How to reach them, or null.</summary>
    public string? Reach { get; }

    /// <summary>The last verification, or null if never verified.</summary>
    public ContactVerification? LastVerification { get; }
}
