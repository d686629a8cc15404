using System;
using ItsmCore.Primitives;

namespace ItsmCore.Changes;

/// <summary>
/// Delegated change authority (case 9's agile track): release authority is delegated to one role (the development team),
/// while configuration-item updates stay with another (operations). Roles are looked up through an
/// <see cref="IRoleDirectory"/> at decision time (see there for why). Immutable; equal by value.
/// </summary>
/// <param name="ReleaseRole">The role that may authorize and carry out a release.</param>
/// <param name="CiUpdateRole">The only role that may apply the CI updates attached to a change.</param>
public sealed record DelegatedAuthority(string ReleaseRole, string CiUpdateRole)
{
    /// <summary>The refusal code when the actor lacks the release role.</summary>
    public const string ReleaseNotDelegatedCode = "Change.Release.NotDelegated";

    /// <summary>The refusal code when the actor lacks the CI-update role.</summary>
    public const string CiUpdateNotAllowedCode = "Change.CiUpdate.NotAllowed";

    /// <summary>The agile track of case 9: release by <c>development</c>, CI updates by <c>operations</c>.</summary>
    public static DelegatedAuthority AgileTrack { get; } = new("development", "operations");

    /// <summary>The role that may authorize and carry out a release.</summary>
    public string ReleaseRole { get; init; } = TextGuard.Check(ReleaseRole, nameof(ReleaseRole), 100);

    /// <summary>The only role that may apply CI updates.</summary>
    public string CiUpdateRole { get; init; } = TextGuard.Check(CiUpdateRole, nameof(CiUpdateRole), 100);

    /// <summary>Whether <paramref name="actor"/> may release under this delegation.</summary>
    /// <param name="actor">The acting actor.</param>
    /// <param name="roles">The role directory.</param>
    /// <returns>The actor, or a refusal <see cref="ReleaseNotDelegatedCode"/> naming the role required.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public Outcome<Actor> AuthorizeRelease(Actor actor, IRoleDirectory roles) => Authorize(actor, roles, ReleaseRole, ReleaseNotDelegatedCode, "release");

    /// <summary>Whether <paramref name="actor"/> may apply configuration-item updates.</summary>
    /// <param name="actor">The acting actor.</param>
    /// <param name="roles">The role directory.</param>
    /// <returns>The actor, or a refusal <see cref="CiUpdateNotAllowedCode"/> naming the role required.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public Outcome<Actor> AuthorizeCiUpdate(Actor actor, IRoleDirectory roles) => Authorize(actor, roles, CiUpdateRole, CiUpdateNotAllowedCode, "update configuration items");

    private static Outcome<Actor> Authorize(Actor actor, IRoleDirectory roles, string role, string code, string what)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(roles);
        return roles.IsInRole(actor.Id, role)
            ? Outcome<Actor>.Success(actor)
            : Outcome<Actor>.Refused(new Refusal(code, $"'{actor.Id}' may not {what}: the role '{role}' is required.", [new("actor", actor.Id), new("requiredRole", role)]));
    }
}
