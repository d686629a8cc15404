using System.Collections.Generic;
using ItsmCore.Classification;
using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Changes;

/// <summary>Schedules the change in its planned window. Immutable.</summary>
public sealed record ScheduleChange;
