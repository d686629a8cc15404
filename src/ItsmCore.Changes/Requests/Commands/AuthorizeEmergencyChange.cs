using System.Collections.Generic;
using ItsmCore.Classification;
using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Changes;

/// <summary>Authorizes an emergency change by the emergency board. Immutable.</summary>
/// <param name="NoticeTemplate">The pre-approved notice template used, or null.</param>
public sealed record AuthorizeEmergencyChange(string? NoticeTemplate = null);
