using System.Collections.Generic;
using ItsmCore.Primitives;

namespace ItsmCore.Cmdb;

/// <summary>Items that are probably the same thing recorded twice.</summary>
/// <param name="Rule"><c>serial-number</c> (same serial number, ignoring case) or <c>name-and-class</c> (same name ignoring case, same class).</param>
/// <param name="Key">The shared serial number, or the shared name and class.</param>
/// <param name="Items">The items, in id order.</param>
public sealed record LikelyDuplicate(string Rule, string Key, IReadOnlyList<ConfigurationItemId> Items);
