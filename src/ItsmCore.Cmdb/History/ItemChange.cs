using System.Collections.Generic;

namespace ItsmCore.Cmdb;

/// <summary>An item present on both sides of a <see cref="CmdbDiff"/> with different records.</summary>
/// <param name="Before">The record on the earlier side.</param>
/// <param name="After">The record on the later side.</param>
/// <param name="Fields">The JSON names of the fields that differ (attributes as <c>attributes.&lt;name&gt;</c>), in the format's field order.</param>
public sealed record ItemChange(ConfigurationItemRecord Before, ConfigurationItemRecord After, IReadOnlyList<string> Fields);
