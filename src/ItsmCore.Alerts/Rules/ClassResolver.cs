using ItsmCore.Cmdb;

namespace ItsmCore.Alerts;

/// <summary>
/// Answers "is the alert's CI of this class (or a subclass)?" from a CMDB snapshot; without a snapshot, or for an alert
/// without a CI or with a CI the snapshot does not hold, the answer is no. Immutable and thread-safe.
/// </summary>
internal sealed class ClassResolver
{
    public static readonly ClassResolver None = new(null);

    private readonly CmdbSnapshot? snapshot;

    public ClassResolver(CmdbSnapshot? snapshot) => this.snapshot = snapshot;

    public bool IsA(Alert alert, string className) =>
        snapshot is not null && alert.ConfigurationItem is { } ci && snapshot.Find(ci) is { } item
        && snapshot.Classes.IsA(item.Class, className);
}
