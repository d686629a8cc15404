using System.Globalization;
using System.Linq;
using ItsmCore.Classification;
using ItsmCore.Primitives;
using NodaTime;
using NodaTime.Text;

namespace ItsmCore.Changes;

/// <summary>
/// The change's configuration item updates were released for the CMDB (each names the change and carries its effect);
/// only after success, and on a delegated track only by the CI-update role. <see cref="ChangeConfigurationUpdates"/>
/// applies them.
/// </summary>
/// <param name="Change">The change's id.</param>
/// <param name="Version">The event's version.</param>
/// <param name="At">When.</param>
/// <param name="Actor">Who released them.</param>
/// <param name="Updates">The updates released.</param>
public sealed record ChangeConfigurationUpdatesReleased(ChangeId Change, long Version, Instant At, Actor Actor, EquatableArray<ConfigurationUpdate> Updates)
    : ChangeEvent(Change, Version, At, Actor)
{
    private protected override JournalEntry Journal() =>
        Entry("Configuration updates released", null, (ChangeFields.ConfigurationUpdates, null, string.Join(", ", Updates.Select(u => u.ConfigurationItem.Value))));
}
