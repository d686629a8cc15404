using ItsmCore.Primitives;

namespace ItsmCore.Cmdb;

/// <summary>
/// A coded finding about a configuration item (a business refusal, not an exception): the item, the attribute it is
/// about (if any), a stable <see cref="Code"/> from <see cref="CmdbProblemCodes"/> and a sentence for people.
/// </summary>
/// <param name="Code">A stable code from <see cref="CmdbProblemCodes"/>.</param>
/// <param name="Item">The item the problem is about.</param>
/// <param name="Attribute">The attribute the problem is about, or null.</param>
/// <param name="Message">What is wrong, for people.</param>
public sealed record CmdbProblem(string Code, ConfigurationItemId Item, string? Attribute, string Message);
