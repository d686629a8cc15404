using System.Globalization;
using ItsmCore.Primitives;

namespace ItsmCore.Alerts;

/// <summary>A redundancy group that absorbed a failure: it kept its quorum, so the services above it are only degraded.</summary>
/// <param name="Group">The group.</param>
/// <param name="Up">Members still up.</param>
/// <param name="Members">Members.</param>
/// <param name="MinUp">The quorum's minimum up.</param>
public sealed record RedundancyAbsorption(ConfigurationItemId Group, int Up, int Members, int MinUp)
{
    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Group.Value} kept its quorum ({Up} of {Members} up, minimum {MinUp})");
}
