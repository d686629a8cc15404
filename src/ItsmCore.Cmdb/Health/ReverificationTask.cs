using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Cmdb;

/// <summary>One contact to re-verify: the item, the contact, the reference its period runs from, and when it is due.</summary>
/// <param name="Item">The item.</param>
/// <param name="Contact">The contact.</param>
/// <param name="Reference">Which reference applied.</param>
/// <param name="ReferenceAt">The reference instant; null for <see cref="ContactReference.None"/>.</param>
/// <param name="DueAt">When the verification is due: reference plus the policy period, or the last verification itself when it found the contact unreachable; null (due at once) for <see cref="ContactReference.None"/>.</param>
/// <param name="Overdue">Whether it was due at or before the report's instant (the contact is stale).</param>
public sealed record ReverificationTask(ConfigurationItemId Item, Contact Contact, ContactReference Reference, Instant? ReferenceAt, Instant? DueAt, bool Overdue);
