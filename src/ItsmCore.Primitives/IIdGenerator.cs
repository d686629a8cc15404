namespace ItsmCore.Primitives;

/// <summary>
/// Port: makes new record ids. <see cref="GuidIdGenerator"/> is the default; hosts with their own numbering
/// (e.g. <c>INC0012345</c> from a database sequence) implement this; <c>ItsmCore.Testing</c> ships a deterministic one.
/// Implementations must be thread-safe and never return the same id twice for one prefix.
/// </summary>
public interface IIdGenerator
{
    /// <summary>Returns a new id that starts with <paramref name="prefix"/> (e.g. <c>"INC"</c>).</summary>
    /// <param name="prefix">The record kind's prefix.</param>
    /// <returns>The id.</returns>
    string NewId(string prefix);
}
