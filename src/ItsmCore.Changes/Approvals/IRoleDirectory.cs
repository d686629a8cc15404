namespace ItsmCore.Changes;

/// <summary>
/// The port through which ItsmCore.Changes asks the host's identity system whether an actor holds a role (e.g.
/// <c>"operations"</c>). The host implements it over its directory; tests use an in-memory one.
/// </summary>
/// <remarks>
/// Why a port and not roles carried on the acting <c>Actor</c>: an <c>Actor</c> is built by whoever sends a command and
/// is journaled into every event, so roles on it would be claims the caller makes about itself, frozen at the time of
/// the event; role membership belongs to the host's identity system and changes independently of change records.
/// Asking a port at decision time keeps the check with the authority that owns the facts, keeps the kernel's
/// <c>Actor</c> small, and the decision records which role was required.
/// </remarks>
public interface IRoleDirectory
{
    /// <summary>Whether the actor holds the role now.</summary>
    /// <param name="actorId">The actor id (ordinal).</param>
    /// <param name="role">The role name.</param>
    /// <returns>True when the actor holds the role.</returns>
    bool IsInRole(string actorId, string role);
}
