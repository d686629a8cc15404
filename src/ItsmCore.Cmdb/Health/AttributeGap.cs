using System.Collections.Generic;
using ItsmCore.Primitives;

namespace ItsmCore.Cmdb;

/// <summary>A required attribute of a class that items lack (or hold with the wrong type).</summary>
/// <param name="Class">The items' class.</param>
/// <param name="Attribute">The attribute.</param>
/// <param name="Code"><see cref="CmdbProblemCodes.AttributeMissing"/> or <see cref="CmdbProblemCodes.AttributeWrongType"/>.</param>
/// <param name="Items">The items, in id order.</param>
public sealed record AttributeGap(string Class, string Attribute, string Code, IReadOnlyList<ConfigurationItemId> Items);
