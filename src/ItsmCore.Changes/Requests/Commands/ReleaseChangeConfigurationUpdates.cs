using System.Collections.Generic;
using ItsmCore.Classification;
using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Changes;

/// <summary>Releases the change's configuration item updates for the CMDB. Immutable.</summary>
public sealed record ReleaseChangeConfigurationUpdates;
