using System.Collections.Generic;
using ItsmCore.Classification;
using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Changes;

/// <summary>Links an incident, problem or service request to the change. Immutable.</summary>
/// <param name="Kind">The kind of record.</param>
/// <param name="RecordId">Its id.</param>
public sealed record LinkChangeRecord(ChangeLinkKind Kind, string RecordId);
